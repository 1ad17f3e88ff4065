import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  collections,
  collectionSlugs,
  locales,
  resourceCollections,
  type Resource,
} from '@hub/content-schemas'

import { contentHealth } from '../health/contentHealth'
import { databaseTargets } from '../testing/databases'
import { startTestHub, type TestHub } from '../testing/testHub'
import { seedDemoContent } from './seed'

for (const target of databaseTargets) {
  describe.skipIf(!target.available)(`demo content on ${target.kind}`, () => {
    let hub: TestHub

    beforeAll(async () => {
      hub = await startTestHub(target.kind)
      await seedDemoContent(hub.payload, () => {})
    })
    afterAll(async () => hub?.close())

    it('has the documents the demo promises', async () => {
      const count = async (collection: (typeof collectionSlugs)[number]) =>
        (await hub.payload.count({ collection, overrideAccess: true })).totalDocs
      expect(await count('guides')).toBeGreaterThanOrEqual(4)
      expect(await count('screening-kits')).toBe(2)
      expect(await count('panel-question-sets')).toBeGreaterThanOrEqual(2)
      expect(await count('donation-lists')).toBeGreaterThanOrEqual(2)
      expect(await count('events')).toBe(7)
      expect(await count('organizations')).toBeGreaterThanOrEqual(4)
      expect(await count('hotlines')).toBeGreaterThanOrEqual(1)
      expect(await count('volunteer-opportunities')).toBe(4)
      expect(await count('outreach-materials')).toBeGreaterThanOrEqual(1)
      expect(await count('media')).toBeGreaterThanOrEqual(3)
      expect(await count('posts')).toBe(3)
      expect(await count('actions')).toBeGreaterThanOrEqual(20)
      const settings = await hub.payload.findGlobal({ slug: 'site-settings', depth: 1 })
      expect(settings.hotline).toBeTruthy()
      expect(settings.logo).toMatchObject({ filename: 'hub-logo.png', mimeType: 'image/png', width: 160 })
    })

    it('gives the content health dashboard something overdue and something due soon, whenever it is seeded', async () => {
      const { docs: admins } = await hub.payload.find({
        collection: 'users',
        where: { role: { equals: 'admin' } },
        overrideAccess: true,
      })
      const health = await contentHealth(
        await createLocalReq({ user: { ...admins[0]!, collection: 'users' } }, hub.payload),
      )
      expect(health.overdue.map((row) => row.title)).toContain('Harbor Alliance shelter: winter needs')
      expect(health.dueSoon.map((row) => row.title)).toContain('Know your rights at work')
    })

    it('shows a newcomer the review queue, a broken link and a missing translation', async () => {
      const userOf = async (email: string) => {
        const { docs } = await hub.payload.find({
          collection: 'users',
          where: { email: { equals: email } },
          overrideAccess: true,
        })
        return { ...docs[0]!, collection: 'users' as const }
      }
      const queue = await hub.payload.find({
        collection: 'review-requests',
        where: { state: { equals: 'submitted' } },
        user: await userOf('coordinator@hub.example'),
        overrideAccess: false,
      })
      expect(queue.docs.map((request) => [request.collection, request.locale, request.title])).toEqual([
        ['topics', 'fr', 'Bénévolat'],
      ])
      const volunteering = await hub.payload.find({
        collection: 'topics',
        where: { slug: { equals: 'volunteering' } },
        locale: 'fr',
        fallbackLocale: false,
        overrideAccess: false,
      })
      expect(volunteering.docs[0]?.name ?? null).toBeNull()

      const health = await contentHealth(
        await createLocalReq({ user: await userOf('editor@hub.example') }, hub.payload),
      )
      expect(
        health.brokenLinks.map((link) => [link.url, link.appearsIn.map((place) => place.title)]),
      ).toEqual([
        [
          'https://harbor-alliance.example.org/give',
          // The shelter's own list and the take-action item sending readers to it.
          ['Harbor Alliance shelter: winter needs', 'Give one item a shelter needs now'],
        ],
      ])
      expect(health.brokenLinks[0]?.reason).toMatch(/not by a check/)
      expect(health.translations.find((entry) => entry.locale === 'fr')?.missing.length).toBeGreaterThan(0)
      const settings = await hub.payload.findGlobal({ slug: 'review-settings', depth: 0 })
      expect(settings.organizationsUnderReview).toHaveLength(1)
    })

    it('is idempotent: a second run adds nothing', async () => {
      const { created } = await seedDemoContent(hub.payload, () => {})
      expect(created).toBe(0)
    })

    it('publishes every document, each valid against the content contract', async () => {
      for (const collection of collectionSlugs) {
        const { docs } = await hub.payload.find({
          collection,
          locale: 'all',
          depth: 0,
          pagination: false,
          overrideAccess: true,
        })
        for (const doc of docs) {
          if ('_status' in doc) expect(doc._status, `${collection} ${doc.id}`).toBe('published')
          const result = collections[collection].document.safeParse(doc)
          expect(result.error?.issues ?? [], `${collection} ${doc.id}`).toEqual([])
        }
      }
    })

    it('is in English and Spanish throughout, and complete in every locale for a guide, a kit, a post and an action', async () => {
      for (const collection of resourceCollections) {
        const { docs } = await hub.payload.find({
          collection,
          locale: 'all',
          depth: 0,
          pagination: false,
          overrideAccess: true,
        })
        for (const doc of docs as unknown as Resource[]) {
          expect(doc.title.es, `${collection} ${doc.title.en}`).toBeTruthy()
        }
      }
      for (const collection of ['guides', 'screening-kits', 'posts', 'actions'] as const) {
        const { docs } = await hub.payload.find({
          collection,
          locale: 'all',
          depth: 0,
          pagination: false,
          overrideAccess: true,
        })
        const complete = docs.filter((doc) =>
          locales.every((locale) => {
            const localized = doc as unknown as Record<string, Record<string, unknown> | undefined>
            return (
              ['title', 'summary'].every((field) => Boolean(localized[field]?.[locale])) &&
              ['body', 'facilitatorGuide', 'costNote'].every(
                (field) => localized[field] === undefined || Boolean(localized[field]?.[locale]),
              )
            )
          }),
        )
        expect(complete.length, `${collection} complete in ${locales.join(', ')}`).toBeGreaterThanOrEqual(1)
      }
      const completeIn = async (
        collection: 'volunteer-opportunities' | 'outreach-materials',
        field: string,
      ) => {
        const { docs } = await hub.payload.find({
          collection,
          locale: 'all',
          depth: 0,
          pagination: false,
          overrideAccess: true,
        })
        return docs.filter((doc) =>
          locales.every((locale) =>
            ['title', 'summary', field].every((name) =>
              Boolean((doc as unknown as Record<string, Record<string, unknown>>)[name]?.[locale]),
            ),
          ),
        ).length
      }
      expect(await completeIn('volunteer-opportunities', 'commitment')).toBeGreaterThanOrEqual(1)
      expect(await completeIn('outreach-materials', 'placement')).toBeGreaterThanOrEqual(1)
    })

    it('has one closed volunteer opportunity, whenever it is seeded, and outreach files that are real PDFs and images', async () => {
      const today = new Date().toISOString().slice(0, 10)
      const { docs: opportunities } = await hub.payload.find({
        collection: 'volunteer-opportunities',
        depth: 0,
        pagination: false,
        overrideAccess: true,
      })
      const closed = opportunities.filter((doc) => doc.closingDate && doc.closingDate.slice(0, 10) < today)
      expect(closed.map((doc) => doc.slug)).toEqual(['thai-translation-reviewers'])
      const { docs: materials } = await hub.payload.find({
        collection: 'outreach-materials',
        depth: 1,
        pagination: false,
        overrideAccess: true,
      })
      const files = materials.flatMap((material) => material.files ?? [])
      const mimeTypes = files.map((row) => (typeof row.file === 'object' ? row.file.mimeType : undefined))
      expect(new Set(mimeTypes)).toEqual(new Set(['application/pdf', 'image/png']))
      for (const material of materials) {
        expect(material.screeningKit, material.slug).toBeTruthy()
      }
    })

    it('has 8 partner organisations in at least 6 countries, a hotline for each country, in English and Spanish and one of each in every locale', async () => {
      const find = async (collection: 'organizations' | 'hotlines' | 'regions') =>
        (
          await hub.payload.find({
            collection,
            locale: 'all',
            depth: 0,
            pagination: false,
            overrideAccess: true,
          })
        ).docs as unknown as Record<string, unknown>[]
      const organizations = (await find('organizations')).map((doc) =>
        collections.organizations.document.parse(doc),
      )
      const hotlines = (await find('hotlines')).map((doc) => collections.hotlines.document.parse(doc))
      const regionSlugs = new Map((await find('regions')).map((doc) => [doc.id, doc.slug]))
      expect(organizations).toHaveLength(8)
      const countries = new Set(organizations.map((organization) => organization.country))
      expect(countries.size).toBeGreaterThanOrEqual(6)
      // The region a reader in each demo country is shown; a new country needs its hotline and a line here.
      const regionOf: Record<string, string> = {
        US: 'united-states',
        MX: 'mexico',
        TH: 'thailand',
        FR: 'france',
        AE: 'gulf-states',
        PH: 'philippines',
        ES: 'spain',
      }
      const served = new Set(hotlines.flatMap((hotline) => hotline.regions.map((id) => regionSlugs.get(id))))
      for (const country of countries) expect(served, country).toContain(regionOf[country])

      for (const organization of organizations)
        expect([organization.name.es, organization.mission.es], organization.slug).toEqual([
          expect.any(String),
          expect.any(String),
        ])
      for (const hotline of hotlines)
        expect([hotline.name.es, hotline.hours.es], hotline.slug).toEqual([
          expect.any(String),
          expect.any(String),
        ])
      const inEveryLocale = (texts: Partial<Record<string, string | null>>[]) =>
        locales.every((locale) => texts.every((text) => Boolean(text?.[locale])))
      expect(
        organizations.some((organization) => inEveryLocale([organization.name, organization.mission])),
      ).toBe(true)
      expect(hotlines.some((hotline) => inEveryLocale([hotline.name, hotline.hours]))).toBe(true)
    })

    it('has upcoming and past events, one co-hosted, one online, one screening a kit, one in every locale', async () => {
      const { docs } = await hub.payload.find({
        collection: 'events',
        locale: 'all',
        depth: 0,
        pagination: false,
        overrideAccess: true,
      })
      const events = docs.map((doc) => collections.events.document.parse(doc))
      const today = new Date().toISOString().slice(0, 10)
      expect(events.filter((event) => event.start.slice(0, 10) > today)).toHaveLength(3)
      expect(events.filter((event) => event.end.slice(0, 10) < today)).toHaveLength(4)
      expect(events.some((event) => event.hosts.length === 2)).toBe(true)
      expect(events.some((event) => event.onlineUrl && !event.venue?.name?.en)).toBe(true)
      expect(events.some((event) => event.kind === 'screening' && event.screeningKit)).toBe(true)
      expect(events.some((event) => event.recap && event.end.slice(0, 10) < today)).toBe(true)
      const complete = events.filter((event) =>
        locales.every((locale) =>
          [event.title, event.summary, event.venue?.name, event.cost].every((text) =>
            Boolean(text?.[locale]),
          ),
        ),
      )
      expect(complete.length).toBeGreaterThanOrEqual(1)
    })
  })
}
