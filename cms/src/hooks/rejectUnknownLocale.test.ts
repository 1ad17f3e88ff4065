import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createOrganization, guideData } from '../testing/fixtures'
import { startTestHub, type TestHub } from '../testing/testHub'

/** A Local API request as if it came to `/api/guides?<search>`, with the query as Payload's qs parses it. */
function requestWith(search: string, query: Record<string, unknown> = {}) {
  return { url: `http://localhost/api/guides?${search}`, query } as never
}

describe('locale parameters on a save', () => {
  let hub: TestHub
  let guide: number

  beforeAll(async () => {
    hub = await startTestHub('sqlite')
    const organization = (await createOrganization(hub.payload, 'locale-org')).id
    guide = (
      await hub.payload.create({
        collection: 'guides',
        data: guideData(organization, { slug: 'locale-guide' }),
        overrideAccess: true,
      })
    ).id
  })
  afterAll(async () => hub?.close())

  const saveDraft = (search: string, query: Record<string, unknown> = {}, title = 'Borrador') =>
    hub.payload.update({
      collection: 'guides',
      id: guide,
      locale: 'es',
      draft: true,
      data: { title },
      overrideAccess: true,
      req: requestWith(search, query),
    })

  it.each([
    ['autosave', 'draft=true&autosave=true&locale=es&fallback-locale=null&depth=0'],
    ['Save draft', 'locale=es&depth=0&fallback-locale=null&draft=true'],
    ['a reader asking for no fallback', 'locale=es&fallback-locale=none'],
    ['parameters that only look like object keys', 'locale=es&constructor=x&toString[]=y'],
    ['every locale', 'locale=all'],
  ])('accepts what %s sends', async (_, search) => {
    await expect(saveDraft(search)).resolves.toMatchObject({ title: 'Borrador' })
  })

  it.each([
    ['an unknown locale', 'locale=de', {}, 'Unknown locale "de"'],
    ['an unknown fallback locale', 'locale=es&fallback-locale=de', {}, 'Unknown fallback-locale "de"'],
    ['an unknown fallbackLocale', 'fallbackLocale=pt-BR', {}, 'Unknown fallbackLocale "pt-BR"'],
    ['a locale list', 'locale[]=de', { locale: ['de'] }, '"locale[]" is not a locale'],
    ['a locale object', 'locale[x]=de', { locale: { x: 'de' } }, '"locale[x]" is not a locale'],
    ['a locale sent twice', 'locale=es&locale=de', { locale: ['es', 'de'] }, 'more than once'],
    ['a list only qs sees', '', { fallbackLocale: ['de'] }, 'must be one locale'],
  ])('refuses %s and changes nothing', async (_, search, query, message) => {
    await expect(saveDraft(search, query, 'Refused')).rejects.toMatchObject({
      status: 400,
      message: expect.stringContaining(message),
    })
    const stored = await hub.payload.findByID({
      collection: 'guides',
      id: guide,
      locale: 'all',
      draft: true,
      overrideAccess: true,
    })
    expect(JSON.stringify(stored)).not.toContain('Refused')
  })

  it('refuses an unknown locale on the site settings too', async () => {
    await expect(
      hub.payload.updateGlobal({
        slug: 'site-settings',
        data: { quickExitUrl: 'https://weather.example.org/' },
        overrideAccess: true,
        req: requestWith('locale=xx'),
      }),
    ).rejects.toMatchObject({ status: 400 })
  })
})
