import { createLocalReq, type TypedUser } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createOrganization, createUser, guideData } from '../testing/fixtures'
import { startTestHub, type TestHub } from '../testing/testHub'
import { publishStatus } from './publishStatus'

describe('whether a publish is live yet', () => {
  let hub: TestHub
  let organization: number
  let editor: TypedUser

  beforeAll(async () => {
    process.env.HUB_SITE_URL = 'https://hub.example.org'
    hub = await startTestHub('sqlite')
    organization = (await createOrganization(hub.payload, 'status-org')).id
    editor = {
      ...(await createUser(hub.payload, 'editor', 'status-editor@hub.example', organization)),
      collection: 'users',
    }
  })
  afterAll(async () => hub?.close())

  // The edit view asks as a signed-in editor, who also reads unpublished documents.
  const statusOf = async (id: number, locale = 'en') =>
    publishStatus(await createLocalReq({ user: editor }, hub.payload), 'guides', String(id), locale)
  const finishQueuedJobs = () =>
    hub.payload.delete({ collection: 'payload-jobs', where: { id: { exists: true } }, overrideAccess: true })
  const recordBuild = (data: { status: 'running' | 'published' | 'failed'; error?: string }) =>
    hub.payload.create({
      collection: 'site-builds',
      data: { ...data, startedAt: new Date().toISOString() },
      overrideAccess: true,
    })

  it('follows a publish from the queue to the live page', async () => {
    const guide = await hub.payload.create({
      collection: 'guides',
      data: guideData(organization, { slug: 'status-guide' }),
      overrideAccess: true,
    })
    expect(await statusOf(guide.id)).toMatchObject({ state: 'queued' })
    await finishQueuedJobs()
    const build = await recordBuild({ status: 'running' })
    expect(await statusOf(guide.id)).toMatchObject({ state: 'building' })
    await hub.payload.update({
      collection: 'site-builds',
      id: build.id,
      data: { status: 'published' },
      overrideAccess: true,
    })
    expect(await statusOf(guide.id, 'es')).toEqual({
      state: 'live',
      publishedAt: guide.updatedAt,
      url: 'https://hub.example.org/es/guides/status-guide/',
    })
  })

  it('is not live while the change’s own build still waits: a build that started before it committed went without it', async () => {
    const guide = await hub.payload.create({
      collection: 'guides',
      data: guideData(organization, { slug: 'committed-after-start' }),
      overrideAccess: true,
    })
    // A build started after the save, but before its commit made the job visible: the job is still there.
    await recordBuild({ status: 'published' })
    expect(await statusOf(guide.id)).toMatchObject({ state: 'queued' })
    await finishQueuedJobs()
    await recordBuild({ status: 'published' })
    expect(await statusOf(guide.id)).toMatchObject({ state: 'live' })
  })

  it('reports the reason of a failed build, until another build is on its way', async () => {
    const guide = await hub.payload.create({
      collection: 'guides',
      data: guideData(organization, { slug: 'failing-guide' }),
      overrideAccess: true,
    })
    await finishQueuedJobs()
    await recordBuild({ status: 'failed', error: 'guides "other": body (en): In paragraph 1: ...' })
    expect(await statusOf(guide.id)).toMatchObject({
      state: 'failed',
      error: expect.stringContaining('guides "other"'),
    })
    await hub.payload.update({
      collection: 'guides',
      id: guide.id,
      data: { title: 'Fixed and published again' },
      overrideAccess: true,
    })
    expect(await statusOf(guide.id)).toMatchObject({ state: 'queued' })
  })

  const unpublish = (id: number) =>
    hub.payload.update({
      collection: 'guides',
      id,
      data: { _status: 'draft' },
      unpublishAllLocales: true,
      overrideAccess: true,
    })

  it('follows an unpublish of a live page until a build takes it off the site', async () => {
    const guide = await hub.payload.create({
      collection: 'guides',
      data: guideData(organization, { slug: 'taken-off' }),
      overrideAccess: true,
    })
    await finishQueuedJobs()
    await recordBuild({ status: 'published' })
    expect(await statusOf(guide.id)).toMatchObject({ state: 'live' })

    await unpublish(guide.id)
    expect(await statusOf(guide.id)).toMatchObject({ state: 'removalQueued' })
    await finishQueuedJobs()
    const build = await recordBuild({ status: 'running' })
    expect(await statusOf(guide.id, 'es')).toMatchObject({ state: 'removing' })
    await hub.payload.update({
      collection: 'site-builds',
      id: build.id,
      data: { status: 'failed', error: 'Astro stopped.' },
      overrideAccess: true,
    })
    expect(await statusOf(guide.id)).toMatchObject({ state: 'removalFailed', error: 'Astro stopped.' })
    await recordBuild({ status: 'published' })
    expect(await statusOf(guide.id, 'es')).toMatchObject({ state: 'removed' })
  })

  it('says an unpublished page that no build ever put on the site is not published', async () => {
    const guide = await hub.payload.create({
      collection: 'guides',
      data: guideData(organization, { slug: 'never-built' }),
      overrideAccess: true,
    })
    await unpublish(guide.id)
    expect(await statusOf(guide.id)).toEqual({ state: 'notPublished' })
  })

  it('says a draft is not published', async () => {
    const draft = await hub.payload.create({
      collection: 'guides',
      data: { ...guideData(organization, { slug: 'status-draft' }), _status: 'draft' },
      draft: true,
      overrideAccess: true,
    })
    expect(await statusOf(draft.id)).toEqual({ state: 'notPublished' })
  })
})
