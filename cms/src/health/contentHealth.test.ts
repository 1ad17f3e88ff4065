import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { User } from '../payload-types'
import { createOrganization, createUser, guideData } from '../testing/fixtures'
import { startTestHub, type TestHub } from '../testing/testHub'
import { contentHealth, type ContentHealth, type HealthRow } from './contentHealth'

const now = new Date('2027-03-01T12:00:00.000Z')

describe('content health', () => {
  let hub: TestHub
  let ours: number
  let theirs: number
  const users = {} as Record<'admin' | 'editor' | 'translator', User>

  const healthOf = async (role: keyof typeof users) =>
    contentHealth(await createLocalReq({ user: { ...users[role], collection: 'users' } }, hub.payload), now)
  const titles = (rows: HealthRow[]) =>
    rows.filter((row) => row.collection === 'guides').map((row) => row.title)
  const spanish = (health: ContentHealth) => health.translations.find((entry) => entry.locale === 'es')!
  const guide = (organization: number, slug: string, overrides: Record<string, unknown> = {}) =>
    hub.payload.create({
      collection: 'guides',
      data: guideData(organization, { slug, title: slug, ...overrides }),
      overrideAccess: true,
    })

  beforeAll(async () => {
    hub = await startTestHub('sqlite')
    ours = (await createOrganization(hub.payload, 'health-ours')).id
    theirs = (await createOrganization(hub.payload, 'health-theirs')).id
    users.admin = await createUser(hub.payload, 'admin', 'admin@health.example')
    users.editor = await createUser(hub.payload, 'editor', 'editor@health.example', ours)
    users.translator = await createUser(hub.payload, 'translator', 'translator@health.example')

    await guide(ours, 'ours-overdue', { reviewBy: '2027-02-01' })
    await guide(ours, 'ours-due-soon', { reviewBy: '2027-03-20' })
    await guide(ours, 'ours-later', { reviewBy: '2027-09-01' })
    await guide(theirs, 'theirs-overdue', { reviewBy: '2027-01-15' })
    await guide(theirs, 'co-owned-overdue', { reviewBy: '2027-02-10', coOwners: [ours] })
    const translated = await guide(ours, 'ours-translated')
    await hub.payload.update({
      collection: 'guides',
      id: translated.id,
      locale: 'es',
      data: { title: 'Guía traducida', _status: 'draft' },
      draft: true,
      overrideAccess: true,
    })
    // Published one language at a time, as the admin's Publish does: nothing is left unpublished.
    const perLocale = await guide(ours, 'ours-published-per-locale', { _status: 'draft' })
    await hub.payload.update({
      collection: 'guides',
      id: perLocale.id,
      locale: 'en',
      publishSpecificLocale: 'en',
      data: { _status: 'published' },
      overrideAccess: true,
    })
    const changed = await guide(ours, 'ours-changed')
    await hub.payload.update({
      collection: 'guides',
      id: changed.id,
      data: { summary: 'A change not yet published.', _status: 'draft' },
      draft: true,
      overrideAccess: true,
    })
  })
  afterAll(async () => hub?.close())

  it('lists an editor’s overdue and soon-due documents, their organization’s and co-owned ones only', async () => {
    const health = await healthOf('editor')
    expect(titles(health.overdue)).toEqual(['ours-overdue', 'co-owned-overdue'])
    expect(health.overdue[0]).toMatchObject({
      organization: 'Organization health-ours',
      date: '2027-02-01T00:00:00.000Z',
    })
    expect(titles(health.dueSoon)).toEqual(['ours-due-soon'])
    expect(health.byOrganization).toEqual([])
  })

  it('lists published documents with a saved change not yet published, a draft translation included', async () => {
    expect(titles((await healthOf('editor')).unpublishedChanges).sort()).toEqual([
      'ours-changed',
      'ours-translated',
    ])
  })

  it('tells a missing translation from one that falls back in places', async () => {
    const es = spanish(await healthOf('editor'))
    expect(titles(es.fallingBack)).toEqual(['ours-translated'])
    expect(titles(es.missing)).toContain('ours-overdue')
    expect(titles(es.missing)).not.toContain('ours-translated')
    expect(titles(es.missing)).not.toContain('theirs-overdue')
  })

  it('gives admins the whole coalition with counts per organization', async () => {
    const health = await healthOf('admin')
    expect(titles(health.overdue)).toEqual(['theirs-overdue', 'ours-overdue', 'co-owned-overdue'])
    expect(health.byOrganization).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          organization: 'Organization health-ours',
          overdue: 1,
          dueSoon: 1,
          unpublishedChanges: 2,
        }),
        expect.objectContaining({ organization: 'Organization health-theirs', overdue: 2 }),
      ]),
    )
  })

  it('shows translators the translations only', async () => {
    const health = await healthOf('translator')
    expect(health.overdue).toEqual([])
    expect(health.unpublishedChanges).toEqual([])
    expect(titles(spanish(health).missing)).toContain('theirs-overdue')
  })
})
