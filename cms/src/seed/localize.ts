import { defaultLocale, isLocale, locales, type Locale } from '@hub/content-schemas'

type Json = unknown

function isLocalizedValue(value: Json): value is Record<string, Json> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false
  const keys = Object.keys(value)
  return keys.length > 0 && keys.includes(defaultLocale) && keys.every(isLocale)
}

/**
 * One locale's view of a document written with `{ en, es, ... }` values:
 * what the Local API expects for `locale: xx`. Values missing in that locale
 * are left out, so Payload keeps falling back to English for them.
 */
export function projectLocale(value: Json, locale: Locale): Json {
  if (isLocalizedValue(value)) return value[locale] ?? undefined
  if (Array.isArray(value)) return value.map((item) => projectLocale(item, locale))
  if (value && typeof value === 'object') {
    const entries = Object.entries(value)
      .map(([key, item]) => [key, projectLocale(item, locale)] as const)
      .filter(([, item]) => item !== undefined)
    return Object.fromEntries(entries)
  }
  return value
}

/** The locales other than English in which a document has at least one value. */
export function translatedLocales(value: Json): Locale[] {
  const found = new Set<Locale>()
  const visit = (node: Json) => {
    if (isLocalizedValue(node)) {
      for (const [key, item] of Object.entries(node)) if (item != null) found.add(key as Locale)
    }
    if (Array.isArray(node)) node.forEach(visit)
    else if (node && typeof node === 'object') Object.values(node).forEach(visit)
  }
  visit(value)
  return locales.filter((locale) => locale !== defaultLocale && found.has(locale))
}

/** Whether every value the document has in English is translated into `locale`. */
export function isComplete(value: Json, locale: Locale): boolean {
  if (isLocalizedValue(value)) return value[defaultLocale] == null || value[locale] != null
  if (Array.isArray(value)) return value.every((item) => isComplete(item, locale))
  if (value && typeof value === 'object')
    return Object.values(value).every((item) => isComplete(item, locale))
  return true
}

/**
 * Array rows keep their identity across locales by id. Updating a translation
 * with rows that have no id would replace the rows and drop the English text,
 * so copy each stored row's id onto the matching row, position by position.
 */
export function withRowIds(value: Json, stored: Json): Json {
  if (Array.isArray(value) && Array.isArray(stored)) {
    return value.map((row, index) => {
      const storedRow = stored[index] as Record<string, Json> | undefined
      const merged = withRowIds(row, storedRow)
      return storedRow && typeof merged === 'object' && merged && 'id' in storedRow && !Array.isArray(merged)
        ? { ...merged, id: storedRow.id }
        : merged
    })
  }
  if (value && typeof value === 'object' && stored && typeof stored === 'object' && !Array.isArray(value)) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [
        key,
        withRowIds(item, (stored as Record<string, Json>)[key]),
      ]),
    )
  }
  return value
}
