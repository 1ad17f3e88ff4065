import type { Loader } from 'astro/loaders'

import type { CollectionSlug } from '@hub/content-schemas'

import { readSnapshot, type Snapshot } from './readSnapshot'
import { snapshotDir } from './snapshotDir'

const snapshots = new Map<string, Promise<Snapshot>>()

/** One read and validation of the snapshot per build, shared by every collection. */
export function loadSnapshot(root = snapshotDir()): Promise<Snapshot> {
  let snapshot = snapshots.get(root)
  if (!snapshot) {
    snapshot = readSnapshot(root)
    snapshots.set(root, snapshot)
  }
  return snapshot
}

/**
 * An Astro content-layer loader for one document type of the snapshot (or its
 * settings). Astro keeps the store between builds: entries whose content did
 * not change keep their digest and are not processed again, and a snapshot
 * identical to the last one is not read into the store at all.
 */
export function snapshotLoader(kind: CollectionSlug | 'settings'): Loader {
  return {
    name: `snapshot:${kind}`,
    load: async ({ store, meta, generateDigest }) => {
      const snapshot = await loadSnapshot()
      if (meta.get('contentHash') === snapshot.manifest.contentHash && store.keys().length > 0) return
      const entries =
        kind === 'settings'
          ? [{ id: 'settings', data: { ...snapshot.settings, manifest: snapshot.manifest } }]
          : snapshot.documents[kind].map((doc) => ({
              id: String(doc.id),
              data: doc as unknown as Record<string, unknown>,
            }))
      const current = new Set(entries.map((entry) => entry.id))
      for (const id of store.keys()) if (!current.has(id)) store.delete(id)
      for (const entry of entries) store.set({ ...entry, digest: generateDigest(entry.data) })
      meta.set('contentHash', snapshot.manifest.contentHash)
    },
  }
}
