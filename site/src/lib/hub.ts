import path from 'node:path'

import { getCollection } from 'astro:content'

import { collectionSlugs, type CollectionSlug } from '@hub/content-schemas'

import { snapshotDir } from '../loaders/snapshotDir'
import { createHub, type Hub } from './hubData'
import { createFrameKey, createListingKeys, createPageKeys, type ListingKey, type PageKey } from './pageKeys'

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

const mediaDir = () => path.join(snapshotDir(), 'media-files')

let pageKey: Promise<PageKey> | undefined

/** The cache key of each document's pages (see pageKeys.ts), computed once per build. */
export function loadPageKey(): Promise<PageKey> {
  pageKey ??= loadHub().then((hub) => createPageKeys(hub, mediaDir()))
  return pageKey
}

let listingKey: Promise<ListingKey> | undefined

/** The cache key of the pages listing each listed type (see pageKeys.ts), computed once per build. */
export function loadListingKey(): Promise<ListingKey> {
  listingKey ??= loadHub().then((hub) => createListingKeys(hub, mediaDir()))
  return listingKey
}

/** The cache key of pages that show nothing of the hub but the frame every page shares. */
export async function loadFrameKey(): Promise<string> {
  return createFrameKey(await loadHub(), mediaDir())
}
