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

export function createHub(documents: Omit<Hub, 'byId'>, now = buildNow()): Hub {
  return {
    ...documents,
    'volunteer-opportunities': openOpportunities(documents['volunteer-opportunities'], now),
    byId: (docs, id) => (id == null ? undefined : docs.find((doc) => String(doc.id) === String(id))),
  }
}

/** The hub straight from a snapshot read from disk, for scripts and tests outside Astro. */
export function hubFromSnapshot(snapshot: Snapshot, now?: Date): Hub {
  return createHub(
    { ...snapshot.documents, settings: { ...snapshot.settings, manifest: snapshot.manifest } },
    now,
  )
}
