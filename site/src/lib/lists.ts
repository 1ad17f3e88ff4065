import type { Locale } from '@hub/content-schemas'

/** Items as a list in the reader's language: Arabic joins with "،" and "و", Thai with spaces. */
export function listOf(locale: Locale, items: string[]): string {
  return new Intl.ListFormat(locale, { type: 'unit', style: 'short' }).format(items)
}

/** What stands between two items of such a list, for lists of links that cannot be one string. */
export function listSeparator(locale: Locale): string {
  const parts = new Intl.ListFormat(locale, { type: 'unit', style: 'short' }).formatToParts(['a', 'b', 'c'])
  return parts.find((part) => part.type === 'literal')?.value ?? ', '
}
