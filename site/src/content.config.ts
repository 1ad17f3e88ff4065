import { defineCollection } from 'astro:content'

import {
  collections as contract,
  collectionSlugs,
  manifest,
  siteSettings,
  type CollectionSlug,
} from '@hub/content-schemas'

import { snapshotLoader } from './loaders/snapshotLoader'

/** One content collection per document type, typed by the contract's schema (the loader has validated with it). */
function snapshotCollection<K extends CollectionSlug>(slug: K) {
  return defineCollection({ loader: snapshotLoader(slug), schema: contract[slug].document })
}

export const collections = {
  ...(Object.fromEntries(collectionSlugs.map((slug) => [slug, snapshotCollection(slug)])) as {
    [K in CollectionSlug]: ReturnType<typeof snapshotCollection<K>>
  }),
  settings: defineCollection({
    loader: snapshotLoader('settings'),
    schema: siteSettings.extend({ manifest }),
  }),
}
