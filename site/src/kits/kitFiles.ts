import { defaultLocale, locales, type Locale, type ScreeningKit } from '@hub/content-schemas'

import { isTranslated } from '../lib/localize'

/** Kits are made in the languages the kit is translated into; English always. */
export function kitLocales(kit: ScreeningKit): Locale[] {
  return locales.filter((locale) => locale === defaultLocale || isTranslated(kit, locale))
}

/** The kit a reader of `locale` downloads: theirs, or the English one. */
export function kitLocaleFor(kit: ScreeningKit, locale: Locale): Locale {
  return kitLocales(kit).includes(locale) ? locale : defaultLocale
}

export function kitFileName(slug: string, locale: Locale): string {
  return `${slug}-${locale}.zip`
}

export function kitPath(slug: string, locale: Locale): string {
  return `/kits/${kitFileName(slug, locale)}`
}
