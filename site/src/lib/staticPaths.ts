import { documentTypes, listedCollections, locales, routedCollections } from '@hub/content-schemas'

import type { Hub } from './hubData'
import type { ListingKey, PageKey } from './pageKeys'

/**
 * One page per document per locale: untranslated documents fall back to English with a notice.
 * With `pageKey`, each page carries its document's cache key, so an unchanged page is restored, not rendered.
 */
export function pathsForEveryLocale<T extends { slug: string; id: number | string }>(
  docs: T[],
  keyOf?: (doc: T) => string,
) {
  const keys = docs.map((doc) => keyOf?.(doc))
  return locales.flatMap((locale) =>
    docs.map((doc, index) => ({ params: { locale, slug: doc.slug }, props: { doc }, cacheKey: keys[index] })),
  )
}

/** The page of every document of every type with pages, in every locale, under its type's URL segment. */
export function documentPaths(hub: Hub, pageKey: PageKey) {
  return routedCollections.flatMap((collection) =>
    pathsForEveryLocale<Hub[typeof collection][number]>(hub[collection], (doc) =>
      pageKey(collection, doc),
    ).map(({ params, props, cacheKey }) => ({
      params: { ...params, type: documentTypes[collection].page.segment },
      props: { ...props, collection },
      cacheKey,
    })),
  )
}

/** The one page per locale of every listed type, under its type's listing segment, keyed by what it lists. */
export function listingPaths(listingKey: ListingKey) {
  return listedCollections.flatMap((collection) => {
    const cacheKey = listingKey(collection)
    return locales.map((locale) => ({
      params: { locale, type: documentTypes[collection].listing.segment },
      props: { collection },
      cacheKey,
    }))
  })
}

export function localeParams() {
  return locales.map((locale) => ({ params: { locale } }))
}
