import { execFileSync } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { publicMediaIds } from '../publishing/mediaInUse'
import { drawSeedPdf } from '../seed/printables'
import { exportSnapshot } from '../snapshot/exportSnapshot'
import { databaseTargets } from '../testing/databases'
import { createOrganization } from '../testing/fixtures'
import { startTestHub, type TestHub } from '../testing/testHub'

for (const target of databaseTargets) {
  describe.skipIf(!target.available)(
    `outreach materials and volunteer opportunities on ${target.kind}`,
    () => {
      let hub: TestHub
      let organization: number
      let pdf: { id: number; filename: string }

      beforeAll(async () => {
        hub = await startTestHub(target.kind)
        organization = (await createOrganization(hub.payload, 'outreach-org')).id
        const data = await drawSeedPdf({
          key: 'test-poster',
          palette: ['#000000', '#ffffff'],
          headline: 'Test poster',
          lines: ['One line.'],
          alt: { en: 'A test poster.' },
          credit: 'Tests',
        })
        const media = await hub.payload.create({
          collection: 'media',
          data: { alt: 'A test poster.' },
          file: { data, mimetype: 'application/pdf', name: 'test-poster.pdf', size: data.length },
          overrideAccess: true,
        })
        pdf = { id: media.id, filename: media.filename! }
      })
      afterAll(async () => hub?.close())

      const material = (overrides: Record<string, unknown> = {}) => ({
        slug: 'test-poster',
        title: 'Test poster',
        summary: 'A poster for the tests.',
        organization,
        reviewBy: '2027-06-01',
        kind: 'poster' as const,
        placement: 'Notice boards.',
        files: [{ language: 'en', file: pdf.id }],
        _status: 'published' as const,
        ...overrides,
      })
      const count = async (collection: 'outreach-materials' | 'volunteer-opportunities') =>
        (await hub.payload.count({ collection, overrideAccess: true })).totalDocs

      it('refuses to publish a material without a file, naming the field, and stores nothing', async () => {
        const before = await count('outreach-materials')
        await expect(
          hub.payload.create({
            collection: 'outreach-materials',
            data: material({ files: [] }),
            overrideAccess: true,
          }),
        ).rejects.toMatchObject({
          data: { errors: [expect.objectContaining({ path: 'files' })] },
        })
        expect(await count('outreach-materials')).toBe(before)
      })

      it('refuses two files in one language with the contract’s message', async () => {
        const files = [
          { language: 'en', file: pdf.id },
          { language: 'en', file: pdf.id },
        ]
        await expect(
          hub.payload.create({
            collection: 'outreach-materials',
            data: material({ files }),
            overrideAccess: true,
          }),
        ).rejects.toMatchObject({
          data: {
            errors: [
              expect.objectContaining({ path: 'files', message: expect.stringContaining('same language') }),
            ],
          },
        })
      })

      it('makes a material’s PDF public once the material is published, and exports it as a valid PDF', async () => {
        expect(await publicMediaIds(hub.payload)).not.toContain(pdf.id)
        await hub.payload.create({ collection: 'outreach-materials', data: material(), overrideAccess: true })
        expect(await publicMediaIds(hub.payload)).toContain(pdf.id)
        const outDir = await mkdtemp(path.join(tmpdir(), 'hub-outreach-'))
        try {
          await exportSnapshot(hub.payload, { outDir: path.join(outDir, 'snapshot') })
          const exported = JSON.parse(
            await readFile(path.join(outDir, 'snapshot', 'outreach-materials', 'test-poster.json'), 'utf8'),
          )
          expect(exported.files).toEqual([expect.objectContaining({ language: 'en', file: pdf.id })])
          const file = path.join(outDir, 'snapshot', 'media-files', pdf.filename)
          expect(execFileSync('pdfinfo', [file]).toString()).toMatch(/Pages:\s+1/)
        } finally {
          await rm(outDir, { recursive: true, force: true })
        }
      })

      it('refuses a closing date that is not a date, naming the field, and stores nothing', async () => {
        const before = await count('volunteer-opportunities')
        await expect(
          hub.payload.create({
            collection: 'volunteer-opportunities',
            data: {
              slug: 'test-role',
              title: 'Test role',
              summary: 'A role for the tests.',
              organization,
              reviewBy: '2027-06-01',
              commitment: '2 hours a week',
              workplace: 'remote',
              howToApply: 'Write to us.',
              closingDate: 'end of January',
              _status: 'published',
            },
            overrideAccess: true,
          }),
        ).rejects.toMatchObject({
          data: {
            errors: expect.arrayContaining([
              expect.objectContaining({ path: 'closingDate', message: 'Use a date in the form YYYY-MM-DD.' }),
            ]),
          },
        })
        expect(await count('volunteer-opportunities')).toBe(before)
      })

      it('edits a published role whose training box was never ticked', async () => {
        const role = await hub.payload.create({
          collection: 'volunteer-opportunities',
          data: {
            slug: 'untouched-training',
            title: 'Untouched training',
            summary: 'A role saved without answering the training question.',
            organization,
            reviewBy: '2027-06-01',
            commitment: '2 hours a week',
            workplace: 'remote',
            howToApply: 'Write to us.',
            _status: 'published',
          },
          overrideAccess: true,
        })
        expect(role.trainingRequired).toBe(false)
        const edited = await hub.payload.update({
          collection: 'volunteer-opportunities',
          id: role.id,
          data: { title: 'Untouched training, edited' },
          overrideAccess: true,
        })
        expect(edited.title).toBe('Untouched training, edited')
      })
    },
  )
}
