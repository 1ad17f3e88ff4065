import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { isLocale, locales } from '@hub/content-schemas'

/**
 * Payload quietly replaces an unknown `?locale=` with English, so a French
 * translation sent as `locale=fr-CA` would overwrite the English text. Refuse
 * it instead and say which locales exist.
 */
export const rejectUnknownLocale: CollectionBeforeOperationHook = ({ args, req }) => {
  for (const param of ['locale', 'fallback-locale'] as const) {
    const requested = req.searchParams?.get(param)
    if (requested == null || requested === '' || requested === 'all' || requested === '*') continue
    // The admin sends fallback-locale=null with every save and upload; like "none", these mean no fallback.
    if (param === 'fallback-locale' && ['none', 'null', 'false'].includes(requested)) continue
    if (!isLocale(requested)) {
      throw new APIError(
        `Unknown ${param} "${requested}". Use one of ${locales.join(', ')}${param === 'locale' ? ' (or "all" to read every translation)' : ''}; nothing was changed.`,
        400,
        undefined,
        true,
      )
    }
  }
  return args
}
