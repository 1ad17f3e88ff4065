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
      expect(await count('events')).toBe(6)
      expect(await count('organizations')).toBeGreaterThanOrEqual(4)
      expect(await count('hotlines')).toBeGreaterThanOrEqual(1)
      expect(await count('media')).toBeGreaterThanOrEqual(3)
      expect((await hub.payload.findGlobal({ slug: 'site-settings', depth: 0 })).hotline).toBeTruthy()
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

    it('is in English and Spanish throughout, and complete in every locale for a guide and a kit', async () => {
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
      for (const collection of ['guides', 'screening-kits'] as const) {
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
              Boolean((localized.body ?? localized.facilitatorGuide)?.[locale])
            )
          }),
        )
        expect(complete.length, `${collection} complete in ${locales.join(', ')}`).toBeGreaterThanOrEqual(1)
      }
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
      expect(events.filter((event) => event.end.slice(0, 10) < today)).toHaveLength(3)
      expect(events.some((event) => event.hosts.length === 2)).toBe(true)
      expect(events.some((event) => event.onlineUrl && !event.venue?.name?.en)).toBe(true)
      expect(events.some((event) => event.kind === 'screening' && event.screeningKit)).toBe(true)
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
