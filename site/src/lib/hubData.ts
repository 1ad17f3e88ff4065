import type { CollectionSlug, DocumentOf, Manifest, SiteSettings } from '@hub/content-schemas'

import type { Snapshot } from '../loaders/readSnapshot'

/** Every published document of the snapshot by type, as the pages and the kits use them. */
export type Hub = { [K in CollectionSlug]: DocumentOf<K>[] } & {
  settings: SiteSettings & { manifest: Manifest }
  byId: <T extends { id: number | string }>(docs: T[], id: unknown) => T | undefined
}

export function createHub(documents: Omit<Hub, 'byId'>): Hub {
  return {
    ...documents,
    byId: (docs, id) => (id == null ? undefined : docs.find((doc) => String(doc.id) === String(id))),
  }
}

/** The hub straight from a snapshot read from disk, for scripts and tests outside Astro. */
export function hubFromSnapshot(snapshot: Snapshot): Hub {
  return createHub({ ...snapshot.documents, settings: { ...snapshot.settings, manifest: snapshot.manifest } })
}
