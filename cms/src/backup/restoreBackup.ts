import { createWriteStream } from 'node:fs'
import { access, mkdir, rm } from 'node:fs/promises'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'

import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type CollectionSlug,
  type FlattenedField,
  type GlobalSlug,
  type Payload,
  type PayloadRequest,
} from 'payload'

import { databaseKind, type DatabaseKind } from '../database'
import { uploadDir, uploadFilenames } from './collections'
import {
  BackupError,
  collectionEntry,
  fileEntry,
  type BackupManifest,
  type CollectionData,
  type GlobalData,
  type StoredVersion,
} from './format'
import { readBackup, type Backup } from './readBackup'
import { mapRelations, type Id, type Resolve } from './relations'
import { resetPostgresSequences } from './postgresSequences'

/** SQL databases number their rows, MongoDB names them with ObjectIds: ids carry over only within a family. */
const idFamily = (kind: DatabaseKind) => (kind === 'mongodb' ? 'objectid' : 'number')

export type RestoreResult = {
  manifest: BackupManifest
  keptIds: boolean
  documents: number
  versions: number
  files: number
}

/**
 * Restores a backup into the empty database and media folders of `payload`.
 * The backup is checked whole first, then the target: a damaged backup or a
 * target that holds anything is refused before anything is written. Rows are
 * written through the database adapter, so no hook runs (no site build, no
 * re-validation, no re-hashed password, no re-encoded image) and timestamps,
 * password hashes and draft states stay as they were. Ids are kept between
 * SQL databases (and between MongoDB databases); across the two, new ids are
 * given and every relationship is pointed to them.
 */
export async function restoreBackup(
  payload: Payload,
  {
    file,
    databaseUri,
    newIds,
  }: {
    file: string
    databaseUri: string
    /** Give every document a new id even where the old ones fit, as between SQL and MongoDB. */
    newIds?: boolean
  },
): Promise<RestoreResult> {
  const backup = await readBackup(file)
  try {
    checkCompatible(payload, backup, file)
    checkVersionParents(backup, file)
    const targetKind = databaseKind(databaseUri)
    await checkEmpty(payload, backup, databaseUri)
    const keptIds = !newIds && idFamily(backup.manifest.databaseKind) === idFamily(targetKind)
    const req = await createLocalReq({}, payload)
    const written: string[] = []
    let result: RestoreResult
    try {
      await initTransaction(req)
      result = await writeEverything(payload, backup, req, keptIds, written)
      await commitTransaction(req)
    } catch (error) {
      // PostgreSQL (and MongoDB on a replica set) roll back; the SQLite adapter writes without a transaction.
      const rolledBack = Boolean(req.transactionID)
      await killTransaction(req)
      await Promise.all(written.map((target) => rm(target, { force: true })))
      throw new BackupError(
        `The restore of ${file} failed: ${(error as Error).message}. ${rolledBack ? 'Nothing was kept.' : 'The database may hold part of the backup: delete it (or use a new SQLite file) before trying again.'}`,
        { cause: error },
      )
    }
    if (targetKind === 'postgres') await resetPostgresSequences(payload)
    return result
  } finally {
    backup.close()
  }
}

function checkCompatible(payload: Payload, backup: Backup, file: string) {
  const collections = new Set<string>(payload.config.collections.map((collection) => collection.slug))
  const globals = new Set<string>(payload.config.globals.map((global) => global.slug))
  const unknown = [
    ...Object.keys(backup.manifest.collections).filter((slug) => !collections.has(slug)),
    ...Object.keys(backup.manifest.globals).filter((slug) => !globals.has(slug)),
  ]
  if (unknown.length > 0) {
    throw new BackupError(
      `Restore refused: ${file} holds ${unknown.join(', ')}, which this hub does not have. Restore with the hub version that made the backup (${backup.manifest.hubVersion}) or a newer one. Nothing was changed.`,
    )
  }
}

function checkVersionParents(backup: Backup, file: string) {
  for (const [slug, data] of collectionsOf(backup)) {
    const ids = new Set(data.documents.map((doc) => doc.id))
    const orphan = data.versions.find((version) => version.parent === undefined || !ids.has(version.parent))
    if (orphan) {
      throw new BackupError(
        `${file}: ${collectionEntry(slug)} has version ${orphan.id} of document ${orphan.parent}, which it does not hold. The backup is incomplete; make a new one. Nothing was changed.`,
      )
    }
  }
}

async function checkEmpty(payload: Payload, backup: Backup, databaseUri: string) {
  const req = await createLocalReq({}, payload)
  const found: string[] = []
  for (const collection of payload.config.collections) {
    if (collection.slug === 'payload-migrations') continue
    const { totalDocs } = await payload.db.count({ collection: collection.slug, req })
    if (totalDocs > 0) found.push(`${totalDocs} ${collection.slug}`)
    if (collection.versions) {
      const versions = await payload.db.countVersions({ collection: collection.slug, req })
      if (versions.totalDocs > 0) found.push(`${versions.totalDocs} ${collection.slug} versions`)
    }
  }
  for (const global of payload.config.globals) {
    const stored = await payload.db.findGlobal({ slug: global.slug, req })
    if (stored && 'id' in stored && stored.id != null) found.push(`the ${global.slug} global`)
  }
  for (const [slug, data] of collectionsOf(backup)) {
    const dir = uploadDir(payload.collections[slug]!.config)
    if (!dir) continue
    for (const filename of data.documents.flatMap(uploadFilenames)) {
      const target = path.resolve(dir, filename)
      if (
        await access(target).then(
          () => true,
          () => false,
        )
      )
        found.push(`the file ${target}`)
    }
  }
  if (found.length > 0) {
    const where = databaseUri.replace(/\/\/[^@]*@/, '//***@')
    throw new BackupError(
      `Restore refused: the target is not empty. ${where} holds ${found.slice(0, 12).join(', ')}${found.length > 12 ? ` and ${found.length - 12} more` : ''}. A backup is restored only into an empty database and media folder: set DATABASE_URI to a new SQLite file or an empty PostgreSQL or MongoDB database, and MEDIA_DIR to an empty folder, then run the restore again. Nothing was changed.`,
    )
  }
}

async function writeEverything(
  payload: Payload,
  backup: Backup,
  req: PayloadRequest,
  keptIds: boolean,
  written: string[],
): Promise<RestoreResult> {
  const key = (collection: string, id: Id) => `${collection}\u0000${id}`
  const inBackup = new Set(
    collectionsOf(backup).flatMap(([slug, data]) => data.documents.map((doc) => key(slug, doc.id))),
  )
  const restoredIds = new Map<string, Id>()
  const resolve: Resolve = (relationTo, id) => {
    const restored = restoredIds.get(key(relationTo, id))
    if (restored !== undefined) return { id: restored }
    return inBackup.has(key(relationTo, id)) ? 'later' : 'missing'
  }
  const fieldsOf = (slug: CollectionSlug): FlattenedField[] =>
    payload.collections[slug]!.config.flattenedFields
  let documents = 0
  let versions = 0
  let files = 0

  // Documents first, each with the references whose targets exist; then again those that had to wait.
  const waiting: { slug: CollectionSlug; id: Id; doc: Record<string, unknown> }[] = []
  for (const [slug, data] of collectionsOf(backup)) {
    for (const doc of data.documents) {
      const { id: originalId, ...fields } = doc
      const { data: mapped, deferred } = mapRelations(payload, fieldsOf(slug), fields, resolve)
      const created = await payload.db.create({
        collection: slug,
        data: mapped,
        customID: keptIds ? originalId : undefined,
        req,
      })
      restoredIds.set(key(slug, originalId), created.id)
      if (deferred) waiting.push({ slug, id: created.id, doc: fields })
      documents += 1
    }
  }
  for (const { slug, id, doc } of waiting) {
    const { data } = mapRelations(payload, fieldsOf(slug), doc, resolve)
    await payload.db.updateOne({ collection: slug, id, data, req, returning: false })
  }

  for (const [slug, data] of collectionsOf(backup)) {
    if (data.versions.length === 0) continue
    const restored = new Map<Id, { parent: Id; version: Record<string, unknown>; latest: boolean }>()
    for (const version of data.versions) {
      // Every version's parent is in the backup (checkVersionParents), so it is restored by now.
      const parent = restoredIds.get(key(slug, version.parent!))!
      const mapped = mapRelations(payload, fieldsOf(slug), version.version, resolve).data
      const created = await payload.db.createVersion({
        collectionSlug: slug,
        parent,
        versionData: mapped,
        ...versionMeta(version),
        req,
      })
      restored.set(created.id, { parent, version: mapped, latest: version.latest === true })
      versions += 1
    }
    // Each new version is marked the latest of its document; where the backup says otherwise, its flag is put back.
    const { docs } = await payload.db.findVersions({
      collection: slug,
      where: { latest: { equals: true } },
      pagination: false,
      limit: 0,
      req,
    })
    const nowLatest = new Set<Id>(docs.map((doc) => doc.id))
    for (const [id, row] of restored) {
      if (nowLatest.has(id) !== row.latest) {
        await payload.db.updateVersion({ collection: slug, id, versionData: row, req })
      }
    }
  }

  for (const [slug, data] of globalsOf(backup)) {
    const fields = payload.globals.config.find((global) => global.slug === slug)!.flattenedFields
    if (data.document) {
      const { id: _id, globalType: _globalType, ...document } = data.document
      await payload.db.createGlobal({
        slug,
        data: mapRelations(payload, fields, document, resolve).data,
        req,
      })
      // The SQL adapters stamp a new global with the current time; its timestamps are put back.
      await payload.db.updateGlobal({
        slug,
        data: { createdAt: document.createdAt, updatedAt: document.updatedAt },
        req,
        returning: false,
      })
    }
    for (const version of data.versions) {
      await payload.db.createGlobalVersion({
        globalSlug: slug,
        versionData: mapRelations(payload, fields, version.version, resolve).data,
        ...versionMeta(version),
        req,
      })
      versions += 1
    }
  }

  for (const [slug, data] of collectionsOf(backup)) {
    const dir = uploadDir(payload.collections[slug]!.config)
    if (!dir) continue
    await mkdir(path.resolve(dir), { recursive: true })
    for (const filename of data.documents.flatMap(uploadFilenames)) {
      const target = path.resolve(dir, filename)
      written.push(target)
      await backup.copyFile(fileEntry(slug, filename), (stream) =>
        pipeline(stream, createWriteStream(target, { flags: 'wx' })),
      )
      files += 1
    }
  }

  return { manifest: backup.manifest, keptIds, documents, versions, files }
}

// The backup was checked against this hub's config (checkCompatible): its slugs are the config's.
const collectionsOf = (backup: Backup) =>
  Object.entries(backup.collections) as [CollectionSlug, CollectionData][]
const globalsOf = (backup: Backup) => Object.entries(backup.globals) as [GlobalSlug, GlobalData][]

function versionMeta(version: StoredVersion) {
  return {
    autosave: version.autosave ?? false,
    createdAt: version.createdAt ?? new Date().toISOString(),
    updatedAt: version.updatedAt ?? new Date().toISOString(),
    publishedLocale: version.publishedLocale ?? undefined,
    snapshot: version.snapshot ? (true as const) : undefined,
  }
}
