import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { lexical } from '@hub/content-schemas'

import { startCmsServer, type CmsServer } from '@hub/scripts/cms-server'
import { errorText, restClient } from '../support/restClient'

const password = 'rest-test-password-1'

/** The requests the admin itself sends carry `fallback-locale=null`; unknown locales are refused in every form. */
describe('locale parameters on the running CMS', () => {
  let cms: CmsServer
  let api: ReturnType<typeof restClient>
  let admin: string
  let guide: number

  beforeAll(async () => {
    cms = await startCmsServer()
    api = restClient(cms.url)
    await api.post('/api/users/first-register', { email: 'admin@locale.example', password, role: 'admin' })
    admin = await api.login('admin@locale.example', password)
    const organization = await api.post(
      '/api/organizations',
      {
        slug: 'org',
        name: 'Org',
        country: 'US',
        mission: 'Mission.',
        reviewBy: '2027-06-01',
        _status: 'published',
      },
      admin,
    )
    const created = await api.post(
      '/api/guides',
      {
        slug: 'locale-guide',
        title: 'Locale guide',
        summary: 'A guide.',
        organization: organization.body.doc.id,
        reviewBy: '2027-06-01',
        body: lexical.doc(lexical.p('Body text.')),
        _status: 'published',
      },
      admin,
    )
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    guide = created.body.doc.id
  })
  afterAll(async () => cms?.stop())

  const draftTitle = async (locale: string) =>
    (await api.get(`/api/guides/${guide}?locale=${locale}&draft=true&fallback-locale=none`, admin)).body.title

  it('stores an autosave and a Save draft as the admin sends them', async () => {
    const autosave = await api.patch(
      `/api/guides/${guide}?draft=true&autosave=true&locale=es&fallback-locale=null&depth=0`,
      { title: 'Guía autoguardada', _status: 'draft' },
      admin,
    )
    expect(autosave.status, errorText(autosave)).toBe(200)
    expect(await draftTitle('es')).toBe('Guía autoguardada')
    const saveDraft = await api.patch(
      `/api/guides/${guide}?locale=es&depth=0&fallback-locale=null&draft=true`,
      { title: 'Guía guardada', _status: 'draft' },
      admin,
    )
    expect(saveDraft.status, errorText(saveDraft)).toBe(200)
    expect(await draftTitle('es')).toBe('Guía guardada')
  })

  it('unpublishes as the admin does', async () => {
    const reply = await api.patch(
      `/api/guides/${guide}?locale=en&depth=0&fallback-locale=null`,
      { _status: 'draft' },
      admin,
    )
    expect(reply.status, errorText(reply)).toBe(200)
    expect((await api.get(`/api/guides/${guide}`)).status).toBe(404)
  })

  it.each([
    ['?locale=xx', 'Unknown locale "xx"'],
    ['?locale[]=xx', '"locale[]" is not a locale'],
    ['?locale[x]=y', '"locale[x]" is not a locale'],
    ['?locale=es&fallback-locale=xx', 'Unknown fallback-locale "xx"'],
    ['?fallbackLocale[0]=xx', '"fallbackLocale[0]" is not a locale'],
  ])('refuses %s and changes nothing', async (search, message) => {
    const reply = await api.patch(`/api/guides/${guide}${search}&draft=true`, { title: 'Refused' }, admin)
    expect(reply.status).toBe(400)
    expect(errorText(reply)).toContain(message)
    const all = await api.get(`/api/guides/${guide}?locale=all&draft=true`, admin)
    expect(JSON.stringify(all.body)).not.toContain('Refused')
  })

  it('refuses an unknown locale on the site settings', async () => {
    const reply = await api.post(
      '/api/globals/site-settings?locale=xx',
      { quickExitUrl: 'https://example.org/' },
      admin,
    )
    expect(reply.status).toBe(400)
    expect(errorText(reply)).toContain('Unknown locale "xx"')
  })

  it('GraphQL accepts only the hub locales', async () => {
    const known = await api.graphql('{ Guides(locale: es, fallbackLocale: none) { totalDocs } }', admin)
    expect(known.body.errors).toBeUndefined()
    const unknown = await api.graphql('{ Guides(locale: xx) { totalDocs } }', admin)
    expect(JSON.stringify(unknown.body.errors)).toContain('xx')
  })
})
