import type { Locale } from '@hub/content-schemas'

export function homePath(locale: Locale): string {
  return `/${locale}/`
}

/** The organization directory with one country chosen: the member map and organization pages link to it. */
export function countryPath(locale: Locale, country: string): string {
  return `/${locale}/organizations/in/${country.toLowerCase()}/`
}
