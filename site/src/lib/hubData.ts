import type { CollectionSlug, DocumentOf, Manifest, SiteSettings } from '@hub/content-schemas'

import type { Snapshot } from '../loaders/readSnapshot'
import { buildNow } from './buildNow'
import { openOpportunities } from './opportunities'

/**
 * Every published document of the snapshot by type, as the pages and the kits
 * use them; volunteer opportunities closed at the build's `now` are left out.
 */
export type Hub = { [K in CollectionSlug]: DocumentOf<K>[] } & {
  settings: SiteSettings & { manifest: Manifest }
  byId: <T extends { id: number | string }>(docs: T[], id: unknown) => T | undefined
}

// Each list's documents by id, made at its first lookup: every page looks up its organization,
// regions, topics and media, and scanning thousands of documents per lookup added up to seconds.
const byIdIndexes = new WeakMap<readonly { id: number | string }[], Map<string, { id: number | string }>>()

function byId<T extends { id: number | string }>(docs: T[], id: unknown): T | undefined {
  if (id == null) return undefined
  let index = byIdIndexes.get(docs)
  if (!index) {
    index = new Map()
    for (const doc of docs) if (!index.has(String(doc.id))) index.set(String(doc.id), doc)
    byIdIndexes.set(docs, index)
  }
  return index.get(String(id)) as T | undefined
}

export function createHub(documents: Omit<Hub, 'byId'>, now = buildNow()): Hub {
  return {
    ...documents,
    'volunteer-opportunities': openOpportunities(documents['volunteer-opportunities'], now),
    byId,
  }
}

/**
 * The hub of a snapshot read from disk, as the pages, kit workers, scripts and
 * tests get it: each type's documents sorted by id as a string, so every
 * listing's order is the same whichever order the files were read in.
 */
export function hubFromSnapshot(snapshot: Snapshot, now?: Date): Hub {
  const sortedById = Object.fromEntries(
    Object.entries(snapshot.documents).map(([slug, docs]) => [
      slug,
      docs.toSorted((a, b) => String(a.id).localeCompare(String(b.id))),
    ]),
  ) as Snapshot['documents']
  return createHub({ ...sortedById, settings: { ...snapshot.settings, manifest: snapshot.manifest } }, now)
}
