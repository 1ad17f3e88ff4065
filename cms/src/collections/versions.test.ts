import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { databaseTargets } from '../testing/databases'
import { createOrganization, guideData } from '../testing/fixtures'
import { startTestHub, type TestHub } from '../testing/testHub'

for (const target of databaseTargets) {
  describe.skipIf(!target.available)(`drafts and scheduled publishing on ${target.kind}`, () => {
    let hub: TestHub
    let organization: number

    beforeAll(async () => {
      hub = await startTestHub(target.kind)
      organization = (await createOrganization(hub.payload, 'schedule-org')).id as number
    })
    afterAll(async () => hub?.close())

    const schedule = (id: number | string) =>
      hub.payload.jobs.queue({
        task: 'schedulePublish',
        input: { type: 'publish', doc: { relationTo: 'guides', value: id as number } },
        waitUntil: new Date(Date.now() - 1000),
      })

    it('publishes a draft when its scheduled time comes', async () => {
      const draft = await hub.payload.create({
        collection: 'guides',
        data: guideData(organization, { slug: 'scheduled-guide', _status: 'draft' }),
        draft: true,
        overrideAccess: true,
      })
      expect((await hub.payload.find({ collection: 'guides', overrideAccess: false })).docs).toHaveLength(0)
      await schedule(draft.id)
      await hub.payload.jobs.run()
      const published = await hub.payload.find({ collection: 'guides', overrideAccess: false })
      expect(published.docs.map((doc) => doc.slug)).toEqual(['scheduled-guide'])
    })

    it('keeps an incomplete draft unpublished when its scheduled publish comes due', async () => {
      const draft = await hub.payload.create({
        collection: 'guides',
        data: { slug: 'incomplete-scheduled', title: 'No summary yet', organization, _status: 'draft' },
        draft: true,
        overrideAccess: true,
      })
      await schedule(draft.id)
      await hub.payload.jobs.run()
      const stored = await hub.payload.findByID({ collection: 'guides', id: draft.id, overrideAccess: true })
      expect(stored._status).toBe('draft')
      const anonymous = await hub.payload.find({
        collection: 'guides',
        where: { slug: { equals: 'incomplete-scheduled' } },
        overrideAccess: false,
      })
      expect(anonymous.docs).toHaveLength(0)
    })

    it('keeps every saved version for the editor, and none for the public', async () => {
      const guide = await hub.payload.create({
        collection: 'guides',
        data: guideData(organization, { slug: 'versioned-guide' }),
        overrideAccess: true,
      })
      await hub.payload.update({
        collection: 'guides',
        id: guide.id,
        data: { title: 'Second wording', _status: 'published' },
        overrideAccess: true,
      })
      const versions = await hub.payload.findVersions({
        collection: 'guides',
        where: { parent: { equals: guide.id } },
        overrideAccess: true,
      })
      expect(versions.docs.map((version) => version.version.title)).toEqual(
        expect.arrayContaining(['Test guide', 'Second wording']),
      )
      await expect(
        hub.payload.findVersions({ collection: 'guides', overrideAccess: false }),
      ).rejects.toThrow()
    })
  })
}
