import { createHash } from 'node:crypto'
import type { Readable } from 'node:stream'

import yauzl, { type Entry, type ZipFile } from 'yauzl'
import { z } from 'zod'

import {
  BackupError,
  backupFormat,
  backupFormatVersion,
  backupManifest,
  collectionData,
  collectionEntry,
  fileEntry,
  globalData,
  globalEntry,
  manifestName,
  type BackupManifest,
  type CollectionData,
  type GlobalData,
} from './format'

/** What identifies a backup and its format, read before the rest of the manifest. */
const backupIdentity = z.looseObject({ format: z.string(), formatVersion: z.number() })

export type Backup = {
  manifest: BackupManifest
  collections: Record<string, CollectionData>
  globals: Record<string, GlobalData>
  /** Streams the entry `name` (a file listed in the manifest) into `write`. */
  copyFile: (name: string, write: (stream: Readable) => Promise<void>) => Promise<void>
  close: () => void
}

/**
 * Opens a backup and checks all of it before anything is restored: the
 * archive, the manifest, every entry's size and checksum, and the shape and
 * counts of every collection and global. Anything wrong is a BackupError
 * naming the file and what is wrong.
 */
export async function readBackup(file: string): Promise<Backup> {
  const zip = await openZip(file)
  try {
    return await checkBackup(file, zip)
  } catch (error) {
    zip.close()
    throw error
  }
}

async function checkBackup(file: string, zip: ZipFile): Promise<Backup> {
  const entries = await listEntries(file, zip)
  const readEntry = async (entry: Entry) => {
    const chunks: Buffer[] = []
    await withEntryStream(file, zip, entry, async (stream) => {
      for await (const chunk of stream) chunks.push(chunk as Buffer)
    })
    return Buffer.concat(chunks)
  }
  const manifestEntry = entries.get(manifestName)
  if (!manifestEntry) throw new BackupError(`${file} is not a hub backup: it has no ${manifestName}.`)
  const manifestBytes = await readEntry(manifestEntry)
  const { format, formatVersion } = parseJson(file, manifestName, manifestBytes, backupIdentity)
  if (format !== backupFormat)
    throw new BackupError(`${file} is not a hub backup: its manifest names "${format}".`)
  if (formatVersion !== backupFormatVersion) {
    throw new BackupError(
      `${file} is in backup format ${formatVersion}; this hub reads format ${backupFormatVersion}. Restore it with the hub version that made it or a newer one.`,
    )
  }
  const manifest = parseJson(file, manifestName, manifestBytes, backupManifest)

  for (const [name, expected] of Object.entries(manifest.entries)) {
    const entry = entries.get(name)
    if (!entry) throw new BackupError(`${file} is incomplete: ${name} is listed in the manifest but missing.`)
    const hash = createHash('sha256')
    let size = 0
    await withEntryStream(file, zip, entry, async (stream) => {
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        size += chunk.length
        hash.update(chunk)
      }
    })
    if (size !== expected.size || hash.digest('hex') !== expected.sha256) {
      throw new BackupError(`${file} is damaged: ${name} does not match its checksum in the manifest.`)
    }
  }
  for (const name of entries.keys()) {
    if (name !== manifestName && !(name in manifest.entries)) {
      throw new BackupError(`${file} has an entry the manifest does not list: ${name}.`)
    }
  }

  const collections: Record<string, CollectionData> = {}
  for (const [slug, counts] of Object.entries(manifest.collections)) {
    const name = collectionEntry(slug)
    const data = parseJson(file, name, await readEntry(requireEntry(file, entries, name)), collectionData)
    if (data.documents.length !== counts.documents || data.versions.length !== counts.versions) {
      throw new BackupError(
        `${file}: ${name} holds ${data.documents.length} documents and ${data.versions.length} versions, but the manifest says ${counts.documents} and ${counts.versions}.`,
      )
    }
    const files = Object.keys(manifest.entries).filter((entry) => entry.startsWith(fileEntry(slug, '')))
    if (files.length !== counts.files) {
      throw new BackupError(
        `${file}: ${slug} has ${files.length} files, but the manifest says ${counts.files}.`,
      )
    }
    collections[slug] = data
  }
  const globals: Record<string, GlobalData> = {}
  for (const [slug, counts] of Object.entries(manifest.globals)) {
    const name = globalEntry(slug)
    const data = parseJson(file, name, await readEntry(requireEntry(file, entries, name)), globalData)
    if (data.versions.length !== counts.versions || (data.document !== null) !== counts.document) {
      throw new BackupError(`${file}: ${name} does not match the counts in the manifest.`)
    }
    globals[slug] = data
  }

  return {
    manifest,
    collections,
    globals,
    copyFile: (name, write) => withEntryStream(file, zip, requireEntry(file, entries, name), write),
    close: () => zip.close(),
  }
}

function requireEntry(file: string, entries: Map<string, Entry>, name: string): Entry {
  const entry = entries.get(name)
  if (!entry) throw new BackupError(`${file} is incomplete: ${name} is missing.`)
  return entry
}

function parseJson<T extends z.ZodType>(file: string, name: string, buffer: Buffer, schema: T): z.infer<T> {
  let value: unknown
  try {
    value = JSON.parse(buffer.toString('utf8'))
  } catch (error) {
    throw new BackupError(`${file}: ${name} is not valid JSON (${(error as Error).message}).`)
  }
  const result = schema.safeParse(value)
  if (!result.success) {
    const issue = result.error.issues[0]!
    throw new BackupError(
      `${file}: ${name} is not as expected at ${issue.path.join('.') || 'the top'}: ${issue.message}.`,
    )
  }
  return result.data
}

function openZip(file: string): Promise<ZipFile> {
  return new Promise((resolve, reject) =>
    yauzl.open(file, { lazyEntries: true, autoClose: false }, (error, zip) =>
      error
        ? reject(
            new BackupError(
              (error as NodeJS.ErrnoException).code === 'ENOENT'
                ? `${file} does not exist: give the path of a backup made by hub backup.`
                : `${file} is not a readable backup archive: ${error.message}.`,
            ),
          )
        : resolve(zip),
    ),
  )
}

function listEntries(file: string, zip: ZipFile): Promise<Map<string, Entry>> {
  return new Promise((resolve, reject) => {
    const entries = new Map<string, Entry>()
    zip.on('entry', (entry: Entry) => {
      entries.set(entry.fileName, entry)
      zip.readEntry()
    })
    zip.on('end', () => resolve(entries))
    zip.on('error', (error: Error) =>
      reject(new BackupError(`${file} is not a readable backup archive: ${error.message}.`)),
    )
    zip.readEntry()
  })
}

async function withEntryStream(
  file: string,
  zip: ZipFile,
  entry: Entry,
  use: (stream: Readable) => Promise<void>,
) {
  try {
    const stream = await new Promise<Readable>((resolve, reject) =>
      zip.openReadStream(entry, (error, opened) => (error ? reject(error) : resolve(opened))),
    )
    await use(stream)
  } catch (error) {
    if (error instanceof BackupError) throw error
    throw new BackupError(
      `${file} is damaged: ${entry.fileName} cannot be read (${(error as Error).message}).`,
    )
  }
}
