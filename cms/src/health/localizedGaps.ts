import { defaultLocale, locales, type Locale } from '@hub/content-schemas'

const localeCodes = new Set<string>(locales)

function isLocalizedValue(value: unknown): value is Record<string, unknown> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false
  const keys = Object.keys(value)
  return keys.length > 0 && keys.includes(defaultLocale) && keys.every((key) => localeCodes.has(key))
}

function filled(value: unknown): boolean {
  if (value == null) return false
  if (typeof value === 'string') return value.trim() !== ''
  if (Array.isArray(value)) return value.length > 0
  return true
}

/** Whether any localized value inside `value` is written in English but not in `locale`. */
function fallsBack(value: unknown, locale: Locale): boolean {
  if (isLocalizedValue(value)) return filled(value[defaultLocale]) && !filled(value[locale])
  if (Array.isArray(value)) return value.some((item) => fallsBack(item, locale))
  if (value && typeof value === 'object') return Object.values(value).some((item) => fallsBack(item, locale))
  return false
}

/**
 * How a document read with `locale: 'all'` stands in one language: `missing`
 * when its title is not translated (readers get the English page), and
 * `fallingBack` when the title is but some other text is not (readers see
 * English paragraphs, and the page says so).
 */
export function localizedGaps(
  doc: Record<string, unknown>,
  titleField: string,
  locale: Locale,
): 'missing' | 'fallingBack' | null {
  const title = doc[titleField]
  if (isLocalizedValue(title) && !filled(title[locale])) return 'missing'
  const { [titleField]: _title, ...rest } = doc
  return fallsBack(rest, locale) ? 'fallingBack' : null
}
