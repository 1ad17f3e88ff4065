import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { beforeAll, describe, expect, it } from 'vitest'

import { readSnapshot } from '../loaders/readSnapshot'
import { blockHotline, hotlineFor, regionsOf, smsHref, telHref } from './hotlines'
import { hubFromSnapshot, type Hub } from './hubData'

const fixture = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../tests/fixtures/snapshot')
let hub: Hub
const id = (collection: 'regions' | 'hotlines', slug: string) =>
  hub[collection].find((doc) => doc.slug === slug)!.id
const slugOf = (hotline: { slug: string } | undefined) => hotline?.slug

beforeAll(async () => {
  hub = hubFromSnapshot(await readSnapshot(fixture))
})

describe('the hotline a page shows', () => {
  it('is the one Site settings choose for the page’s language', () => {
    expect(slugOf(hotlineFor(hub, 'en'))).toBe('us-national-human-trafficking-hotline')
    expect(slugOf(hotlineFor(hub, 'th'))).toBe('mekong-worker-helpline')
  })

  it('is none, never English’s, for a language without one', () => {
    expect(hub.settings.hotline?.ar).toBeUndefined()
    expect(hotlineFor(hub, 'ar')).toBeUndefined()
    expect(hotlineFor(hub, 'ar', [id('regions', 'worldwide')])).toBeUndefined()
  })

  it('is a line serving a region the page names, one answering in the page’s language first', () => {
    const usAndMexico = [id('regions', 'united-states'), id('regions', 'mexico')]
    expect(slugOf(hotlineFor(hub, 'th', usAndMexico))).toBe('us-national-human-trafficking-hotline')
    expect(slugOf(hotlineFor(hub, 'es', [id('regions', 'mexico')]))).toBe('red-jornaleros-line')
    expect(slugOf(hotlineFor(hub, 'en', [id('regions', 'thailand')]))).toBe('mekong-worker-helpline')
    const bothMexican = {
      ...hub,
      hotlines: hub.hotlines.map((line) =>
        line.slug === 'us-national-human-trafficking-hotline'
          ? line
          : { ...line, regions: [id('regions', 'mexico')] },
      ),
    }
    expect(slugOf(hotlineFor(bothMexican, 'fr', [id('regions', 'mexico')]))).toBe(
      'france-victim-support-line',
    )
  })

  it('skips a line that is not published', () => {
    const unpublished = {
      ...hub,
      hotlines: hub.hotlines.filter((line) => line.slug !== 'mekong-worker-helpline'),
    }
    expect(hotlineFor(unpublished, 'th')).toBeUndefined()
    expect(hotlineFor(unpublished, 'th', [id('regions', 'thailand')])).toBeUndefined()
  })

  it('takes a region page’s own region and a document’s regions', () => {
    const thailand = hub.regions.find((region) => region.slug === 'thailand')!
    expect(regionsOf('regions', thailand)).toEqual([thailand.id])
    const rights = hub.guides.find((guide) => guide.slug === 'know-your-rights-at-work')!
    expect(regionsOf('guides', rights)).toEqual(rights.regions)
    expect(regionsOf('topics', hub.topics[0]!)).toEqual([])
  })
})

describe('the hotline a hotline block in rich text shows', () => {
  const line = (slug: string) => hub.hotlines.find((hotline) => hotline.slug === slug)
  const us = 'us-national-human-trafficking-hotline'

  it('is the reader’s line, not the editor’s choice, when one fits', () => {
    expect(slugOf(blockHotline(hub, 'th', [], line('gulf-migrant-worker-line')))).toBe(
      'mekong-worker-helpline',
    )
    expect(slugOf(blockHotline(hub, 'en', [id('regions', 'gulf-states')], line(us)))).toBe(
      'gulf-migrant-worker-line',
    )
  })

  it('is the editor’s choice when nothing fits and it answers in the page’s language, else none', () => {
    expect(slugOf(blockHotline(hub, 'ar', [], line('gulf-migrant-worker-line')))).toBe(
      'gulf-migrant-worker-line',
    )
    expect(blockHotline(hub, 'ar', [], line(us))).toBeUndefined()
  })
})

describe('the links that reach a line', () => {
  it('dial the digits and leading plus of a number written for readers', () => {
    expect(telHref('+1 (888) 373-7888')).toBe('tel:+18883737888')
    expect(telHref('1-800-555-0199')).toBe('tel:18005550199')
  })

  it('text the number of an SMS line, whether given as words or bare', () => {
    expect(smsHref('AYUDA to 55501')).toBe('sms:55501')
    expect(smsHref('233733')).toBe('sms:233733')
    expect(smsHref('+971 50 555 0100')).toBe('sms:+971505550100')
  })
})
