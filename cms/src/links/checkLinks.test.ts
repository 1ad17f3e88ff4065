import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { lexical } from '@hub/content-schemas'

import { contentHealth } from '../health/contentHealth'
import type { User } from '../payload-types'
import { createOrganization, createUser, guideData } from '../testing/fixtures'
import { startTestHub, type TestHub } from '../testing/testHub'
import { checkLinks } from './checkLinks'

describe('the nightly link check', () => {
  let hub: TestHub
  let server: Server
  let base: string
  let editor: User
  let guideId: number

  const checks = async () =>
    (await hub.payload.find({ collection: 'link-checks', sort: 'url', depth: 0, overrideAccess: true })).docs

  beforeAll(async () => {
    // The sites the links point at run on loopback, which the checker may reach only when told so.
    process.env.HUB_LINK_CHECK_PRIVATE = '1'
    server = createServer((request, response) => response.writeHead(request.url === '/ok' ? 200 : 404).end())
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    hub = await startTestHub('sqlite')
    const organization = (await createOrganization(hub.payload, 'links-org')).id
    editor = await createUser(hub.payload, 'editor', 'editor@links.example', organization)
    const guide = await hub.payload.create({
      collection: 'guides',
      data: guideData(organization, {
        slug: 'links-guide',
        title: 'Where to get help',
        body: lexical.doc(
          lexical.p('Read ', lexical.link('this advice', `${base}/ok`), '.'),
          lexical.p('Call ', lexical.link('the old helpline page', `${base}/gone`), '.'),
        ),
      }),
      overrideAccess: true,
    })
    guideId = guide.id
    await hub.payload.create({
      collection: 'guides',
      data: guideData(organization, {
        slug: 'draft-guide',
        title: 'Not yet published',
        body: lexical.doc(lexical.p(lexical.link('draft link', `${base}/draft-only`))),
        _status: 'draft',
      }),
      draft: true,
      overrideAccess: true,
    })
  })
  afterAll(async () => {
    delete process.env.HUB_LINK_CHECK_PRIVATE
    await hub?.close()
    await new Promise((resolve) => server?.close(resolve))
  })

  it('checks every external link of published documents, and records where each appears', async () => {
    expect(await checkLinks(hub.payload, { timeoutMs: 2000 })).toEqual({
      checked: 2,
      broken: 1,
      redirected: 0,
    })
    const [gone, ok] = await checks()
    expect(ok).toMatchObject({ url: `${base}/ok`, state: 'ok', httpStatus: 200 })
    expect(gone).toMatchObject({ url: `${base}/gone`, state: 'broken', httpStatus: 404 })
    expect(gone!.appearsIn).toEqual([
      { collection: 'guides', id: guideId, title: 'Where to get help', locale: 'en' },
    ])
  })

  it('shows the broken link on the editor’s dashboard with the guide it is in', async () => {
    const health = await contentHealth(
      await createLocalReq({ user: { ...editor, collection: 'users' } }, hub.payload),
    )
    expect(health.brokenLinks).toEqual([
      expect.objectContaining({
        url: `${base}/gone`,
        reason: expect.stringContaining('not found'),
        appearsIn: [expect.objectContaining({ collection: 'guides', id: guideId, locale: 'en' })],
      }),
    ])
  })

  it('forgets links that are no longer published', async () => {
    await hub.payload.update({
      collection: 'guides',
      id: guideId,
      data: { _status: 'draft' },
      overrideAccess: true,
    })
    expect(await checkLinks(hub.payload, { timeoutMs: 2000 })).toEqual({
      checked: 0,
      broken: 0,
      redirected: 0,
    })
    expect(await checks()).toEqual([])
  })
})
