import { getCollection } from 'astro:content'

import { collectionSlugs, type CollectionSlug } from '@hub/content-schemas'

import { createHub, type Hub } from './hubData'

export type { Hub } from './hubData'

async function documentsOf<K extends CollectionSlug>(slug: K) {
  return (await getCollection(slug)).map((entry) => entry.data)
}

let hub: Promise<Hub> | undefined

/**
 * Every collection, loaded once per build and handed to pages as data: large
 * Astro builds run out of memory when each page re-resolves collections.
 */
export function loadHub(): Promise<Hub> {
  hub ??= (async () => {
    const documents = Object.fromEntries(
      await Promise.all(collectionSlugs.map(async (slug) => [slug, await documentsOf(slug)] as const)),
    ) as Omit<Hub, 'byId' | 'settings'>
    const [settings] = await getCollection('settings')
    return createHub({ ...documents, settings: settings!.data })
  })()
  return hub
}
