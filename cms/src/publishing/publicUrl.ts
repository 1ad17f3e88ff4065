import { defaultLocale, isLocale, publicPath } from '@hub/content-schemas'

import { siteUrl } from './previewUrl'

/** Where readers find a published document in a locale, or nothing for types without a page of their own. */
export function publicUrl(collection: string, slug: string, locale: string): string | undefined {
  const page = slug ? publicPath(collection, slug, isLocale(locale) ? locale : defaultLocale) : undefined
  return page && new URL(page, siteUrl()).href
}
