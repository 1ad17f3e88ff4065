import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { lexical } from '@hub/content-schemas'

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

    const counts = async () => ({
      guides: await guideCount(),
      versions: (await hub.payload.countVersions({ collection: 'guides', overrideAccess: true })).totalDocs,
      builds: (await hub.payload.count({ collection: 'payload-jobs', overrideAccess: true })).totalDocs,
    })

    const bodyWithBareLink = async () => {
      const { lexical } = await import('@hub/content-schemas')
      return lexical.doc(
        lexical.p('One.'),
        lexical.p('Two.'),
        lexical.p('Three.'),
        lexical.p('Ask ', lexical.link('the Harbor Alliance', 'www.harbor-alliance.org'), ' for help.'),
      )
    }
    const bareLinkMessage =
      'The link \'www.harbor-alliance.org\' in paragraph 4 ("Ask the Harbor Alliance for help.") needs https:// at the start'

    it('refuses a new guide whose link needs https://: no row, no version, no queued build', async () => {
      const before = await counts()
      await expect(
        hub.payload.create({
          collection: 'guides',
          data: guideData(organization, { slug: 'bare-link', body: await bodyWithBareLink() }),
          overrideAccess: true,
        }),
      ).rejects.toMatchObject({
        data: { errors: [{ path: 'body', message: expect.stringContaining(bareLinkMessage) }] },
      })
      expect(await counts()).toEqual(before)
    })

    it('refuses publishing such a link over a published guide, which stays as it was', async () => {
      const guide = await hub.payload.create({
        collection: 'guides',
        data: guideData(organization, { slug: 'published-then-refused' }),
        overrideAccess: true,
      })
      const before = await counts()
      await expect(
        hub.payload.update({
          collection: 'guides',
          id: guide.id,
          data: { title: 'Refused title', body: await bodyWithBareLink(), _status: 'published' } as never,
          overrideAccess: true,
        }),
      ).rejects.toMatchObject({
        data: { errors: [{ path: 'body', message: expect.stringContaining(bareLinkMessage) }] },
      })
      expect(await counts()).toEqual(before)
      for (const draft of [false, true]) {
        const stored = await hub.payload.findByID({
          collection: 'guides',
          id: guide.id,
          draft,
          overrideAccess: true,
        })
        expect(stored.title).toBe('Test guide')
      }
    })

    it('checks the translations a publish would carry, naming their language', async () => {
      const guide = await hub.payload.create({
        collection: 'guides',
        data: guideData(organization, { slug: 'spanish-draft-link' }),
        overrideAccess: true,
      })
      await hub.payload.update({
        collection: 'guides',
        id: guide.id,
        locale: 'es',
        draft: true,
        data: { title: 'Guía', body: await bodyWithBareLink(), _status: 'draft' } as never,
        overrideAccess: true,
      })
      const before = await counts()
      await expect(
        hub.payload.update({
          collection: 'guides',
          id: guide.id,
          locale: 'en',
          data: { title: 'Published title', _status: 'published' },
          overrideAccess: true,
        }),
      ).rejects.toMatchObject({
        data: {
          errors: [{ path: 'body', message: expect.stringContaining(`Español (es): ${bareLinkMessage}`) }],
        },
      })
      expect(await counts()).toEqual(before)
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

    it('publishes a kit written over an empty draft, its fields spread over tabs, rows and a group', async () => {
      // Create New in the admin stores an empty draft first; Publish then sends every field.
      const draft = await hub.payload.create({
        collection: 'screening-kits',
        data: { organization, _status: 'draft' },
        draft: true,
        overrideAccess: true,
      })
      const published = await hub.payload.update({
        collection: 'screening-kits',
        id: draft.id,
        locale: 'en',
        data: {
          slug: 'kit-in-tabs',
          title: 'Screening kit: The Fleet',
          summary: 'Host a screening of The Fleet.',
          reviewBy: '2027-06-01',
          film: {
            title: 'The Fleet',
            year: 2019,
            runtimeMinutes: 88,
            ageGuidance: '15-plus',
            synopsis: 'Fishers held at sea tell how they got home.',
            licenceNote: 'Ask the distributor for a licence.',
          },
          facilitatorGuide: lexical.doc(lexical.p('Say where the exits are.')),
          _status: 'published',
        } as never,
        overrideAccess: true,
      })
      expect(published).toMatchObject({ _status: 'published', film: { year: 2019, title: 'The Fleet' } })
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

    it('refuses a hotline TTY that is not a phone number and a chat page without https://, storing nothing', async () => {
      const hotlines = async () =>
        (await hub.payload.count({ collection: 'hotlines', overrideAccess: true })).totalDocs
      const before = await hotlines()
      const line = {
        slug: 'bad-ways',
        name: 'Line',
        phone: '+66 2 555 0100',
        hours: '24/7',
        reviewBy: '2027-01-01',
        _status: 'published' as const,
      }
      await expect(
        hub.payload.create({ collection: 'hotlines', data: { ...line, tty: 'relay' }, overrideAccess: true }),
      ).rejects.toMatchObject({
        data: {
          errors: [expect.objectContaining({ path: 'tty', message: expect.stringContaining('Use digits') })],
        },
      })
      await expect(
        hub.payload.create({
          collection: 'hotlines',
          data: { ...line, chat: 'www.line.example.org/chat' },
          overrideAccess: true,
        }),
      ).rejects.toMatchObject({
        data: {
          errors: [expect.objectContaining({ path: 'chat', message: expect.stringContaining('https://') })],
        },
      })
      expect(await hotlines()).toBe(before)
      const saved = await hub.payload.create({
        collection: 'hotlines',
        data: { ...line, tty: '711', chat: 'https://line.example.org/chat', illustrative: true },
        overrideAccess: true,
      })
      expect(saved).toMatchObject({ tty: '711', chat: 'https://line.example.org/chat', illustrative: true })
    })
  })
}
