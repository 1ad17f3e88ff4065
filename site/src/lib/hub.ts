import path from 'node:path'

import { loadSnapshot } from '../loaders/loadSnapshot'
import { snapshotDir } from '../loaders/snapshotDir'
import { hubFromSnapshot, type Hub } from './hubData'
import { createFrameKey, createListingKeys, createPageKeys, type ListingKey, type PageKey } from './pageKeys'

export type { Hub } from './hubData'

let hub: Promise<Hub> | undefined

/**
 * Every document of the snapshot, read once per process (a build, or a
 * release's server rendering previews) and handed to pages as data. Read
 * straight from the snapshot rather than through Astro's content layer: its
 * store, serialised into the build and bundled into each release's server,
 * cost a 2,000-document hub about 4 s of every build.
 */
export function loadHub(): Promise<Hub> {
  if (!hub) {
    hub = loadSnapshot().then((snapshot) => hubFromSnapshot(snapshot))
    // A preview request that found no snapshot leaves the next one to try again.
    hub.catch(() => (hub = undefined))
  }
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
