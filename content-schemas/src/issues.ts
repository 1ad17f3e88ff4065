import type { z } from 'zod'

import { locales } from './locales'

/** One problem with a document, located precisely enough for an editor to fix it. */
export type ContentIssue = {
  /** Dot path of the field, e.g. `items.2.name`. */
  field: string
  /** The locale of a localized value, when the problem is in one translation. */
  locale?: string
  message: string
}

const localeKey = new RegExp(`^(${locales.join('|')})$`)

/**
 * Turns zod issues into field/locale/message triples. A localized value shows
 * up in a zod path as `title.es`; the locale is split off so that messages can
 * say "title (es)" and the CMS can put the message on the `title` field.
 */
export function toContentIssues(error: z.ZodError): ContentIssue[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String)
    const localeIndex = path.findLastIndex((segment) => localeKey.test(segment))
    const locale = localeIndex >= 0 ? path[localeIndex] : undefined
    const field = path.filter((_, index) => index !== localeIndex).join('.')
    const unknownKeys = issue.code === 'unrecognized_keys' ? issue.keys : []
    const message =
      unknownKeys.length > 0
        ? `Unknown ${unknownKeys.length === 1 ? 'locale or field' : 'locales or fields'} ${unknownKeys.map((key) => `"${key}"`).join(', ')}; use one of the locales ${locales.join(', ')}.`
        : issue.message
    return locale ? { field, locale, message } : { field, message }
  })
}

/** "Guide 'know-your-rights': title (es): A title is required." */
export function describeIssue(documentLabel: string, issue: ContentIssue): string {
  const where = issue.locale
    ? `${issue.field || '(document)'} (${issue.locale})`
    : issue.field || '(document)'
  return `${documentLabel}: ${where}: ${issue.message}`
}
