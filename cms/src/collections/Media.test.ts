import { execFileSync } from 'node:child_process'
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { PDFDocument } from 'pdf-lib'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { exportSnapshot } from '../snapshot/exportSnapshot'
import { databaseTargets } from '../testing/databases'
import { createOrganization, guideData } from '../testing/fixtures'
import { startTestHub, type TestHub } from '../testing/testHub'
import { leakMarkers, leakyPdf, pdfAsText, photoWithGps } from '../testing/uploads'

/** A small valid PDF with nothing to clean. */
async function plainPdf(): Promise<Buffer> {
  const document = await PDFDocument.create()
  document.addPage([200, 200]).drawText('Handout', { x: 20, y: 100 })
  return Buffer.from(await document.save())
}

/** The PDF encrypted with a password by qpdf. */
async function encryptedPdf(): Promise<Buffer> {
  const dir = await mkdtemp(path.join(tmpdir(), 'hub-encrypted-'))
  try {
    await writeFile(path.join(dir, 'in.pdf'), await plainPdf())
    execFileSync('qpdf', ['--encrypt', 'user-pw', 'owner-pw', '256', '--', 'in.pdf', 'out.pdf'], { cwd: dir })
    return await readFile(path.join(dir, 'out.pdf'))
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

for (const target of databaseTargets) {
  describe.skipIf(!target.available)(`media uploads on ${target.kind}`, () => {
    let hub: TestHub

    beforeAll(async () => {
      hub = await startTestHub(target.kind)
    })
    afterAll(async () => hub?.close())

    const mediaCount = async () =>
      (await hub.payload.count({ collection: 'media', overrideAccess: true })).totalDocs

    it('stores no EXIF or GPS metadata, in the original or any size', async () => {
      const original = await photoWithGps()
      const before = await sharp(original).metadata()
      expect(before.exif?.toString('latin1')).toContain('PhoneMaker')

      const media = await hub.payload.create({
        collection: 'media',
        data: { alt: 'A warm brown square' },
        file: { data: original, mimetype: 'image/jpeg', name: 'shelter-photo.jpg', size: original.length },
        overrideAccess: true,
      })
      const stored = await readdir(hub.mediaDir)
      expect(stored).toContain(media.filename)
      expect(stored.length).toBeGreaterThan(1)
      for (const name of stored) {
        const bytes = await readFile(path.join(hub.mediaDir, name))
        const metadata = await sharp(bytes).metadata()
        expect(metadata.exif, `${name} keeps EXIF`).toBeUndefined()
        expect(bytes.toString('latin1')).not.toContain('PhoneMaker')
        expect(bytes.toString('latin1')).not.toContain('Volunteer Name')
      }
    })

    it('refuses a file that is not an image or PDF, whatever its name says, and stores nothing', async () => {
      const before = await mediaCount()
      const notAnImage = Buffer.from('#!/bin/sh\necho "this is a script"\n')
      await expect(
        hub.payload.create({
          collection: 'media',
          data: { alt: 'Pretends to be a photo' },
          file: { data: notAnImage, mimetype: 'image/jpeg', name: 'holiday.jpg', size: notAnImage.length },
          overrideAccess: true,
        }),
      ).rejects.toMatchObject({
        data: {
          errors: [
            expect.objectContaining({ path: 'file', message: expect.stringContaining('holiday.jpg') }),
          ],
        },
      })
      expect(await mediaCount()).toBe(before)
      expect((await readdir(hub.mediaDir).catch(() => [])).some((name) => name.startsWith('holiday'))).toBe(
        false,
      )
    })

    const uploadPdf = (data: Buffer, name: string) =>
      hub.payload.create({
        collection: 'media',
        data: { alt: 'A handout' },
        file: { data, mimetype: 'text/html', name, size: data.length },
        overrideAccess: true,
      })

    it('stores a PDF named like a web page under a .pdf name, keeping names unique', async () => {
      const pdf = await plainPdf()
      const first = await uploadPdf(pdf, 'poly.html')
      const second = await uploadPdf(pdf, 'poly.html')
      expect(first).toMatchObject({ filename: 'poly.pdf', mimeType: 'application/pdf' })
      expect(second.filename).toBe('poly-1.pdf')
      const stored = await readdir(hub.mediaDir)
      expect(stored).toEqual(expect.arrayContaining(['poly.pdf', 'poly-1.pdf']))
      expect(stored.some((name) => name.endsWith('.html'))).toBe(false)
      expect((await readFile(path.join(hub.mediaDir, 'poly.pdf'))).subarray(0, 5).toString()).toBe('%PDF-')
    })

    it('rewrites an uploaded PDF without metadata, scripts, attachments or photo EXIF, keeping its links', async () => {
      const original = await leakyPdf()
      const before = pdfAsText(original)
      for (const marker of Object.values(leakMarkers)) expect(before, marker).toContain(marker)

      const media = await uploadPdf(original, 'handout.pdf')
      const stored = await readFile(path.join(hub.mediaDir, media.filename!))
      expect(media.filesize).toBe(stored.length)
      const after = pdfAsText(stored)
      for (const marker of Object.values(leakMarkers)) expect(after, marker).not.toContain(marker)
      for (const key of ['/Author', '/Producer', '/OpenAction', '/JavaScript', '/EmbeddedFiles', 'Exif'])
        expect(after, key).not.toContain(key)
      expect(after).toContain('/DCTDecode')
      expect(after).toContain('https://www.example.org/rights')

      // Once a published guide offers it, the snapshot (the site's source) carries the cleaned file.
      const organization = await createOrganization(hub.payload, 'handout-owner')
      await hub.payload.create({
        collection: 'guides',
        data: guideData(organization.id, { slug: 'handout-guide', downloads: [media.id] }),
        overrideAccess: true,
      })
      const outDir = await mkdtemp(path.join(tmpdir(), 'hub-media-snapshot-'))
      try {
        await exportSnapshot(hub.payload, { outDir: path.join(outDir, 'snapshot') })
        const copy = await readFile(path.join(outDir, 'snapshot', 'media-files', media.filename!))
        expect(copy.equals(stored)).toBe(true)
      } finally {
        await rm(outDir, { recursive: true, force: true })
      }
    })

    it('refuses an encrypted PDF with a clear message and stores nothing', async () => {
      const before = await mediaCount()
      await expect(uploadPdf(await encryptedPdf(), 'locked.pdf')).rejects.toMatchObject({
        data: {
          errors: [
            expect.objectContaining({
              path: 'file',
              message: expect.stringMatching(/"locked\.pdf" was not stored: it is encrypted/),
            }),
          ],
        },
      })
      expect(await mediaCount()).toBe(before)
      expect((await readdir(hub.mediaDir)).some((name) => name.startsWith('locked'))).toBe(false)
    })

    it('requires alt text', async () => {
      const image = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#000' } })
        .png()
        .toBuffer()
      const before = await mediaCount()
      await expect(
        hub.payload.create({
          collection: 'media',
          data: {} as { alt: string },
          file: { data: image, mimetype: 'image/png', name: 'no-alt.png', size: image.length },
          overrideAccess: true,
        }),
      ).rejects.toMatchObject({ data: { errors: [expect.objectContaining({ path: 'alt' })] } })
      expect(await mediaCount()).toBe(before)
    })

    it('refuses an image that shows people without recorded consent', async () => {
      const image = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#333' } })
        .png()
        .toBuffer()
      await expect(
        hub.payload.create({
          collection: 'media',
          data: { alt: 'Two people at a workshop', showsPeople: true, consentRecorded: false },
          file: { data: image, mimetype: 'image/png', name: 'people.png', size: image.length },
          overrideAccess: true,
        }),
      ).rejects.toMatchObject({ data: { errors: [expect.objectContaining({ path: 'consentRecorded' })] } })
    })
  })
}
