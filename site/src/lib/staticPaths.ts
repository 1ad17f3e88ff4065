import { documentTypes, listedCollections, locales, routedCollections } from '@hub/content-schemas'

import type { Hub } from './hubData'

/** One page per document per locale: untranslated documents fall back to English with a notice. */
export function pathsForEveryLocale<T extends { slug: string }>(docs: T[]) {
  return locales.flatMap((locale) =>
    docs.map((doc) => ({ params: { locale, slug: doc.slug }, props: { doc } })),
  )
}

/** The page of every document of every type with pages, in every locale, under its type's URL segment. */
export function documentPaths(hub: Hub) {
  return routedCollections.flatMap((collection) =>
    pathsForEveryLocale<Hub[typeof collection][number]>(hub[collection]).map(({ params, props }) => ({
      params: { ...params, type: documentTypes[collection].page.segment },
      props: { ...props, collection },
    })),
  )
}

/** The one page per locale of every listed type, under its type's listing segment. */
export function listingPaths() {
  return listedCollections.flatMap((collection) =>
    locales.map((locale) => ({
      params: { locale, type: documentTypes[collection].listing.segment },
      props: { collection },
    })),
  )
}

export function localeParams() {
  return locales.map((locale) => ({ params: { locale } }))
}
