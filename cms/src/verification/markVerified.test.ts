import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { contentHealth } from '../health/contentHealth'
import type { User } from '../payload-types'
import { createOrganization, createUser, guideData } from '../testing/fixtures'
import { startTestHub, type TestHub } from '../testing/testHub'
import { markVerified } from './markVerified'
import type { VerifiedCollection } from './verificationIntervals'

const now = new Date('2027-03-01T12:00:00.000Z')

function donationList(organization: number, slug: string, overrides: Record<string, unknown> = {}) {
  return guideData(organization, {
    slug,
    title: slug,
    body: undefined,
    lastVerified: '2026-10-01',
    items: [{ name: 'Blankets', category: 'household', priority: 'normal' }],
    howToDonate: 'Bring them to the office.',
    ...overrides,
  }) as never
}

async function versionsOf(payload: Payload, collection: VerifiedCollection, id: number) {
  return (
    await payload.countVersions({ collection, where: { parent: { equals: id } }, overrideAccess: true })
  ).totalDocs
}

describe('mark as verified', () => {
  let hub: TestHub
  let ours: number
  const users = {} as Record<'admin' | 'editor' | 'otherEditor' | 'translator', User>
  const ids = {} as Record<'stale' | 'fresh' | 'pending' | 'draftOnly' | 'hotline', number>

  const reqOf = (role: keyof typeof users) =>
    createLocalReq({ user: { ...users[role], collection: 'users' } }, hub.payload)
  const verify = async (role: keyof typeof users, collection: VerifiedCollection, id: number) =>
    markVerified(await reqOf(role), collection, String(id), now)
  const latest = (collection: VerifiedCollection, id: number) =>
    hub.payload.findByID({ collection, id, draft: true, depth: 0, overrideAccess: true })
  const live = (collection: VerifiedCollection, id: number) =>
    hub.payload.findByID({ collection, id, depth: 0, overrideAccess: true })

  beforeAll(async () => {
    hub = await startTestHub('sqlite')
    ours = (await createOrganization(hub.payload, 'verify-ours')).id
    const theirs = (await createOrganization(hub.payload, 'verify-theirs')).id
    users.admin = await createUser(hub.payload, 'admin', 'admin@verify.example')
    users.editor = await createUser(hub.payload, 'editor', 'editor@verify.example', ours)
    users.otherEditor = await createUser(hub.payload, 'editor', 'other@verify.example', theirs)
    users.translator = await createUser(hub.payload, 'translator', 'translator@verify.example')
    const create = async (slug: string, overrides: Record<string, unknown> = {}) =>
      (
        await hub.payload.create({
          collection: 'donation-lists',
          data: donationList(ours, slug, overrides),
          overrideAccess: true,
        })
      ).id
    ids.stale = await create('stale')
    ids.fresh = await create('fresh', { lastVerified: '2027-02-01' })
    ids.pending = await create('pending')
    await hub.payload.update({
      collection: 'donation-lists',
      id: ids.pending,
      data: { howToDonate: 'A change not yet published.', _status: 'draft' },
      draft: true,
      overrideAccess: true,
    })
    ids.draftOnly = await create('draft-only', { _status: 'draft' })
    ids.hotline = (
      await hub.payload.create({
        collection: 'hotlines',
        data: {
          slug: 'verify-line',
          name: 'Verify line',
          phone: '+1 555 0100',
          hours: '24 hours',
          reviewBy: '2027-06-01',
          _status: 'published',
        },
        overrideAccess: true,
      })
    ).id
  })
  afterAll(async () => hub?.close())

  it('lists donation lists and hotlines verified longer ago than their interval, or never', async () => {
    const health = await contentHealth(await reqOf('editor'), now)
    expect(health.staleVerification.map((row) => row.title).sort()).toEqual([
      'Verify line',
      'draft-only',
      'pending',
      'stale',
    ])
    expect(health.staleVerification[0]).toMatchObject({ title: 'Verify line', lastVerified: null })
  })

  it('uses the intervals an admin sets', async () => {
    await hub.payload.updateGlobal({
      slug: 'verification-settings',
      data: { donationListsDays: 20 },
      overrideAccess: true,
    })
    const health = await contentHealth(await reqOf('editor'), now)
    expect(health.staleVerification.map((row) => row.title)).toContain('fresh')
    await hub.payload.updateGlobal({
      slug: 'verification-settings',
      data: { donationListsDays: 90 },
      overrideAccess: true,
    })
  })

  it('sets today and the next review date, as a new published version readers see', async () => {
    const before = await versionsOf(hub.payload, 'donation-lists', ids.stale)
    expect(await verify('editor', 'donation-lists', ids.stale)).toEqual({
      ok: true,
      lastVerified: '2027-03-01',
      reviewBy: '2027-05-30',
      status: 'published',
    })
    const doc = await live('donation-lists', ids.stale)
    expect(doc.lastVerified?.slice(0, 10)).toBe('2027-03-01')
    expect(doc.reviewBy.slice(0, 10)).toBe('2027-05-30')
    expect(doc._status).toBe('published')
    expect(await versionsOf(hub.payload, 'donation-lists', ids.stale)).toBe(before + 1)
    const health = await contentHealth(await reqOf('editor'), now)
    expect(health.staleVerification.map((row) => row.title)).not.toContain('stale')
  })

  it('lets any editor verify a coalition-wide hotline, with the hotline interval', async () => {
    expect(await verify('otherEditor', 'hotlines', ids.hotline)).toMatchObject({
      ok: true,
      reviewBy: '2027-08-28',
      status: 'published',
    })
    expect((await live('hotlines', ids.hotline)).lastVerified?.slice(0, 10)).toBe('2027-03-01')
  })

  it('verifies a document never published as a draft, publishing nothing', async () => {
    expect(await verify('editor', 'donation-lists', ids.draftOnly)).toMatchObject({
      ok: true,
      status: 'draft',
    })
    expect((await latest('donation-lists', ids.draftOnly))._status).toBe('draft')
    expect(
      await hub.payload.count({
        collection: 'donation-lists',
        where: { and: [{ id: { equals: ids.draftOnly } }, { _status: { equals: 'published' } }] },
        overrideAccess: true,
      }),
    ).toMatchObject({ totalDocs: 0 })
  })

  const refusals: [string, keyof typeof users, keyof typeof ids, number, string][] = [
    ['a published list with unpublished changes', 'editor', 'pending', 409, 'pendingChanges'],
    ["another organization's list", 'otherEditor', 'fresh', 403, 'forbidden'],
    ['a translator', 'translator', 'fresh', 403, 'forbidden'],
    ['a translator, on a hotline', 'translator', 'hotline', 403, 'forbidden'],
  ]
  it.each(refusals)('refuses %s and changes nothing', async (_, role, key, status, reason) => {
    const collection = key === 'hotline' ? 'hotlines' : 'donation-lists'
    const id = ids[key]
    const before = {
      doc: await latest(collection, id),
      versions: await versionsOf(hub.payload, collection, id),
    }
    expect(await verify(role, collection, id)).toMatchObject({ ok: false, status, reason })
    expect(await latest(collection, id)).toEqual(before.doc)
    expect(await versionsOf(hub.payload, collection, id)).toBe(before.versions)
  })

  it('refuses a document that does not exist, and anyone signed out', async () => {
    expect(await verify('admin', 'donation-lists', 999999)).toMatchObject({ ok: false, status: 404 })
    const anonymous = await createLocalReq({}, hub.payload)
    expect(await markVerified(anonymous, 'donation-lists', String(ids.fresh), now)).toMatchObject({
      ok: false,
      status: 401,
    })
  })
})
