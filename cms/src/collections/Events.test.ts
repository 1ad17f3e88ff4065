import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { dailyRebuildTask } from '../publishing/dailyRebuildTask'
import { databaseTargets } from '../testing/databases'
import { createOrganization } from '../testing/fixtures'
import { startTestHub, type TestHub } from '../testing/testHub'

for (const target of databaseTargets) {
  describe.skipIf(!target.available)(`events on ${target.kind}`, () => {
    let hub: TestHub
    let host: number
    let coHost: number

    beforeAll(async () => {
      hub = await startTestHub(target.kind)
      host = (await createOrganization(hub.payload, 'event-host')).id
      coHost = (await createOrganization(hub.payload, 'event-co-host')).id
    })
    afterAll(async () => hub?.close())

    const eventData = (slug: string, change: Record<string, unknown> = {}) => ({
      slug,
      title: 'Evening screening',
      summary: 'A film and a talk.',
      organization: host,
      reviewBy: '2027-06-01',
      kind: 'workshop' as const,
      start: '2026-12-03T19:00',
      end: '2026-12-03T21:00',
      timeZone: 'Asia/Bangkok',
      venue: { name: 'Community hall', address: '12 Sukhumvit Rd, Bangkok' },
      hosts: [host, coHost],
      languages: [{ code: 'th' }],
      _status: 'published' as const,
      ...change,
    })
    const eventCount = async () =>
      (await hub.payload.count({ collection: 'events', overrideAccess: true })).totalDocs

    it('publishes an event co-hosted by two organizations, its times as written', async () => {
      const created = await hub.payload.create({
        collection: 'events',
        data: eventData('co-hosted'),
        overrideAccess: true,
        depth: 0,
      })
      expect(created).toMatchObject({
        _status: 'published',
        start: '2026-12-03T19:00',
        hosts: [host, coHost],
      })
    })

    it('gives an event saved without the all-day box the contract’s default: not all day', async () => {
      const created = await hub.payload.create({
        collection: 'events',
        data: eventData('timed'),
        overrideAccess: true,
      })
      const stored = await hub.payload.findByID({
        collection: 'events',
        id: created.id,
        overrideAccess: true,
      })
      expect(stored.allDay).toBe(false)
    })

    it('refuses an end before the start and an unknown zone, naming the fields, and stores nothing', async () => {
      const before = await eventCount()
      await expect(
        hub.payload.create({
          collection: 'events',
          data: eventData('backwards', { end: '2026-12-03T18:00', timeZone: 'Bangkok' }),
          overrideAccess: true,
        }),
      ).rejects.toMatchObject({
        data: {
          errors: expect.arrayContaining([
            expect.objectContaining({ path: 'timeZone', message: expect.stringContaining('Asia/Bangkok') }),
          ]),
        },
      })
      await expect(
        hub.payload.create({
          collection: 'events',
          data: eventData('backwards', { end: '2026-12-03T18:00' }),
          overrideAccess: true,
        }),
      ).rejects.toMatchObject({
        data: {
          errors: [
            expect.objectContaining({ path: 'end', message: expect.stringContaining('must be after') }),
          ],
        },
      })
      expect(await eventCount()).toBe(before)
    })

    it('is rebuilt every night even when nothing was published', () => {
      expect(dailyRebuildTask.schedule).toEqual([{ cron: '0 5 0 * * *', queue: 'site' }])
      expect(hub.payload.config.jobs.tasks?.map((task) => task.slug)).toContain('dailyRebuild')
    })
  })
}
