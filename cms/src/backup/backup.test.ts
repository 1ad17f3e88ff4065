import { createHash } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'

import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import yauzl, { type Entry } from 'yauzl'
import { ZipFile } from 'yazl'

import { collectionSlugs } from '@hub/content-schemas'

import { demoPassword, demoUsers } from '../seed/users'
import { seedDemoContent } from '../seed/seed'
import { exportSnapshot } from '../snapshot/exportSnapshot'
import { databaseTargets } from '../testing/databases'
import { createOrganization, guideData } from '../testing/fixtures'
import { startTestHub, type TestHub } from '../testing/testHub'
import { notBackedUp } from './collections'
import { createBackup } from './createBackup'
import type { BackupManifest } from './format'
import { readBackup } from './readBackup'
import { restoreBackup } from './restoreBackup'

/** Every file under `dir` with the SHA-256 of its bytes. */
async function tree(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {}
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    const file = path.join(entry.parentPath, entry.name)
    files[path.relative(dir, file)] = createHash('sha256')
      .update(await readFile(file))
      .digest('hex')
  }
  return files
}

/** Every entry of a zip archive with its bytes, in archive order. */
function zipEntries(file: string): Promise<[string, Buffer][]> {
  return new Promise((resolve, reject) =>
    yauzl.open(file, { lazyEntries: true }, (error, zip) => {
      if (error) return reject(error)
      const entries: [string, Buffer][] = []
      zip.on('error', reject)
      zip.on('end', () => resolve(entries))
      zip.on('entry', (entry: Entry) =>
        zip.openReadStream(entry, async (streamError, stream) => {
          if (streamError) return reject(streamError)
          const chunks: Buffer[] = []
          for await (const chunk of stream) chunks.push(chunk as Buffer)
          entries.push([entry.fileName, Buffer.concat(chunks)])
          zip.readEntry()
        }),
      )
      zip.readEntry()
    }),
  )
}

/** What an editor and the public would miss: documents, versions, drafts and the global, per collection. */
async function contents(payload: Payload) {
  const counts: Record<string, unknown> = {}
  for (const collection of payload.config.collections) {
    if (collection.slug in notBackedUp) continue
    const documents = (await payload.db.count({ collection: collection.slug })).totalDocs
    if (!collection.versions) {
      counts[collection.slug] = { documents }
      continue
    }
    const versions = await payload.db.findVersions({
      collection: collection.slug,
      pagination: false,
      limit: 0,
    })
    counts[collection.slug] = {
      documents,
      versions: versions.docs.length,
      drafts: versions.docs.filter((version) => version.version._status === 'draft').length,
      latest: versions.docs.filter((version) => version.latest).length,
      autosaves: versions.docs.filter((version) => (version as { autosave?: boolean }).autosave).length,
    }
  }
  return counts
}

/**
 * A document as read with its relationships populated, with every populated
 * document replaced by its slug, file name or e-mail: equal across databases
 * whose ids differ exactly when every reference points to the same document.
 */
function byNaturalKey(value: unknown, top = false): unknown {
  if (Array.isArray(value)) return value.map((item) => byNaturalKey(item))
  if (!value || typeof value !== 'object') return value
  const record = value as Record<string, unknown>
  const key = record.slug ?? record.filename ?? record.email
  if (!top && record.id != null && key) return `-> ${String(key)}`
  return Object.fromEntries(
    Object.entries(record)
      .filter(([name]) => !top || name !== 'id')
      .map(([name, item]) => [name, byNaturalKey(item)]),
  )
}

async function readable(payload: Payload, collection: CollectionSlug) {
  const { docs } = await payload.find({
    collection,
    depth: 1,
    locale: 'all',
    pagination: false,
    sort: 'createdAt',
    overrideAccess: true,
    showHiddenFields: true,
  })
  return docs.map((doc) => byNaturalKey(doc, true))
}

const snapshotOf = async (payload: Payload, dir: string) => {
  await exportSnapshot(payload, { outDir: dir })
  return tree(dir)
}

describe('backup and restore', () => {
  let source: TestHub
  let workDir: string
  let backupFile: string
  let manifest: BackupManifest
  let sourceSnapshot: Record<string, string>

  beforeAll(async () => {
    workDir = await mkdtemp(path.join(tmpdir(), 'hub-backup-test-'))
    source = await startTestHub('sqlite')
    // A deleted document leaves a gap below a kept one, so a restore that gives new ids gives different ones.
    const gap = await createOrganization(source.payload, 'deleted-organization')
    const kept = await createOrganization(source.payload, 'kept-organization')
    for (const [slug, organization] of [
      ['deleted-guide', gap],
      ['kept-guide', kept],
    ] as const) {
      await source.payload.create({
        collection: 'guides',
        data: guideData(organization.id as number, { slug }),
        overrideAccess: true,
      })
    }
    await source.payload.delete({
      collection: 'guides',
      where: { slug: { equals: 'deleted-guide' } },
      overrideAccess: true,
    })
    await source.payload.delete({ collection: 'organizations', id: gap.id, overrideAccess: true })
    await seedDemoContent(source.payload, () => {})
    // Unpublished work and pending jobs must survive too: a draft over a published guide, a new draft, a scheduled publish.
    const [guide] = (await source.payload.find({ collection: 'guides', limit: 1, overrideAccess: true })).docs
    await source.payload.update({
      collection: 'guides',
      id: guide!.id,
      data: { title: 'A draft title the public must not see' },
      draft: true,
      locale: 'en',
      overrideAccess: true,
    })
    const draft = await source.payload.create({
      collection: 'guides',
      data: {
        slug: 'unfinished-draft',
        title: 'Unfinished',
        organization: guide!.organization,
        _status: 'draft',
      },
      draft: true,
      overrideAccess: true,
    })
    await source.payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'guides', value: draft.id as number } },
      waitUntil: new Date(Date.now() + 24 * 60 * 60 * 1000),
    })
    backupFile = path.join(workDir, 'hub.zip')
    manifest = await createBackup(source.payload, { file: backupFile, databaseUri: source.databaseUri })
    sourceSnapshot = await snapshotOf(source.payload, path.join(workDir, 'source-snapshot'))
  })
  afterAll(async () => {
    await source?.close()
    await rm(workDir, { recursive: true, force: true })
  })

  it('holds every collection of the config, so a collection added later is backed up without edits', async () => {
    const slugs = source.payload.config.collections.map((collection) => collection.slug)
    expect(Object.keys(manifest.collections).sort()).toEqual(
      slugs.filter((slug) => !(slug in notBackedUp)).sort(),
    )
    expect(Object.keys(manifest.globals)).toEqual(source.payload.config.globals.map((global) => global.slug))
    for (const slug of slugs.filter((slug) => !(slug in notBackedUp))) {
      const { totalDocs } = await source.payload.db.count({ collection: slug })
      expect(manifest.collections[slug]!.documents, slug).toBe(totalDocs)
    }
    expect(manifest.collections.users!.documents).toBe(demoUsers.length)
    expect(manifest.collections['payload-jobs']!.documents).toBeGreaterThan(0)
    expect(manifest.collections.media!.files).toBeGreaterThan(manifest.collections.media!.documents)
    const { collections } = await readBackup(backupFile).then((backup) => (backup.close(), backup))
    expect(collections.users!.documents.every((user) => user.hash && user.salt)).toBe(true)
  })

  /** Checks that hold whether ids were kept or not: every reference leads to the same document. */
  const itKeepsEveryReference = (restored: () => Payload) => {
    it('points every relationship, upload and rich-text link to the same document as before', async () => {
      for (const collection of [...collectionSlugs, 'users', 'site-builds'] as const) {
        expect(await readable(restored(), collection), collection).toEqual(
          await readable(source.payload, collection),
        )
      }
      const settings = (payload: Payload) =>
        payload.findGlobal({ slug: 'site-settings', depth: 1 }).then((global) => byNaturalKey(global, true))
      expect(await settings(restored())).toEqual(await settings(source.payload))
    })

    it('points a scheduled publish to the same draft as before', async () => {
      const scheduled = async (payload: Payload) => {
        const { docs } = await payload.find({
          collection: 'payload-jobs',
          where: { taskSlug: { equals: 'schedulePublish' } },
          pagination: false,
        })
        const [job] = docs
        const id = (job!.input as { doc: { value: number | string } }).doc.value
        return (await payload.findByID({ collection: 'guides', id, draft: true, overrideAccess: true })).slug
      }
      expect(await scheduled(restored())).toBe('unfinished-draft')
      expect(await scheduled(source.payload)).toBe('unfinished-draft')
    })
  }

  for (const target of databaseTargets) {
    // MongoDB names documents with ObjectIds: the restore gives new ids, which the public snapshot shows.
    const keepsIds = target.kind !== 'mongodb'
    const title = `into an empty ${target.kind} database${target.available ? '' : ` (skipped: ${target.why})`}`
    describe.skipIf(!target.available)(title, () => {
      let restored: TestHub

      beforeAll(async () => {
        restored = await startTestHub(target.kind)
        await restoreBackup(restored.payload, { file: backupFile, databaseUri: restored.databaseUri })
      })
      afterAll(async () => restored?.close())

      it.skipIf(!keepsIds)('gives a public snapshot byte-identical to the original', async () => {
        expect(await snapshotOf(restored.payload, path.join(workDir, `${target.kind}-snapshot`))).toEqual(
          sourceSnapshot,
        )
      })

      it('keeps every document, draft, version and pending job', async () => {
        expect(await contents(restored.payload)).toEqual(await contents(source.payload))
        if (!keepsIds) return
        const original = await source.payload.db.find({
          collection: 'guides',
          locale: 'all',
          pagination: false,
          sort: 'id',
        })
        const copy = await restored.payload.db.find({
          collection: 'guides',
          locale: 'all',
          pagination: false,
          sort: 'id',
        })
        expect(copy.docs).toEqual(original.docs)
        const settings = (payload: Payload) => payload.db.findGlobal({ slug: 'site-settings', locale: 'all' })
        expect(await settings(restored.payload)).toEqual(await settings(source.payload))
      })

      itKeepsEveryReference(() => restored.payload)

      it('keeps the media files byte for byte', async () => {
        expect(await tree(restored.mediaDir)).toEqual(await tree(source.mediaDir))
      })

      it('lets users sign in with their old password', async () => {
        for (const { email } of demoUsers) {
          const { user } = await restored.payload.login({
            collection: 'users',
            data: { email, password: demoPassword },
          })
          expect(user?.email).toBe(email)
        }
      })

      it('gives new documents new ids', async () => {
        const region = await restored.payload.create({
          collection: 'regions',
          data: { slug: 'after-restore', name: 'After restore' },
          overrideAccess: true,
        })
        const ids = (
          await restored.payload.find({ collection: 'regions', pagination: false, overrideAccess: true })
        ).docs
        expect(ids.filter((doc) => doc.id === region.id)).toHaveLength(1)
      })

      it('refuses to restore into the now non-empty database, and changes nothing', async () => {
        const before = await contents(restored.payload)
        await expect(
          restoreBackup(restored.payload, { file: backupFile, databaseUri: restored.databaseUri }),
        ).rejects.toThrow(
          /Restore refused: the target is not empty\. .* holds \d+ guides.*Nothing was changed\./s,
        )
        expect(await contents(restored.payload)).toEqual(before)
      })
    })
  }

  describe('into an empty database with new ids, as between SQL and MongoDB', () => {
    let restored: TestHub

    beforeAll(async () => {
      restored = await startTestHub('sqlite')
      const result = await restoreBackup(restored.payload, {
        file: backupFile,
        databaseUri: restored.databaseUri,
        newIds: true,
      })
      expect(result.keptIds).toBe(false)
    })
    afterAll(async () => restored?.close())

    it('gives the documents other ids than they had', async () => {
      const ids = async (payload: Payload) =>
        (await payload.db.find({ collection: 'organizations', pagination: false, sort: 'id' })).docs.map(
          (doc) => doc.id,
        )
      expect(await ids(restored.payload)).not.toEqual(await ids(source.payload))
    })

    itKeepsEveryReference(() => restored.payload)
  })

  describe('a damaged or incomplete backup', () => {
    let empty: TestHub

    beforeAll(async () => {
      empty = await startTestHub('sqlite')
    })
    afterAll(async () => empty?.close())

    const refusedAndNothingWritten = async (file: string, message: RegExp | string) => {
      await expect(restoreBackup(empty.payload, { file, databaseUri: empty.databaseUri })).rejects.toThrow(
        message,
      )
      for (const [slug, counts] of Object.entries(await contents(empty.payload))) {
        expect(counts, slug).toMatchObject({ documents: 0 })
      }
      expect(await readdir(empty.mediaDir).catch(() => [])).toEqual([])
    }

    /** A copy of the backup with its entries changed by `change` (null leaves one out), the manifest kept. */
    const altered = async (name: string, change: (entry: string, bytes: Buffer) => Buffer | null) => {
      const file = path.join(workDir, name)
      const entries = await zipEntries(backupFile)
      const zip = new ZipFile()
      for (const [entry, bytes] of entries) {
        const changed = change(entry, bytes)
        if (changed) zip.addBuffer(changed, entry)
      }
      zip.end()
      await pipeline(zip.outputStream, createWriteStream(file))
      return file
    }

    it('is refused, naming the file and the entry that does not match its checksum', async () => {
      const file = await altered('damaged.zip', (entry, bytes) =>
        entry === 'collections/users.json'
          ? Buffer.from(bytes.toString().replace('"hash":"', '"hash":"0'))
          : bytes,
      )
      await refusedAndNothingWritten(
        file,
        `${file} is damaged: collections/users.json does not match its checksum in the manifest.`,
      )
    })

    it('is refused, naming the file and the missing entry', async () => {
      const file = await altered('incomplete.zip', (entry, bytes) =>
        entry.startsWith('files/media/') && entry.endsWith('.png') ? null : bytes,
      )
      await refusedAndNothingWritten(
        file,
        new RegExp(`^${file} is incomplete: files/media/.*\\.png is listed`),
      )
    })

    it('is refused when its manifest is not one', async () => {
      const file = await altered('bad-manifest.zip', (entry, bytes) =>
        entry === 'manifest.json' ? Buffer.from(bytes.toString().replace('"createdAt"', '"madeAt"')) : bytes,
      )
      await refusedAndNothingWritten(file, new RegExp(`^${file}: manifest.json is not as expected`))
    })

    it('is refused when it is not a backup at all, or cut short', async () => {
      const notZip = path.join(workDir, 'notes.zip')
      await writeFile(notZip, 'not an archive')
      await refusedAndNothingWritten(notZip, `${notZip} is not a readable backup archive`)
      const truncated = path.join(workDir, 'truncated.zip')
      const bytes = await readFile(backupFile)
      await writeFile(truncated, bytes.subarray(0, bytes.length - 200))
      await refusedAndNothingWritten(truncated, `${truncated} is not a readable backup archive`)
    })
  })
})
