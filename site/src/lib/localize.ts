import {
  defaultLocale,
  localeNames,
  locales,
  textDirection,
  type Locale,
  type Localized,
} from '@hub/content-schemas'

/** A localized value as documents hold it, English possibly missing (an optional field). */
export type LocalizedValue<T> = { [L in keyof Localized<T>]?: T | null } | null | undefined

/** The value in the reader's locale, or English marked as a fallback. */
export function pick<T>(
  value: LocalizedValue<T>,
  locale: Locale,
): { value: T | undefined; fallback: boolean } {
  const own = value?.[locale]
  if (own != null && own !== '') return { value: own, fallback: false }
  return {
    value: value?.[defaultLocale] ?? undefined,
    fallback: locale !== defaultLocale && value?.[defaultLocale] != null,
  }
}

/** Whether a language is written in Latin script, as English is (its own name is): Spanish and French, not Arabic or Thai. */
export function writtenInLatin(locale: Locale): boolean {
  return /\p{Script=Latin}/u.test(localeNames[locale])
}

/** The lang and dir of English text on a page in another language (WCAG 3.1.2); nothing when `english` is false. */
export function fallbackMarks(english: boolean): { lang?: Locale; dir?: 'ltr' | 'rtl' } {
  return english ? { lang: defaultLocale, dir: textDirection(defaultLocale) } : {}
}

/**
 * The lang and dir a localized value needs on a `locale` page: English
 * standing in for a missing translation, or a "translation" that is the
 * English itself (a film's or organization's name kept as it is), is English.
 */
export function englishMarks(value: LocalizedValue<unknown>, locale: Locale) {
  const shown = pick(value, locale)
  const kept = locale !== defaultLocale && shown.value != null && shown.value === value?.[defaultLocale]
  return fallbackMarks(shown.fallback || kept)
}

export function text<T>(value: LocalizedValue<T>, locale: Locale): T | undefined {
  return pick(value, locale).value
}

/** A document is translated into a locale when its title is. */
export function isTranslated(
  doc: { title?: LocalizedValue<string>; name?: LocalizedValue<string> },
  locale: Locale,
): boolean {
  const title = doc.title ?? doc.name
  return Boolean(title?.[locale])
}

/** How much of a document a reader sees in their own language. */
export type Translation = 'complete' | 'partial' | 'missing'

/** A value stored per locale ({ en, es, ... }): every key a locale, English among them. */
function isLocalized(value: object): value is Record<Locale, unknown> {
  const keys = Object.keys(value)
  return keys.includes(defaultLocale) && keys.every((key) => (locales as readonly string[]).includes(key))
}

/** Whether any localized value inside `value`, at any depth, is shown in English to a reader of `locale`. */
function anyFallback(value: unknown, locale: Locale): boolean {
  if (Array.isArray(value)) return value.some((item) => anyFallback(item, locale))
  if (!value || typeof value !== 'object') return false
  if (isLocalized(value)) return pick(value as LocalizedValue<unknown>, locale).fallback
  return Object.values(value).some((item) => anyFallback(item, locale))
}

/**
 * Translation status is per field: a document whose title is translated but
 * whose body (or any other localized field) is not shows the reader English
 * text, and must say so. Missing: not even the title is translated.
 */
export function translationOf(doc: object, locale: Locale): Translation {
  if (!anyFallback(doc, locale)) return 'complete'
  return isTranslated(doc as Parameters<typeof isTranslated>[0], locale) ? 'partial' : 'missing'
}
