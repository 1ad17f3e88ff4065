import { readdir } from 'node:fs/promises'
import path from 'node:path'

import { collectionSlugs, type OpenDataCatalogue } from '@hub/content-schemas'

import { loadHub } from './hub'
import { snapshotDir } from '../loaders/snapshotDir'

/** Every JSON file of the snapshot, relative to its folder: what /data/ serves unchanged. */
export async function snapshotDataFiles(): Promise<string[]> {
  const root = snapshotDir()
  const perCollection = await Promise.all(
    collectionSlugs.map(async (slug) =>
      (await readdir(path.join(root, slug)).catch(() => [] as string[]))
        .filter((name) => name.endsWith('.json'))
        .sort()
        .map((name) => `${slug}/${name}`),
    ),
  )
  return ['manifest.json', 'settings.json', ...perCollection.flat()]
}

/** /data/index.json: which files there are and the schema each one follows. */
export async function openDataCatalogue(): Promise<OpenDataCatalogue> {
  const { manifest } = (await loadHub()).settings
  const files = await snapshotDataFiles()
  return {
    schemaVersion: manifest.schemaVersion,
    generatedAt: manifest.generatedAt,
    contentHash: manifest.contentHash,
    locales: manifest.locales,
    manifest: { file: 'manifest.json', schema: 'schema/manifest.json' },
    settings: { file: 'settings.json', schema: 'schema/settings.json' },
    collections: Object.fromEntries(
      collectionSlugs.map((slug) => [
        slug,
        { schema: `schema/${slug}.json`, files: files.filter((file) => file.startsWith(`${slug}/`)) },
      ]),
    ) as OpenDataCatalogue['collections'],
    media: '/media/',
  }
}
