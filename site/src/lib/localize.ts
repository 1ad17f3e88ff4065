import { defaultLocale, type Locale } from '@hub/content-schemas'

type LocalizedValue<T> = Partial<Record<Locale, T | null>> | null | undefined

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
