import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { drawSeedPdf } from '../seed/printables'
import { exportSnapshot } from '../snapshot/exportSnapshot'
import { databaseTargets } from '../testing/databases'
import { createOrganization, createUser, guideData } from '../testing/fixtures'
import { startTestHub, type TestHub } from '../testing/testHub'

type User = Awaited<ReturnType<typeof createUser>>

for (const target of databaseTargets) {
  describe.skipIf(!target.available)(
    `media is public only while a published document uses it, on ${target.kind}`,
    () => {
      let hub: TestHub
      let payload: Payload
      let outRoot: string
      let editor: User
      let admin: User
      let organization: number
      const media: Record<'handout' | 'photo' | 'draftOnly' | 'pendingEdit', number> = {
        handout: 0,
        photo: 0,
        draftOnly: 0,
        pendingEdit: 0,
      }
      let guide: number

      const upload = async (name: string) => {
        const data = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#246' } })
          .png()
          .toBuffer()
        return (
          await payload.create({
            collection: 'media',
            data: { alt: name },
            file: { data, mimetype: 'image/png', name: `${name}.png`, size: data.length },
            overrideAccess: true,
          })
        ).id
      }
      const anonymousIds = async () =>
        (await payload.find({ collection: 'media', overrideAccess: false, pagination: false })).docs
          .map((doc) => doc.id)
          .sort()
      const exportedMedia = async (name: string) => {
        const outDir = path.join(outRoot, name)
        await exportSnapshot(payload, { outDir })
        return {
          docs: (await readdir(path.join(outDir, 'media'))).sort(),
          files: (await readdir(path.join(outDir, 'media-files')).catch(() => [])).sort(),
        }
      }

      beforeAll(async () => {
        hub = await startTestHub(target.kind)
        payload = hub.payload
        outRoot = await mkdtemp(path.join(tmpdir(), 'hub-media-in-use-'))
        organization = (await createOrganization(payload, 'owner')).id
        editor = await createUser(payload, 'editor', 'media-editor@test.example', organization)
        admin = await createUser(payload, 'admin', 'media-admin@test.example')
        for (const key of Object.keys(media) as (keyof typeof media)[]) media[key] = await upload(key)
        guide = (
          await payload.create({
            collection: 'guides',
            data: guideData(organization, {
              slug: 'with-downloads',
              downloads: [media.handout, media.photo],
            }),
            overrideAccess: true,
          })
        ).id
        await payload.create({
          collection: 'guides',
          data: guideData(organization, {
            slug: 'draft-only',
            downloads: [media.draftOnly],
            _status: 'draft',
          }),
          draft: true,
          overrideAccess: true,
        })
        await payload.update({
          collection: 'guides',
          id: guide,
          data: { downloads: [media.handout, media.photo, media.pendingEdit] },
          draft: true,
          overrideAccess: true,
        })
      })
      afterAll(async () => {
        await hub?.close()
        await rm(outRoot, { recursive: true, force: true })
      })

      it('lists to anonymous readers only the media of published documents, not of drafts or pending edits', async () => {
        expect(await anonymousIds()).toEqual([media.handout, media.photo].sort())
        await expect(
          payload.findByID({ collection: 'media', id: media.draftOnly, overrideAccess: false }),
        ).rejects.toThrow()
      })

      it('shows signed-in staff every medium', async () => {
        const found = await payload.find({
          collection: 'media',
          overrideAccess: false,
          user: editor,
          pagination: false,
        })
        expect(found.docs.map((doc) => doc.id).sort()).toEqual(Object.values(media).sort())
      })

      it('exports only the media published documents use', async () => {
        const { docs, files } = await exportedMedia('published')
        expect(docs).toEqual([`${media.handout}.json`, `${media.photo}.json`].sort())
        expect(files).toEqual(expect.arrayContaining(['handout.png', 'photo.png']))
        for (const file of files) expect(file).toMatch(/^(handout|photo)[.-]/)
      })

      it('takes a medium off the public API and out of the next snapshot when its last document is unpublished', async () => {
        await payload.update({
          collection: 'guides',
          id: guide,
          data: { _status: 'draft' },
          overrideAccess: true,
        })
        expect(await anonymousIds()).toEqual([])
        const { docs, files } = await exportedMedia('unpublished')
        expect(docs).toEqual([])
        expect(files).toEqual([])
      })

      it("counts the site settings' logo as a use: public and exported while set, private again once cleared", async () => {
        const logo = await upload('logo')
        await payload.updateGlobal({
          slug: 'site-settings',
          data: { logo },
          user: admin,
          overrideAccess: false,
        })
        expect(await anonymousIds()).toContain(logo)
        const { docs, files } = await exportedMedia('logo')
        expect(docs).toEqual([`${logo}.json`])
        expect(files).toContain('logo.png')
        const settings = JSON.parse(await readFile(path.join(outRoot, 'logo', 'settings.json'), 'utf8'))
        expect(settings.logo).toBe(logo)

        await payload.updateGlobal({
          slug: 'site-settings',
          data: { logo: null },
          user: admin,
          overrideAccess: false,
        })
        expect(await anonymousIds()).not.toContain(logo)
        expect((await exportedMedia('no-logo')).docs).toEqual([])
      })

      it('refuses a PDF as the logo, naming the field, and keeps the settings as they were', async () => {
        const data = await drawSeedPdf({
          key: 'not-a-logo',
          palette: ['#000000', '#ffffff'],
          headline: 'Not a logo',
          lines: ['A PDF.'],
          alt: { en: 'A PDF.' },
          credit: 'Tests',
        })
        const pdf = await payload.create({
          collection: 'media',
          data: { alt: 'A PDF.' },
          file: { data, mimetype: 'application/pdf', name: 'not-a-logo.pdf', size: data.length },
          overrideAccess: true,
        })
        await expect(
          payload.updateGlobal({
            slug: 'site-settings',
            data: { logo: pdf.id },
            user: admin,
            overrideAccess: false,
          }),
        ).rejects.toMatchObject({
          data: {
            errors: [
              expect.objectContaining({ path: 'logo', message: expect.stringContaining('must be an image') }),
            ],
          },
        })
        expect((await payload.findGlobal({ slug: 'site-settings', depth: 0 })).logo ?? null).toBeNull()
      })
    },
  )
}
