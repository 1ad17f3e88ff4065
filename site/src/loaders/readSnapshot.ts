import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'

import {
  collections,
  collectionSlugs,
  describeIssue,
  manifest as manifestSchema,
  siteSettings as siteSettingsSchema,
  toContentIssues,
  type CollectionSlug,
  type DocumentOf,
  type Manifest,
  type SiteSettings,
} from '@hub/content-schemas'
import type { z } from 'zod'

/** A snapshot file the site cannot be built from; the message names the file and the field. */
export class SnapshotReadError extends Error {
  override name = 'SnapshotReadError'
}

async function readJson(file: string, root: string): Promise<unknown> {
  const relative = path.relative(root, file)
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch {
    throw new SnapshotReadError(
      `Snapshot ${relative}: the file is missing. Export the snapshot again (pnpm export).`,
    )
  }
  try {
    return JSON.parse(text)
  } catch (error) {
    throw new SnapshotReadError(
      `Snapshot ${relative}: not valid JSON (${(error as Error).message}). Export the snapshot again rather than editing it by hand.`,
    )
  }
}

function validate<T extends z.ZodType>(schema: T, value: unknown, file: string, root: string): z.infer<T> {
  const result = schema.safeParse(value)
  if (result.success) return result.data
  const label = `Snapshot ${path.relative(root, file)}`
  throw new SnapshotReadError(
    toContentIssues(result.error, value)
      .map((issue) => describeIssue(label, issue))
      .join('\n'),
  )
}

export type Snapshot = {
  manifest: Manifest
  settings: SiteSettings
  documents: { [K in CollectionSlug]: DocumentOf<K>[] }
  /** Where the media files are. */
  mediaDir: string
}

/**
 * Reads and validates the whole snapshot with the content contract. Anything
 * malformed stops the build with a message naming the file, field and locale:
 * a bad snapshot never becomes a broken page.
 */
export async function readSnapshot(root: string): Promise<Snapshot> {
  const manifest = validate(
    manifestSchema,
    await readJson(path.join(root, 'manifest.json'), root),
    path.join(root, 'manifest.json'),
    root,
  )
  const settingsFile = path.join(root, 'settings.json')
  const settings = validate(siteSettingsSchema, await readJson(settingsFile, root), settingsFile, root)
  const documents = {} as Snapshot['documents']
  for (const collection of collectionSlugs) {
    const dir = path.join(root, collection)
    const names = (await readdir(dir).catch(() => [] as string[]))
      .filter((name) => name.endsWith('.json'))
      .sort()
    const schema = collections[collection].document
    const docs = []
    for (const name of names) {
      const file = path.join(dir, name)
      docs.push(validate(schema, await readJson(file, root), file, root))
    }
    ;(documents as Record<string, unknown[]>)[collection] = docs
  }
  return { manifest, settings, documents, mediaDir: path.join(root, 'media-files') }
}
