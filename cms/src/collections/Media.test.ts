import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'

import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { databaseTargets } from '../testing/databases'
import { startTestHub, type TestHub } from '../testing/testHub'

/** A JPEG carrying camera and GPS EXIF tags, like a phone photo taken at a shelter's address. */
async function photoWithGps(): Promise<Buffer> {
  return sharp({ create: { width: 64, height: 48, channels: 3, background: '#b05a3c' } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'PhoneMaker', Model: 'Model 7', Artist: 'Volunteer Name' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '18/1 47/1 0/1',
        GPSLongitudeRef: 'E',
        GPSLongitude: '98/1 59/1 0/1',
      },
    })
    .toBuffer()
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
