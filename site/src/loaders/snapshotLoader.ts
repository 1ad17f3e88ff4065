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

/** An Astro content-layer loader for one document type of the snapshot (or its settings). */
export function snapshotLoader(kind: CollectionSlug | 'settings'): Loader {
  return {
    name: `snapshot:${kind}`,
    load: async ({ store }) => {
      const snapshot = await loadSnapshot()
      store.clear()
      if (kind === 'settings') {
        store.set({ id: 'settings', data: { ...snapshot.settings, manifest: snapshot.manifest } })
        return
      }
      for (const doc of snapshot.documents[kind]) {
        store.set({ id: String(doc.id), data: doc as unknown as Record<string, unknown> })
      }
    },
  }
}
