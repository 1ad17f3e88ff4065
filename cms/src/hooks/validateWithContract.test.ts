import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { databaseTargets } from '../testing/databases'
import { createOrganization, guideData } from '../testing/fixtures'
import { startTestHub, type TestHub } from '../testing/testHub'

for (const target of databaseTargets) {
  describe.skipIf(!target.available)(`saving against the content contract on ${target.kind}`, () => {
    let hub: TestHub
    let organization: number

    beforeAll(async () => {
      hub = await startTestHub(target.kind)
      organization = (await createOrganization(hub.payload, 'contract-org')).id
    })
    afterAll(async () => hub?.close())

    const guideCount = async () =>
      (await hub.payload.count({ collection: 'guides', overrideAccess: true })).totalDocs

    it('publishes a valid guide', async () => {
      const created = await hub.payload.create({
        collection: 'guides',
        data: guideData(organization, { slug: 'valid-guide' }),
        overrideAccess: true,
      })
      expect(created._status).toBe('published')
    })

    it('refuses a malformed slug with a message on the slug field and stores nothing', async () => {
      const before = await guideCount()
      await expect(
        hub.payload.create({
          collection: 'guides',
          data: guideData(organization, { slug: 'Know Your Rights!' }),
          overrideAccess: true,
        }),
      ).rejects.toMatchObject({
        data: {
          errors: [expect.objectContaining({ path: 'slug', message: expect.stringContaining('lowercase') })],
        },
      })
      expect(await guideCount()).toBe(before)
    })

    it('refuses a duplicate slug, naming the document that has it, and stores nothing', async () => {
      await hub.payload.create({
        collection: 'guides',
        data: guideData(organization, { slug: 'taken-slug' }),
        overrideAccess: true,
      })
      const before = await guideCount()
      const attempt = hub.payload.create({
        collection: 'guides',
        data: guideData(organization, { slug: 'taken-slug', title: 'Another guide' }),
        overrideAccess: true,
      })
      await expect(attempt).rejects.toMatchObject({
        data: {
          errors: [
            expect.objectContaining({ path: 'slug', message: expect.stringContaining('already used') }),
          ],
        },
      })
      expect(await guideCount()).toBe(before)
    })

    it('refuses a quote published without recorded consent, and the guide keeps its published text', async () => {
      const { lexical } = await import('@hub/content-schemas')
      const guide = await hub.payload.create({
        collection: 'guides',
        data: guideData(organization, { slug: 'quote-guide' }),
        overrideAccess: true,
      })
      const badBody = lexical.doc(
        lexical.block({
          blockType: 'consentedQuote',
          quote: 'My words',
          attribution: 'A worker',
          consentRecorded: false as true,
        }),
      )
      await expect(
        hub.payload.update({
          collection: 'guides',
          id: guide.id,
          data: { body: badBody, title: 'Changed title', _status: 'published' } as never,
          overrideAccess: true,
        }),
      ).rejects.toMatchObject({
        data: {
          errors: expect.arrayContaining([
            expect.objectContaining({
              path: expect.stringMatching(/^body/),
              message: expect.stringContaining('consent'),
            }),
          ]),
        },
      })
      const stored = await hub.payload.findByID({ collection: 'guides', id: guide.id, overrideAccess: true })
      expect(stored.title).toBe('Test guide')
    })

    it('accepts an incomplete draft, because drafts are work in progress', async () => {
      const draft = await hub.payload.create({
        collection: 'guides',
        data: { slug: 'unfinished', title: 'Unfinished', organization, _status: 'draft' },
        draft: true,
        overrideAccess: true,
      })
      expect(draft._status).toBe('draft')
    })

    it('refuses a hotline phone number that is not a phone number', async () => {
      await expect(
        hub.payload.create({
          collection: 'hotlines',
          data: {
            slug: 'bad-phone',
            name: 'Line',
            phone: 'call us maybe',
            hours: '24/7',
            reviewBy: '2027-01-01',
            _status: 'published',
          },
          overrideAccess: true,
        }),
      ).rejects.toMatchObject({ data: { errors: [expect.objectContaining({ path: 'phone' })] } })
    })
  })
}
