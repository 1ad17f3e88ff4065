import { createHash } from 'node:crypto'
import { createReadStream, createWriteStream } from 'node:fs'
import { mkdir, rename, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'

import { createLocalReq, type Payload } from 'payload'
import { ZipFile } from 'yazl'

import cmsPackage from '../../package.json'
import { databaseKind } from '../database'
import { backedUpCollections, uploadDir, uploadFilenames } from './collections'
import {
  BackupError,
  backupFormat,
  backupFormatVersion,
  collectionEntry,
  fileEntry,
  globalEntry,
  manifestName,
  type BackupManifest,
  type CollectionData,
  type GlobalData,
} from './format'

const everything = { locale: 'all', pagination: false, limit: 0, sort: 'id' } as const

/**
 * Writes everything a disk failure would take into one zip archive: every
 * document of every collection of the config with its drafts and versions,
 * users with their password hashes, the uploaded files with their resized
 * copies, the globals with their versions, and a manifest with counts and a
 * checksum per entry. Rows are read through the database adapter with every
 * locale, exactly as stored (no hooks, no hidden fields removed).
 */
export async function createBackup(
  payload: Payload,
  { file, databaseUri }: { file: string; databaseUri: string },
): Promise<BackupManifest> {
  const req = await createLocalReq({}, payload)
  const manifest: BackupManifest = {
    format: backupFormat,
    formatVersion: backupFormatVersion,
    createdAt: new Date().toISOString(),
    databaseKind: databaseKind(databaseUri),
    hubVersion: cmsPackage.version,
    collections: {},
    globals: {},
    entries: {},
  }
  const zip = new ZipFile()
  const addJson = (name: string, value: unknown) => {
    const buffer = Buffer.from(JSON.stringify(value))
    manifest.entries[name] = { size: buffer.length, sha256: sha256(buffer) }
    zip.addBuffer(buffer, name)
  }

  for (const collection of backedUpCollections(payload)) {
    const { docs: documents } = await payload.db.find({ collection: collection.slug, req, ...everything })
    const versions = collection.versions
      ? (await payload.db.findVersions({ collection: collection.slug, req, ...everything })).docs
      : []
    addJson(collectionEntry(collection.slug), { documents, versions } satisfies CollectionData)
    let files = 0
    const dir = uploadDir(collection)
    if (dir) {
      for (const doc of documents) {
        for (const filename of uploadFilenames(doc)) {
          const source = path.resolve(dir, filename)
          const size = await stat(source).then(
            (found) => found.size,
            () => {
              throw new BackupError(
                `The backup stopped: ${collection.slug} ${doc.id} names the file ${filename}, which is not in ${path.resolve(dir)}. Restore the file there, or delete the document in the CMS, and run the backup again.`,
              )
            },
          )
          const name = fileEntry(collection.slug, filename)
          manifest.entries[name] = { size, sha256: await fileSha256(source) }
          zip.addFile(source, name)
          files += 1
        }
      }
    }
    manifest.collections[collection.slug] = { documents: documents.length, versions: versions.length, files }
  }

  for (const global of payload.config.globals) {
    const stored = await payload.db.findGlobal({ slug: global.slug, locale: 'all', req })
    const document = stored && 'id' in stored && stored.id != null ? stored : null
    const versions = global.versions
      ? (await payload.db.findGlobalVersions({ global: global.slug, req, ...everything })).docs
      : []
    addJson(globalEntry(global.slug), { document, versions } satisfies GlobalData)
    manifest.globals[global.slug] = { document: document !== null, versions: versions.length }
  }

  zip.addBuffer(Buffer.from(JSON.stringify(manifest, null, 2)), manifestName)
  zip.end()
  await mkdir(path.dirname(path.resolve(file)), { recursive: true })
  const partial = `${path.resolve(file)}.partial`
  try {
    await pipeline(zip.outputStream, createWriteStream(partial))
    await rename(partial, file)
  } catch (error) {
    await rm(partial, { force: true })
    throw error
  }
  return manifest
}

function sha256(buffer: Buffer): string {
  return createHash('sha256').update(buffer).digest('hex')
}

async function fileSha256(file: string): Promise<string> {
  const hash = createHash('sha256')
  await pipeline(createReadStream(file), hash)
  return hash.digest('hex')
}
