import { cp, mkdtemp, readFile, rm, unlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { packSnapshot, readPackedSnapshot, readSnapshot, readSnapshotAhead } from './readSnapshot'

const fixture = path.resolve(import.meta.dirname, '..', '..', '..', 'tests', 'fixtures', 'snapshot')
const guideFile = path.join('guides', 'recognising-the-signs-of-trafficking.json')

describe('reading the snapshot', () => {
  let root: string

  beforeEach(async () => {
    root = await mkdtemp(path.join(tmpdir(), 'hub-snapshot-read-'))
    await cp(fixture, root, { recursive: true })
  })
  afterEach(async () => rm(root, { recursive: true, force: true }))

  const editGuide = async (edit: (guide: Record<string, any>) => void) => {
    const file = path.join(root, guideFile)
    const guide = JSON.parse(await readFile(file, 'utf8'))
    edit(guide)
    await writeFile(file, JSON.stringify(guide))
  }

  it('reads and validates the fixture, with Arabic and Thai content', async () => {
    const snapshot = await readSnapshot(root)
    expect(snapshot.manifest.locales).toEqual(['en', 'es', 'fr', 'ar', 'th'])
    const guide = snapshot.documents.guides.find((doc) => doc.slug === 'recognising-the-signs-of-trafficking')
    expect(guide?.title.th).toBeTruthy()
    expect(guide?.title.ar).toBeTruthy()
  })

  it('names the file of a document that is not JSON', async () => {
    await writeFile(path.join(root, guideFile), '{ "slug": "recognising-the-signs-of-trafficking", ')
    const error: Error = await readSnapshot(root).catch((failure) => failure)
    expect(error.message).toContain(`Snapshot ${guideFile}: not valid JSON`)
    expect(error.message).toContain('Export the snapshot again (pnpm export)')
  })

  it('names the file and field of a missing required field', async () => {
    await editGuide((guide) => delete guide.reviewBy)
    await expect(readSnapshot(root)).rejects.toThrow(`Snapshot ${guideFile}: reviewBy:`)
  })

  it('names the file, field and locale of a missing English value', async () => {
    await editGuide((guide) => delete guide.summary.en)
    await expect(readSnapshot(root)).rejects.toThrow(`Snapshot ${guideFile}: summary (en):`)
  })

  it('names the file, field and the unknown locale', async () => {
    await editGuide((guide) => (guide.title.de = 'Anzeichen erkennen'))
    await expect(readSnapshot(root)).rejects.toThrow(
      /Snapshot guides\/recognising-the-signs-of-trafficking\.json: title: Unknown locale or field "de"/,
    )
  })

  it('refuses a manifest of another schema version', async () => {
    const file = path.join(root, 'manifest.json')
    const manifest = JSON.parse(await readFile(file, 'utf8'))
    await writeFile(file, JSON.stringify({ ...manifest, schemaVersion: 99 }))
    await expect(readSnapshot(root)).rejects.toThrow(
      /Snapshot manifest\.json: schemaVersion: This snapshot was written for another schema version/,
    )
  })

  describe('packed into one file, as a release keeps it', () => {
    const packed = () => path.join(root, 'release-snapshot.json')

    it('reads back as the folder reads, media left out, and stays as it was when the folder changes', async () => {
      await packSnapshot(root, packed())
      const pack = JSON.parse(await readFile(packed(), 'utf8'))
      expect(Object.keys(pack)).toContain(guideFile)
      expect(Object.keys(pack).filter((name) => name.startsWith('media-files'))).toEqual([])
      const fromFolder = await readSnapshot(root)
      expect(await readPackedSnapshot(packed())).toEqual(fromFolder)
      // An export replaces the folder; a file edited in place must not reach a release either.
      await editGuide((guide) => (guide.title.en = 'Edited after the build'))
      expect(await readPackedSnapshot(packed())).toEqual(fromFolder)
    })

    it('names the packed file when it is missing or not JSON, and a document in it that is invalid', async () => {
      await expect(readPackedSnapshot(packed())).rejects.toThrow(
        'Snapshot release-snapshot.json: the file is missing. Build the site again (pnpm build)',
      )
      await writeFile(packed(), '{ "manifest.json": ')
      await expect(readPackedSnapshot(packed())).rejects.toThrow(
        /Snapshot release-snapshot\.json: not valid JSON \(.+\)\. Build the site again/,
      )
      await editGuide((guide) => delete guide.reviewBy)
      await packSnapshot(root, packed())
      await expect(readPackedSnapshot(packed())).rejects.toThrow(`Snapshot ${guideFile}: reviewBy:`)
    })
  })

  describe('ahead of a publish', () => {
    const slugs = (documents: { slug?: string }[]) => documents.map((doc) => doc.slug)

    it('reads again only the files the publish changed, added or removed', async () => {
      const ahead = readSnapshotAhead(root)!
      const file = path.join(root, guideFile)
      const guide = JSON.parse(await readFile(file, 'utf8'))
      await writeFile(
        file,
        JSON.stringify({ ...guide, summary: { ...guide.summary, en: 'Changed ahead zq' } }),
      )
      await writeFile(
        path.join(root, 'guides', 'added-after.json'),
        JSON.stringify({ ...guide, id: 9001, slug: 'added-after' }),
      )
      const [removed] = ahead.documents.posts
      await unlink(path.join(root, 'posts', `${removed!.slug}.json`))

      const read = await readSnapshot(root)
      expect(read).toEqual(await readSnapshot(root))
      const changed = read.documents.guides.find((doc) => doc.slug === guide.slug)!
      expect(changed.summary.en).toBe('Changed ahead zq')
      expect(slugs(read.documents.guides)).toContain('added-after')
      expect(slugs(read.documents.posts)).not.toContain(removed!.slug)
      // Unchanged files are the documents read ahead, not read again.
      expect(read.documents.topics[0]).toBe(ahead.documents.topics[0])
      expect(read.settings).toBe(ahead.settings)
      expect(changed).not.toBe(ahead.documents.guides.find((doc) => doc.slug === guide.slug))
    })

    it('leaves a damaged file to the read of the build, which names it', async () => {
      await writeFile(path.join(root, guideFile), '{ "slug": ')
      expect(readSnapshotAhead(root)).toBeUndefined()
      const error: Error = await readSnapshot(root).catch((failure) => failure)
      expect(error.message).toContain(`Snapshot ${guideFile}: not valid JSON`)
    })

    it('reads a file mended after the read ahead, and another folder in full', async () => {
      const file = path.join(root, guideFile)
      const text = await readFile(file, 'utf8')
      await writeFile(file, '{ "slug": ')
      readSnapshotAhead(root)
      await writeFile(file, text)
      expect(slugs((await readSnapshot(root)).documents.guides)).toContain(
        'recognising-the-signs-of-trafficking',
      )
      const ahead = readSnapshotAhead(root)!
      const other = await readSnapshot(fixture)
      expect(other).toEqual(ahead)
      expect(other.settings).not.toBe(ahead.settings)
    })
  })
})
