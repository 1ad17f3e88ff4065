import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
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
  /** What a rewrite of the file changes (device, inode, size, modification time), if it is a file. */
  identity?: (relative: string) => string | undefined
}

/** Files validated before, by their path inside the snapshot: each one's identity then and its document. */
type KnownFiles = Map<string, { identity: string; value: unknown }>

/**
 * What a build's Astro step read of its snapshot while it waited for its publish (`readSnapshotAhead`),
 * handed to the pages through the global object: the step loads this module as Node does, the pages
 * the copy Vite bundled.
 */
const readAheadKey: unique symbol = Symbol.for('hub.snapshot.read-ahead')
const shared = globalThis as { [readAheadKey]?: { root: string; files: KnownFiles } }

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
    identity: (relative) => {
      const stats = statSync(path.join(root, relative), { bigint: true, throwIfNoEntry: false })
      return stats?.isFile() ? `${stats.dev}:${stats.ino}:${stats.size}:${stats.mtimeNs}` : undefined
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

/** Reads and validates every file; with `known`, a file whose identity is unchanged is taken from it, the others added. */
function readFiles(files: SnapshotFiles, known?: KnownFiles): Snapshot {
  const read = <T extends z.ZodType>(schema: T, relative: string): z.infer<T> => {
    const identity = known && files.identity?.(relative)
    const before = identity ? known.get(relative) : undefined
    if (before && before.identity === identity) return before.value as z.infer<T>
    const value = validate(schema, files.json(relative), relative)
    if (identity) known!.set(relative, { identity, value })
    return value
  }
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
  const ahead = shared[readAheadKey]
  // Taken once: a second read of the build gets documents of its own.
  delete shared[readAheadKey]
  return readFiles(folderFiles(root), ahead?.root === root ? ahead.files : undefined)
}

/**
 * Reads and validates the snapshot as it is now, for this process's next `readSnapshot` of `root`,
 * which then reads again only the files changed since (their identity differs): a build started
 * ahead of its publish reads while it waits, and its pages read only what the publish exported.
 * A snapshot that cannot be read now is left to that read, which names what is wrong.
 */
export function readSnapshotAhead(root: string): Snapshot | undefined {
  const files: KnownFiles = new Map()
  shared[readAheadKey] = { root, files }
  try {
    return readFiles(folderFiles(root), files)
  } catch {
    // The files read before the one at fault are kept; the build's own read reports it.
    return undefined
  }
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
