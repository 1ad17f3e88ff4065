import path from 'node:path'

import { describe, expect, it } from 'vitest'
import type { z } from 'zod'

import { collections, locales, ref, siteSettings } from '@hub/content-schemas'

import { readSnapshot } from '../loaders/readSnapshot'
import { hubFromSnapshot } from './hubData'
import { createFrameKey, createListingKeys, createPageKeys, relationTargets } from './pageKeys'

const fixture = path.resolve(import.meta.dirname, '..', '..', '..', 'tests', 'fixtures', 'snapshot')
const fixtureMedia = path.join(fixture, 'media-files')
const now = new Date('2026-12-05T12:00:00Z')

/** The names of the contract's fields that hold a `ref` (a localized one by its own name, not its locale's). */
function refFields(schema: z.ZodType, name = '', seen = new Set<unknown>()): string[] {
  if (schema === ref) return [name]
  if (seen.has(schema)) return []
  seen.add(schema)
  const def = (schema as unknown as { _zod: { def: Record<string, any> } })._zod.def
  const children: [string, z.ZodType][] = []
  if (def.type === 'object')
    for (const [key, child] of Object.entries(def.shape as Record<string, z.ZodType>))
      children.push([(locales as readonly string[]).includes(key) ? name : key, child])
  for (const key of ['element', 'innerType', 'in', 'out', 'valueType', 'getter'] as const) {
    const child = key === 'getter' && def.getter ? def.getter() : def[key]
    if (child && typeof child === 'object') children.push([name, child])
  }
  for (const option of def.options ?? []) children.push([name, option])
  return children.flatMap(([key, child]) => refFields(child, key, seen))
}

describe('the cache keys of pages', () => {
  it('know the target of every relation field of the contract', () => {
    const fields = new Set(
      [siteSettings, ...Object.values(collections).map((collection) => collection.document)].flatMap(
        (schema) => refFields(schema),
      ),
    )
    // A document's own id; a rich-text link's `value`, which comes with its own `relationTo`.
    fields.delete('id')
    fields.delete('value')
    expect([...fields].sort()).toEqual(Object.keys(relationTargets).sort())
  })

  it('change for the pages that show a changed document, and not for a page that shows nothing of it', async () => {
    const snapshot = await readSnapshot(fixture)
    const before = createPageKeys(hubFromSnapshot(snapshot, now), fixtureMedia, now)
    const topic = snapshot.documents.topics.find((doc) => doc.slug === 'recognising-signs')!
    const renamed = structuredClone(snapshot)
    renamed.documents.topics.find((doc) => doc.id === topic.id)!.name.en = 'Signs of trafficking'
    const after = createPageKeys(hubFromSnapshot(renamed, now), fixtureMedia, now)
    const filed = snapshot.documents.guides.filter((guide) =>
      guide.topics.some((id) => String(id) === String(topic.id)),
    )
    expect(filed.length).toBeGreaterThan(0)
    for (const guide of filed) expect(after('guides', guide), guide.slug).not.toBe(before('guides', guide))
    expect(after('topics', topic)).not.toBe(before('topics', topic))
    const screening = snapshot.documents.events.find((doc) => doc.slug === 'ghost-fleet-screening-bangkok')!
    expect(after('events', screening)).toBe(before('events', screening))
  })

  it('change for every page when the site settings change', async () => {
    const snapshot = await readSnapshot(fixture)
    const before = createPageKeys(hubFromSnapshot(snapshot, now), fixtureMedia, now)
    const changed = structuredClone(snapshot)
    changed.settings.quickExitUrl = 'https://example.com/'
    const after = createPageKeys(hubFromSnapshot(changed, now), fixtureMedia, now)
    for (const event of snapshot.documents.events)
      expect(after('events', event)).not.toBe(before('events', event))
    expect(createFrameKey(hubFromSnapshot(changed, now), fixtureMedia)).not.toBe(
      createFrameKey(hubFromSnapshot(snapshot, now), fixtureMedia),
    )
    expect(createListingKeys(hubFromSnapshot(changed, now), fixtureMedia, now)('hotlines')).not.toBe(
      createListingKeys(hubFromSnapshot(snapshot, now), fixtureMedia, now)('hotlines'),
    )
  })
})

describe('the cache keys of listings', () => {
  it('change for the listings that show a renamed organization, and not for the others', async () => {
    const snapshot = await readSnapshot(fixture)
    const before = createListingKeys(hubFromSnapshot(snapshot, now), fixtureMedia, now)
    const renamed = structuredClone(snapshot)
    // The organization of two volunteer opportunities, whose cards name it.
    renamed.documents.organizations.find((doc) => String(doc.id) === '1')!.name.en = 'Renamed'
    const after = createListingKeys(hubFromSnapshot(renamed, now), fixtureMedia, now)
    expect(after('organizations')).not.toBe(before('organizations'))
    expect(after('volunteer-opportunities')).not.toBe(before('volunteer-opportunities'))
    expect(after('hotlines')).toBe(before('hotlines'))
  })

  it('change for the events listing when an event passes into the past, and not for the others', async () => {
    const snapshot = await readSnapshot(fixture)
    const hub = hubFromSnapshot(snapshot, now)
    const later = new Date('2026-12-10T22:00:00Z')
    const before = createListingKeys(hub, fixtureMedia, now)
    const after = createListingKeys(hubFromSnapshot(snapshot, later), fixtureMedia, later)
    expect(after('events')).not.toBe(before('events'))
    expect(after('posts')).toBe(before('posts'))
    expect(after('hotlines')).toBe(before('hotlines'))
  })

  it('walk the documents once for the page, listing and frame keys of one hub', async () => {
    const snapshot = await readSnapshot(fixture)
    /** A hub whose first guide counts how often its organization field is read. */
    const counted = () => {
      const hub = hubFromSnapshot(snapshot, now)
      const guide = hub.guides[0]!
      const { organization } = guide
      const reads = { count: 0 }
      Object.defineProperty(guide, 'organization', {
        enumerable: true,
        get: () => {
          reads.count += 1
          return organization
        },
      })
      return { hub, guide, reads }
    }
    const alone = counted()
    createPageKeys(alone.hub, fixtureMedia, now)('guides', alone.guide)
    const readsAlone = alone.reads.count
    const all = counted()
    createPageKeys(all.hub, fixtureMedia, now)('guides', all.guide)
    createListingKeys(all.hub, fixtureMedia, now)('hotlines')
    createFrameKey(all.hub, fixtureMedia)
    expect(all.reads.count).toBe(readsAlone)
  })

  it('change for a listing whose documents are added or removed', async () => {
    const snapshot = await readSnapshot(fixture)
    const before = createListingKeys(hubFromSnapshot(snapshot, now), fixtureMedia, now)
    const removed = structuredClone(snapshot)
    removed.documents.posts.pop()
    const after = createListingKeys(hubFromSnapshot(removed, now), fixtureMedia, now)
    expect(after('posts')).not.toBe(before('posts'))
    expect(after('actions')).toBe(before('actions'))
  })
})
