import type { CollectionConfig } from 'payload'

/** Drafts with autosave, version history and scheduled publishing, on every content type. */
export const contentVersions: CollectionConfig['versions'] = {
  drafts: { autosave: { interval: 2000 }, schedulePublish: true },
  maxPerDoc: 50,
}
