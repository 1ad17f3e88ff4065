import { access } from 'node:fs/promises'
import path from 'node:path'

import { commitTransaction, createLocalReq, initTransaction, type Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { lexical } from '@hub/content-schemas'

import { databaseTargets } from '../testing/databases'
import { createOrganization, createUser, guideData } from '../testing/fixtures'
import { startTestHub, type TestHub } from '../testing/testHub'
import { markInterruptedBuilds } from './interruptedBuilds'
import { pickUpBuildOnCommit } from './pickUpBuild'
import { publishSite } from './publishSite'
import { publishSiteTaskSlug, siteBuildQueue } from './buildQueue'
import { sitePaths } from './sitePaths'

for (const target of databaseTargets) {
  describe.skipIf(!target.available)(`site builds queued by publishing on ${target.kind}`, () => {
    let hub: TestHub
    let payload: Payload
    let organization: number

    const waitingBuilds = async () =>
      (
        await payload.find({
          collection: 'payload-jobs',
          where: { and: [{ taskSlug: { equals: publishSiteTaskSlug } }, { completedAt: { exists: false } }] },
          sort: 'createdAt',
          overrideAccess: true,
        })
      ).docs
    const clearQueue = () =>
      payload.delete({
        collection: 'payload-jobs',
        where: { taskSlug: { equals: publishSiteTaskSlug } },
        overrideAccess: true,
      })

    const builds = async () =>
      (await payload.count({ collection: 'site-builds', overrideAccess: true })).totalDocs
    const latestBuild = async () =>
      (await payload.find({ collection: 'site-builds', sort: '-startedAt', limit: 1, overrideAccess: true }))
        .docs[0]

    let snapshotDir: string
    /**
     * Runs queued builds (which read their paths from the environment) with no site to build: they
     * export, then fail at once, which is recorded. What each build exported is what matters here.
     */
    const withoutSite = async (run: () => Promise<unknown>) => {
      const paths = {
        HUB_SITE_DIR: path.join(hub.mediaDir, 'no-site'),
        HUB_PUBLISH_DIR: path.join(hub.mediaDir, 'publish'),
        HUB_SNAPSHOT_DIR: snapshotDir,
      }
      const saved = Object.keys(paths).map((name) => [name, process.env[name]] as const)
      Object.assign(process.env, paths)
      try {
        await run()
      } finally {
        for (const [name, value] of saved) {
          if (value === undefined) delete process.env[name]
          else process.env[name] = value
        }
      }
    }

    beforeAll(async () => {
      hub = await startTestHub(target.kind)
      snapshotDir = path.join(hub.mediaDir, 'snapshot')
      payload = hub.payload
      organization = (await createOrganization(payload, 'queue-org')).id
      await clearQueue()
    })
    afterAll(async () => hub?.close())

    it('builds a burst of publishes once: the first build takes in every job waiting', async () => {
      for (const slug of ['burst-one', 'burst-two', 'burst-three']) {
        await payload.create({
          collection: 'guides',
          data: guideData(organization, { slug }),
          overrideAccess: true,
        })
      }
      const waiting = await waitingBuilds()
      expect(waiting.map((job) => [job.queue, job.input])).toEqual(
        ['burst-one', 'burst-two', 'burst-three'].map((slug) => [
          'site',
          expect.objectContaining({ reason: `guides "${slug}" published` }),
        ]),
      )
      const before = await builds()
      await withoutSite(() => payload.jobs.run({ queue: siteBuildQueue, limit: 1, overrideAccess: true }))
      expect(await waitingBuilds()).toHaveLength(0)
      expect(await builds()).toBe(before + 1)
      const record = await latestBuild()
      expect(record?.reason).toBe(
        'guides "burst-one" published; with 2 more changes: guides "burst-two" published; guides "burst-three" published',
      )
    })

    it('queues a build when a published document is unpublished or deleted, not for a new draft', async () => {
      await clearQueue()
      await payload.create({
        collection: 'guides',
        data: guideData(organization, { slug: 'only-a-draft', _status: 'draft' }),
        draft: true,
        overrideAccess: true,
      })
      expect(await waitingBuilds()).toHaveLength(0)

      const guide = (
        await payload.find({
          collection: 'guides',
          where: { slug: { equals: 'burst-two' } },
          overrideAccess: true,
        })
      ).docs[0]!
      await payload.update({
        collection: 'guides',
        id: guide.id,
        data: { _status: 'draft' },
        overrideAccess: true,
      })
      expect(await waitingBuilds()).toHaveLength(1)

      await clearQueue()
      const other = (
        await payload.find({
          collection: 'guides',
          where: { slug: { equals: 'burst-three' } },
          overrideAccess: true,
        })
      ).docs[0]!
      await payload.delete({ collection: 'guides', id: other.id, overrideAccess: true })
      const [deleted] = await waitingBuilds()
      expect(deleted?.input).toMatchObject({ reason: 'guides "burst-three" deleted' })
    })
    it('queues a build when the admin unpublishes a guide it published in one language', async () => {
      const guide = await payload.create({
        collection: 'guides',
        data: guideData(organization, { slug: 'one-language', _status: 'draft' }),
        draft: true,
        overrideAccess: true,
      })
      // What the admin sends: Publish with `?locale=en&publishSpecificLocale=en`, then, once that
      // build is done, Unpublish with `?depth=0&fallback-locale=null&unpublishAllLocales=true`.
      await payload.update({
        collection: 'guides',
        id: guide.id,
        data: { _status: 'published' },
        locale: 'en',
        publishSpecificLocale: 'en',
        overrideAccess: true,
      })
      await clearQueue()
      await payload.update({
        collection: 'guides',
        id: guide.id,
        data: { _status: 'draft' },
        depth: 0,
        fallbackLocale: false,
        unpublishAllLocales: true,
        overrideAccess: true,
      })
      const [queued] = await waitingBuilds()
      expect(queued?.input).toMatchObject({ reason: 'guides "one-language" unpublished' })
    })

    it('queues no build for an upload no published document uses, and one when a medium readers see changes', async () => {
      await clearQueue()
      const image = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#642' } })
        .png()
        .toBuffer()
      const media = await payload.create({
        collection: 'media',
        data: { alt: 'A brown square' },
        file: { data: image, mimetype: 'image/png', name: 'square.png', size: image.length },
        overrideAccess: true,
      })
      await payload.update({
        collection: 'media',
        id: media.id,
        data: { alt: 'Still private' },
        overrideAccess: true,
      })
      expect(await waitingBuilds()).toHaveLength(0)

      await payload.create({
        collection: 'guides',
        data: guideData(organization, { slug: 'offers-square', downloads: [media.id] }),
        overrideAccess: true,
      })
      await clearQueue()
      await payload.update({
        collection: 'media',
        id: media.id,
        data: { alt: 'A public square' },
        overrideAccess: true,
      })
      const [changed] = await waitingBuilds()
      expect(changed?.input).toMatchObject({ reason: 'media "square.png" changed' })
    })

    it('says who asked for a build and links the page their change went to, in the locale they edited', async () => {
      await clearQueue()
      const editor = await createUser(payload, 'editor', 'builds-editor@hub.example', organization)
      await payload.update({
        collection: 'users',
        id: editor.id,
        data: { name: 'Ana Builds' },
        overrideAccess: true,
      })
      const guide = await payload.create({
        collection: 'guides',
        data: guideData(organization, { slug: 'who-asked' }),
        overrideAccess: true,
      })
      await clearQueue()
      await payload.update({
        collection: 'guides',
        id: guide.id,
        data: {
          title: 'Quién pidió',
          summary: 'Una guía de prueba.',
          body: lexical.doc(lexical.p('Texto.')) as never,
          _status: 'published',
        },
        locale: 'es',
        user: { ...editor, collection: 'users', name: 'Ana Builds' },
        overrideAccess: true,
      })
      const [queued] = await waitingBuilds()
      expect(queued?.input).toMatchObject({
        triggeredBy: 'Ana Builds',
        changedPage: 'http://localhost:4321/es/guides/who-asked/',
      })
      const failed = await publishSite(payload, {
        reason: 'guides "who-asked" published',
        triggeredBy: 'Ana Builds',
        changedPage: 'http://localhost:4321/es/guides/who-asked/',
        // No site to build: the build fails at once, and is still recorded.
        paths: sitePaths({
          ...process.env,
          HUB_SITE_DIR: path.join(hub.mediaDir, 'no-site'),
          HUB_SNAPSHOT_DIR: path.join(hub.mediaDir, 'snapshot'),
        }),
      })
      expect(failed.status).toBe('failed')
      const { docs } = await payload.find({
        collection: 'site-builds',
        where: { reason: { equals: 'guides "who-asked" published' } },
        overrideAccess: true,
      })
      expect(docs[0]).toMatchObject({
        triggeredBy: 'Ana Builds',
        changedPage: 'http://localhost:4321/es/guides/who-asked/',
      })
    })

    it('shows how long a build took in words, not milliseconds', async () => {
      const record = (durationMs: number) =>
        payload.create({
          collection: 'site-builds',
          data: { status: 'published', reason: 'timed', startedAt: new Date().toISOString(), durationMs },
          overrideAccess: true,
        })
      expect((await record(8400)).duration).toBe('8.4 sec')
      expect((await record(125_000)).duration).toBe('2 min, 5 sec')
    })

    it('builds a change whose transaction commits after the waiting build was picked up', async () => {
      await clearQueue()
      await withoutSite(async () => {
        await payload.create({
          collection: 'guides',
          data: guideData(organization, { slug: 'committed-first' }),
          overrideAccess: true,
        })
        // A request that saved and ran its hooks but has not committed yet (on SQLite, which Payload
        // runs without transactions, it has).
        const req = await createLocalReq({}, payload)
        await initTransaction(req)
        await payload.create({
          collection: 'guides',
          data: guideData(organization, { slug: 'committed-late' }),
          overrideAccess: true,
          req,
        })
        await payload.jobs.run({ queue: siteBuildQueue, limit: 1, overrideAccess: true })
        await access(path.join(snapshotDir, 'guides', 'committed-first.json'))
        await commitTransaction(req)
        for (let run = 0; run < 5 && (await waitingBuilds()).length > 0; run += 1)
          await payload.jobs.run({ queue: siteBuildQueue, limit: 1, overrideAccess: true })
      })
      expect(await waitingBuilds()).toHaveLength(0)
      await access(path.join(snapshotDir, 'guides', 'committed-late.json'))
    })

    it('starts the build a change queued as soon as the change commits, not at the queue’s next tick', async () => {
      await clearQueue()
      const before = await builds()
      await withoutSite(async () => {
        const req = await createLocalReq({}, payload)
        await initTransaction(req)
        await payload.create({
          collection: 'guides',
          data: guideData(organization, { slug: 'picked-up-on-commit' }),
          overrideAccess: true,
          req,
        })
        // The CMS looks out from the hook where it runs jobs; tests run none on a timer, so by hand here.
        const pickedUp = pickUpBuildOnCommit(payload)
        if (target.kind !== 'sqlite') {
          await new Promise((resolve) => setTimeout(resolve, 300))
          expect(await builds()).toBe(before)
        }
        await commitTransaction(req)
        await pickedUp
      })
      expect(await waitingBuilds()).toHaveLength(0)
      expect(await builds()).toBe(before + 1)
      const record = await latestBuild()
      expect(record?.reason).toBe('guides "picked-up-on-commit" published')
      await access(path.join(snapshotDir, 'guides', 'picked-up-on-commit.json'))
    })

    it('leaves a change to the queue’s tick while a build runs', async () => {
      await clearQueue()
      await payload.create({
        collection: 'guides',
        data: guideData(organization, { slug: 'waits-for-running-build' }),
        overrideAccess: true,
      })
      const [queued] = await waitingBuilds()
      // As a running build's job is: picked up, not finished.
      await payload.update({
        collection: 'payload-jobs',
        id: queued!.id,
        data: { processing: true },
        overrideAccess: true,
      })
      await payload.create({
        collection: 'guides',
        data: guideData(organization, { slug: 'after-running-build' }),
        overrideAccess: true,
      })
      await pickUpBuildOnCommit(payload)
      const waiting = await waitingBuilds()
      expect(waiting.map((job) => [job.processing, (job.input as { reason: string }).reason])).toEqual([
        [true, 'guides "waits-for-running-build" published'],
        [false, 'guides "after-running-build" published'],
      ])
      await clearQueue()
    })

    it('marks a build cut off by a stop as failed, saying the previous site stayed online', async () => {
      const cut = await payload.create({
        collection: 'site-builds',
        data: { status: 'running', reason: 'guides "x" published', startedAt: new Date().toISOString() },
        overrideAccess: true,
      })
      expect(await markInterruptedBuilds(payload)).toBe(1)
      const record = await payload.findByID({ collection: 'site-builds', id: cut.id, overrideAccess: true })
      expect(record.status).toBe('failed')
      expect(record.error).toContain('The previous site stayed online')
    })
  })
}
