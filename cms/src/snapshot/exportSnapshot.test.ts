import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { PDFDocument } from 'pdf-lib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { manifest as manifestSchema, siteSettings } from '@hub/content-schemas'

import { seedDemoContent } from '../seed/seed'
import { guideData } from '../testing/fixtures'
import { startTestHub, type TestHub } from '../testing/testHub'
import { exportSnapshot } from './exportSnapshot'

const DRAFT_MARKER = 'UNPUBLISHED-DRAFT-91c4e2'

async function readTree(root: string): Promise<Map<string, string>> {
  const files = new Map<string, string>()
  const walk = async (dir: string) => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) await walk(full)
      else files.set(path.relative(root, full), (await readFile(full)).toString('latin1'))
    }
  }
  await walk(root)
  return files
}

describe('exporting the snapshot', () => {
  let hub: TestHub
  let outRoot: string

  beforeAll(async () => {
    hub = await startTestHub('sqlite')
    await seedDemoContent(hub.payload, () => {})
    const organization = (
      await hub.payload.find({ collection: 'organizations', limit: 1, overrideAccess: true })
    ).docs[0]!
    await hub.payload.create({
      collection: 'guides',
      data: guideData(organization.id as number, {
        slug: 'secret-draft',
        title: DRAFT_MARKER,
        _status: 'draft',
      }),
      draft: true,
      overrideAccess: true,
    })
    const published = (await hub.payload.find({ collection: 'guides', limit: 1, overrideAccess: true }))
      .docs[0]!
    await hub.payload.update({
      collection: 'guides',
      id: published.id,
      data: { summary: `Pending edit ${DRAFT_MARKER}` },
      draft: true,
      overrideAccess: true,
    })
    outRoot = await mkdtemp(path.join(tmpdir(), 'hub-snapshot-'))
  })

  afterAll(async () => {
    await hub?.close()
    await rm(outRoot, { recursive: true, force: true })
  })

  it('writes a manifest, one file per published document, and the media files', async () => {
    const outDir = path.join(outRoot, 'first')
    const { manifest } = await exportSnapshot(hub.payload, { outDir })
    expect(
      manifestSchema.parse(JSON.parse(await readFile(path.join(outDir, 'manifest.json'), 'utf8'))),
    ).toEqual(manifest)
    expect(manifest.locales).toEqual(['en', 'es', 'fr', 'ar', 'th'])
    expect(manifest.counts.guides).toBe(4)
    expect(await readdir(path.join(outDir, 'guides'))).toContain('recognising-the-signs-of-trafficking.json')
    const guide = JSON.parse(
      await readFile(path.join(outDir, 'guides', 'recognising-the-signs-of-trafficking.json'), 'utf8'),
    )
    expect(Object.keys(guide.title)).toEqual(['en', 'es', 'fr', 'ar', 'th'])
    expect((await readdir(path.join(outDir, 'media-files'))).length).toBeGreaterThanOrEqual(
      manifest.counts.media,
    )
  })

  it('leaves out drafts, pending draft edits, versions and users', async () => {
    const files = await readTree(path.join(outRoot, 'first'))
    for (const [name, content] of files) expect(content, name).not.toContain(DRAFT_MARKER)
    expect([...files.keys()].some((name) => name.startsWith('users'))).toBe(false)
    expect([...files.values()].some((content) => content.includes('@hub.example'))).toBe(false)
  })

  it('is byte-identical when nothing changed', async () => {
    const second = path.join(outRoot, 'second')
    await exportSnapshot(hub.payload, { outDir: second })
    expect(await readTree(second)).toEqual(await readTree(path.join(outRoot, 'first')))
  })

  it('carries unchanged documents over from the previous snapshot and exports only what changed', async () => {
    const outDir = path.join(outRoot, 'incremental')
    await exportSnapshot(hub.payload, { outDir })
    const guides = (await hub.payload.find({ collection: 'guides', sort: 'id', overrideAccess: true })).docs
    const [changed, unchanged] = [guides[0]!, guides[1]!]
    const file = (slug: string) => path.join(outDir, 'guides', `${slug}.json`)
    const before = await stat(file(unchanged.slug))
    const [mediaFile] = (await readdir(path.join(outDir, 'media-files'))).sort()
    const mediaBefore = await stat(path.join(outDir, 'media-files', mediaFile!))
    await hub.payload.update({
      collection: 'guides',
      id: changed.id,
      data: { summary: 'A corrected summary.' },
      overrideAccess: true,
    })
    const result = await exportSnapshot(hub.payload, { outDir, reuse: true })
    expect(result.exported).toBe(1)
    expect(result.reused).toBe(
      Object.values(result.manifest.counts).reduce((sum, count) => sum + count, 0) - 1,
    )
    expect((await stat(file(unchanged.slug))).ino).toBe(before.ino)
    expect((await stat(path.join(outDir, 'media-files', mediaFile!))).ino).toBe(mediaBefore.ino)
    expect(JSON.parse(await readFile(file(changed.slug), 'utf8')).summary.en).toBe('A corrected summary.')
    // Neither the new snapshot's working folder nor the replaced snapshot is left beside it.
    expect((await readdir(outRoot)).filter((name) => name.startsWith('incremental.'))).toEqual([])
    const full = path.join(outRoot, 'incremental-full')
    await exportSnapshot(hub.payload, { outDir: full })
    expect(await readTree(outDir)).toEqual(await readTree(full))
  })

  it('writes the hotline Site settings choose for each language, and none where a language has none', async () => {
    const idOf = async (slug: string) =>
      (
        await hub.payload.find({
          collection: 'hotlines',
          where: { slug: { equals: slug } },
          overrideAccess: true,
        })
      ).docs[0]!.id
    const settingsOf = async (outDir: string) => {
      await exportSnapshot(hub.payload, { outDir })
      return siteSettings.parse(JSON.parse(await readFile(path.join(outDir, 'settings.json'), 'utf8')))
    }
    const us = await idOf('us-national-human-trafficking-hotline')
    const seeded = await settingsOf(path.join(outRoot, 'settings-seeded'))
    expect(seeded.hotline).toMatchObject({ en: us, es: us, th: await idOf('mekong-worker-helpline') })
    expect(seeded.hotline?.ar ?? null).toBeNull()

    const gulf = await idOf('gulf-migrant-worker-line')
    await hub.payload.updateGlobal({ slug: 'site-settings', locale: 'ar', data: { hotline: gulf } })
    try {
      const chosen = await settingsOf(path.join(outRoot, 'settings-arabic'))
      expect(chosen.hotline).toMatchObject({ en: us, ar: gulf })
    } finally {
      await hub.payload.updateGlobal({ slug: 'site-settings', locale: 'ar', data: { hotline: null } })
    }
  })

  describe('a PDF where the site shows a picture', () => {
    let pdf: number
    let kit: { id: number; slug: string; poster?: unknown }

    beforeAll(async () => {
      const document = await PDFDocument.create()
      document.addPage([200, 200])
      const data = Buffer.from(await document.save())
      pdf = (
        await hub.payload.create({
          collection: 'media',
          data: { alt: 'A flyer' },
          file: { data, mimetype: 'application/pdf', name: 'flyer.pdf', size: data.length },
          overrideAccess: true,
        })
      ).id
      kit = (
        await hub.payload.find({
          collection: 'screening-kits',
          limit: 1,
          sort: 'id',
          depth: 0,
          overrideAccess: true,
        })
      ).docs[0] as typeof kit
    })

    it('is refused as a kit poster, with a message naming the field', async () => {
      await expect(
        hub.payload.update({
          collection: 'screening-kits',
          id: kit.id,
          data: { poster: pdf },
          overrideAccess: true,
        }),
      ).rejects.toMatchObject({
        data: {
          errors: [
            expect.objectContaining({
              path: 'poster',
              message: expect.stringMatching(/^The poster must be an image .*"flyer\.pdf" is a PDF/),
            }),
          ],
        },
      })
    })

    it('stops the export, naming the document, the field and the fix, and keeps the previous snapshot', async () => {
      const outDir = path.join(outRoot, 'first')
      const before = await readTree(outDir)
      // Written straight to the database, as a hub from before the check could hold it.
      await hub.payload.db.updateOne({
        collection: 'screening-kits',
        where: { id: { equals: kit.id } },
        data: { poster: pdf },
      })
      try {
        await expect(exportSnapshot(hub.payload, { outDir })).rejects.toThrow(
          `screening-kits "${kit.slug}" (id ${kit.id}): poster uses media ${pdf} ("flyer.pdf"), a PDF, but the site shows this field as a picture. Choose an image (JPEG, PNG, WebP or AVIF) for poster in the CMS and publish again.`,
        )
        expect(await readTree(outDir)).toEqual(before)
      } finally {
        await hub.payload.db.updateOne({
          collection: 'screening-kits',
          where: { id: { equals: kit.id } },
          data: { poster: kit.poster },
        })
      }
    })
  })

  it('stops on a CMS field the contract lacks, instead of leaving it out of the snapshot', async () => {
    const outDir = path.join(outRoot, 'cms-only-field')
    await exportSnapshot(hub.payload, { outDir })
    const before = await readTree(outDir)
    // A field added to the CMS alone, as a developer might add one without touching the contract.
    const guides = hub.payload.config.collections.find((collection) => collection.slug === 'guides')!
    guides.fields.push({ name: 'internalNote', type: 'text' })
    try {
      await expect(exportSnapshot(hub.payload, { outDir })).rejects.toThrow(
        /The export stopped[^]*guides\.internalNote: in the CMS but not in the contract, so the export would drop it/,
      )
      expect(await readTree(outDir)).toEqual(before)
    } finally {
      guides.fields.pop()
    }
  })

  it('stops on a published document that breaks the contract, naming it, and keeps the previous snapshot', async () => {
    const outDir = path.join(outRoot, 'first')
    const before = await readTree(outDir)
    const guide = (
      await hub.payload.find({ collection: 'guides', limit: 1, sort: 'id', overrideAccess: true })
    ).docs[0]!
    // Written straight to the database, as an old import or a manual fix could, bypassing the CMS's checks.
    await hub.payload.db.updateOne({
      collection: 'guides',
      where: { id: { equals: guide.id } },
      data: { slug: 'Not A Slug' },
    })
    await expect(exportSnapshot(hub.payload, { outDir })).rejects.toThrow(
      /guides "Not A Slug" \(id \d+\): slug: Use lowercase/,
    )
    expect(await readTree(outDir)).toEqual(before)
  })
})
