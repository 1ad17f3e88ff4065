import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
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

/** What makes a damaged snapshot whole again: a folder is exported by the CMS, a release's pack is written by its build. */
const remedies = {
  folder: 'Export the snapshot again (pnpm export) rather than editing it by hand.',
  pack: "Build the site again (pnpm build): the release's packed snapshot is damaged.",
}
type Remedy = (typeof remedies)[keyof typeof remedies]

const missing = (relative: string, remedy: Remedy) =>
  new SnapshotReadError(`Snapshot ${relative}: the file is missing. ${remedy}`)

function parseJson(text: string, relative: string, remedy: Remedy): unknown {
  try {
    return JSON.parse(text)
  } catch (error) {
    throw new SnapshotReadError(
      `Snapshot ${relative}: not valid JSON (${(error as Error).message}). ${remedy}`,
    )
  }
}

/** A snapshot's JSON files by their path inside it ("guides/x.json"), wherever they are kept. */
type SnapshotFiles = {
  /** The JSON files of one document type's folder, sorted. */
  names: (folder: string) => string[]
  json: (relative: string) => unknown
}

/*
 * Read synchronously: a snapshot is thousands of small files, and reading them
 * one await at a time left the build idle about 40 % of the time.
 */
function folderFiles(root: string): SnapshotFiles {
  return {
    names: (folder) => {
      const dir = path.join(root, folder)
      return existsSync(dir)
        ? readdirSync(dir)
            .filter((name) => name.endsWith('.json'))
            .sort()
        : []
    },
    json: (relative) => {
      let text: string
      try {
        text = readFileSync(path.join(root, relative), 'utf8')
      } catch {
        throw missing(relative, remedies.folder)
      }
      return parseJson(text, relative, remedies.folder)
    },
  }
}

function packedFiles(file: string): SnapshotFiles {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch {
    throw missing(path.basename(file), remedies.pack)
  }
  const pack = parseJson(text, path.basename(file), remedies.pack) as Record<string, unknown>
  return {
    names: (folder) =>
      Object.keys(pack)
        .filter((relative) => path.dirname(relative) === folder)
        .map((relative) => path.basename(relative))
        .sort(),
    json: (relative) => {
      if (!Object.hasOwn(pack, relative)) throw missing(relative, remedies.pack)
      return pack[relative]
    },
  }
}

function validate<T extends z.ZodType>(schema: T, value: unknown, relative: string): z.infer<T> {
  const result = schema.safeParse(value)
  if (result.success) return result.data
  throw new SnapshotReadError(
    toContentIssues(result.error, value)
      .map((issue) => describeIssue(`Snapshot ${relative}`, issue))
      .join('\n'),
  )
}

export type Snapshot = {
  manifest: Manifest
  settings: SiteSettings
  documents: { [K in CollectionSlug]: DocumentOf<K>[] }
}

function readFiles(files: SnapshotFiles): Snapshot {
  const read = <T extends z.ZodType>(schema: T, relative: string) =>
    validate(schema, files.json(relative), relative)
  const manifest = read(manifestSchema, 'manifest.json')
  const settings = read(siteSettingsSchema, 'settings.json')
  const documents = {} as Snapshot['documents']
  for (const collection of collectionSlugs) {
    const schema = collections[collection].document
    ;(documents as Record<string, unknown[]>)[collection] = files
      .names(collection)
      .map((name) => read(schema, path.join(collection, name)))
  }
  return { manifest, settings, documents }
}

/**
 * Reads and validates the whole snapshot with the content contract. Anything
 * malformed stops the build with a message naming the file, field and locale:
 * a bad snapshot never becomes a broken page.
 */
export async function readSnapshot(root: string): Promise<Snapshot> {
  return readFiles(folderFiles(root))
}

/** `readSnapshot` for a snapshot packed into one file by `packSnapshot`. */
export async function readPackedSnapshot(file: string): Promise<Snapshot> {
  return readFiles(packedFiles(file))
}

/**
 * Packs the snapshot's JSON files (not its media) into one file, a JSON object
 * by their paths. One file, because creating a file costs up to a millisecond
 * on the disks measured (nearly two seconds for 2,000 documents); a copy,
 * because a hard link would follow a snapshot file edited in place. The files'
 * text goes in as it is: the build that packs them has just read each as JSON.
 */
export async function packSnapshot(root: string, file: string): Promise<void> {
  const files = folderFiles(root)
  const relatives = [
    'manifest.json',
    'settings.json',
    ...collectionSlugs.flatMap((folder) => files.names(folder).map((name) => path.join(folder, name))),
  ]
  const entries = relatives.map(
    (relative) => `${JSON.stringify(relative)}:${readFileSync(path.join(root, relative), 'utf8')}`,
  )
  await writeFile(file, `{${entries.join(',')}}`)
}
