export const locales = ['en', 'es', 'fr', 'ar', 'th'] as const

export type Locale = (typeof locales)[number]

export const defaultLocale: Locale = 'en'

/** Scripts written right to left: pages in these locales get `dir="rtl"`. */
export const rtlLocales: readonly Locale[] = ['ar']

/** Each language named in itself, as a reader looking for it would recognise it. */
export const localeNames: Record<Locale, string> = {
  en: 'English',
  es: 'Español',
  fr: 'Français',
  ar: 'العربية',
  th: 'ไทย',
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value)
}

export function textDirection(locale: Locale): 'ltr' | 'rtl' {
  return rtlLocales.includes(locale) ? 'rtl' : 'ltr'
}
