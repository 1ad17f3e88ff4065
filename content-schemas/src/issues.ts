import type { z } from 'zod'

import { locales } from './locales.ts'
import { describeRichTextIssue } from './richTextIssues.ts'

/** One problem with a document, located precisely enough for an editor to fix it. */
export type ContentIssue = {
  /** Dot path of the field, e.g. `items.2.name`; for rich text, the rich-text field itself, e.g. `body`. */
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
 * Given the document that failed, a problem inside rich text is put on the
 * rich-text field and says which paragraph, list or block holds it.
 */
export function toContentIssues(error: z.ZodError, document?: unknown): ContentIssue[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String)
    const localeIndex = path.findLastIndex((segment) => localeKey.test(segment))
    const locale = localeIndex >= 0 ? path[localeIndex] : undefined
    const unknownKeys = issue.code === 'unrecognized_keys' ? issue.keys : []
    const message =
      unknownKeys.length > 0
        ? `Unknown ${unknownKeys.length === 1 ? 'locale or field' : 'locales or fields'} ${unknownKeys.map((key) => `"${key}"`).join(', ')}; use one of the locales ${locales.join(', ')}.`
        : issue.message
    const richText = document === undefined ? undefined : describeRichTextIssue(document, path, message)
    const fieldPath = richText ? path.slice(0, richText.fieldLength) : path
    const field = fieldPath.filter((_, index) => index !== localeIndex).join('.')
    const result = { field, message: richText?.message ?? message }
    return locale ? { ...result, locale } : result
  })
}

/** "Guide 'know-your-rights': title (es): A title is required." */
export function describeIssue(documentLabel: string, issue: ContentIssue): string {
  const where = issue.locale
    ? `${issue.field || '(document)'} (${issue.locale})`
    : issue.field || '(document)'
  return `${documentLabel}: ${where}: ${issue.message}`
}
