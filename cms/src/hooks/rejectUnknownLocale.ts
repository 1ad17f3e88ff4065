import {
  APIError,
  type CollectionBeforeOperationHook,
  type GlobalBeforeOperationHook,
  type PayloadRequest,
} from 'payload'

import { isLocale, locales } from '@hub/content-schemas'

/**
 * The query parameters Payload reads a locale from, and the words each also
 * accepts. The admin sends `fallback-locale=null` with every autosave, draft,
 * upload and unpublish; `none` and `false` mean the same to Payload.
 */
const localeParameters: Record<string, readonly string[]> = {
  locale: ['all', '*'],
  'fallback-locale': ['null', 'none', 'false'],
  fallbackLocale: ['null', 'none', 'false'],
}

function refuse(message: string): never {
  throw new APIError(`${message} Nothing was changed.`, 400, undefined, true)
}

function checkValue(name: string, value: string) {
  if (value === '' || isLocale(value) || localeParameters[name]!.includes(value)) return
  const words = localeParameters[name]!.map((word) => `"${word}"`).join(' or ')
  refuse(`Unknown ${name} "${value}". Use one of ${locales.join(', ')} (or ${words}).`)
}

/** Refuses (400) a request whose locale parameters name no locale of the hub, or are sent as a list or object. */
function checkLocaleParameters({ searchParams, query }: PayloadRequest) {
  const seen = new Set<string>()
  for (const [key, value] of searchParams ?? []) {
    // Payload parses the query with qs: `locale[]=de` or `locale[x]=de` arrive as a list or an object.
    const name = key.replace(/\[.*$/, '')
    if (!Object.hasOwn(localeParameters, name)) continue
    if (key !== name) refuse(`The parameter "${key}" is not a locale. Send ${name} once, as ?${name}=es.`)
    if (seen.has(name)) refuse(`The parameter ${name} is sent more than once. Send it once, as ?${name}=es.`)
    seen.add(name)
    checkValue(name, value)
  }
  for (const name of Object.keys(localeParameters)) {
    const value = (query as Record<string, unknown> | undefined)?.[name]
    if (value === undefined) continue
    if (typeof value !== 'string') refuse(`The parameter ${name} must be one locale, as ?${name}=es.`)
    checkValue(name, value)
  }
}

/**
 * Payload quietly replaces an unknown locale with English, so a French
 * translation sent as `locale=fr-CA` would overwrite the English text. Refuse
 * it in every form it can be sent, and say which locales exist.
 */
export const rejectUnknownLocale: CollectionBeforeOperationHook = ({ args, req }) => {
  checkLocaleParameters(req)
  return args
}

export const rejectUnknownGlobalLocale: GlobalBeforeOperationHook = ({ args, req }) => {
  checkLocaleParameters(req)
  return args
}
