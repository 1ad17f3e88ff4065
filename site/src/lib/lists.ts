import type { Locale } from '@hub/content-schemas'
import { listFormat } from './formats'

const listStyle: Intl.ListFormatOptions = { type: 'unit', style: 'short' }

/** Items as a list in the reader's language: Arabic joins with "،" and "و", Thai with spaces. */
export function listOf(locale: Locale, items: string[]): string {
  return listFormat(locale, listStyle).format(items)
}

/**
 * What stands between the items of a list of `count` items, as `listOf` would
 * join them (French says "et" before the last), for lists of links or marked
 * names that cannot be one string.
 */
export function listSeparators(locale: Locale, count: number): string[] {
  const parts = listFormat(locale, listStyle).formatToParts(
    Array.from({ length: count }, (_, index) => String(index)),
  )
  return parts.filter((part) => part.type === 'literal').map((part) => part.value)
}
