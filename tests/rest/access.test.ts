import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { lexical } from '@hub/content-schemas'

import { startCmsServer, type CmsServer } from '@hub/scripts/cms-server'
import { errorText, restClient } from '../support/restClient'

const password = 'rest-test-password-1'
const DRAFT_MARKER = 'DRAFT-ONLY-7f3a9c'

function guide(organization: number, slug: string, extra: Record<string, unknown> = {}) {
  return {
    slug,
    title: `Guide ${slug}`,
    summary: 'A guide created by the REST tests.',
    organization,
    reviewBy: '2027-06-01',
    body: lexical.doc(lexical.p('Body text.')),
    _status: 'published',
    ...extra,
  }
}

describe('the CMS REST and GraphQL API on a running app', () => {
  let cms: CmsServer
  let api: ReturnType<typeof restClient>
  let admin: string
  let editor: string
  let translator: string
  let ours: number
  let theirGuide: number
  let draftGuide: number

  beforeAll(async () => {
    cms = await startCmsServer()
    api = restClient(cms.url)
    const first = await api.post('/api/users/first-register', {
      email: 'admin@rest.example',
      password,
      role: 'admin',
    })
    expect(first.status, JSON.stringify(first.body)).toBe(200)
    admin = await api.login('admin@rest.example', password)

    const organization = async (slug: string) => {
      const reply = await api.post(
        '/api/organizations',
        {
          slug,
          name: slug,
          country: 'US',
          mission: 'Mission.',
          reviewBy: '2027-06-01',
          _status: 'published',
        },
        admin,
      )
      expect(reply.status, JSON.stringify(reply.body)).toBe(201)
      return reply.body.doc.id as number
    }
    ours = await organization('ours')
    const theirs = await organization('theirs')
    for (const [email, role, org] of [
      ['editor@rest.example', 'editor', ours],
      ['translator@rest.example', 'translator', null],
    ] as const) {
      const reply = await api.post('/api/users', { email, password, role, organization: org }, admin)
      expect(reply.status, JSON.stringify(reply.body)).toBe(201)
    }
    editor = await api.login('editor@rest.example', password)
    translator = await api.login('translator@rest.example', password)

    theirGuide = (await api.post('/api/guides', guide(theirs, 'their-guide'), admin)).body.doc.id
    await api.post('/api/guides', guide(ours, 'our-guide'), admin)
    const draft = await api.post(
      '/api/guides?draft=true',
      guide(ours, 'draft-guide', { title: DRAFT_MARKER, _status: 'draft' }),
      admin,
    )
    expect(draft.status, JSON.stringify(draft.body)).toBe(201)
    draftGuide = draft.body.doc.id
  })

  afterAll(async () => cms?.stop())

  describe('anonymous readers', () => {
    it('get published guides, never a draft, even when they ask for drafts', async () => {
      for (const path of [
        '/api/guides',
        '/api/guides?draft=true',
        '/api/guides?locale=all&draft=true&limit=100',
      ]) {
        const reply = await api.get(path)
        expect(reply.status).toBe(200)
        expect(reply.body.docs.map((doc: { slug: string }) => doc.slug).sort()).toEqual([
          'our-guide',
          'their-guide',
        ])
        expect(JSON.stringify(reply.body)).not.toContain(DRAFT_MARKER)
      }
      const direct = await api.get(`/api/guides/${draftGuide}?draft=true`)
      expect(direct.status).toBe(404)
      expect(JSON.stringify(direct.body)).not.toContain(DRAFT_MARKER)
    })

    it('cannot read users or versions', async () => {
      expect((await api.get('/api/users')).status).toBe(403)
      expect((await api.get('/api/users/1')).status).toBe(403)
      const versions = await api.get('/api/guides/versions')
      expect(versions.status).toBe(403)
      expect(JSON.stringify(versions.body)).not.toContain(DRAFT_MARKER)
    })

    it('get the same answers from GraphQL', async () => {
      const guides = await api.graphql('{ Guides(draft: true, limit: 100) { docs { slug title } } }')
      expect(JSON.stringify(guides.body)).not.toContain(DRAFT_MARKER)
      expect(guides.body.data.Guides.docs).toHaveLength(2)
      const users = await api.graphql('{ Users { docs { email } } }')
      expect(users.body.errors?.[0]?.message).toMatch(/not allowed/i)
      expect(JSON.stringify(users.body)).not.toContain('@rest.example')
      const versions = await api.graphql('{ versionsGuides { docs { version { title } } } }')
      expect(JSON.stringify(versions.body)).not.toContain(DRAFT_MARKER)
    })
  })

  describe('staff', () => {
    it('an editor cannot change another organization’s guide', async () => {
      const reply = await api.patch(`/api/guides/${theirGuide}`, { title: 'Taken over' }, editor)
      expect(reply.status).toBe(403)
      const stored = await api.get(`/api/guides/${theirGuide}`)
      expect(stored.body.title).toBe('Guide their-guide')
    })

    it('a translator can save a Spanish draft but cannot publish it', async () => {
      const draft = await api.patch(
        `/api/guides/${theirGuide}?locale=es&draft=true`,
        { title: 'Guía en borrador', _status: 'draft' },
        translator,
      )
      expect(draft.status, JSON.stringify(draft.body)).toBe(200)
      const publish = await api.patch(
        `/api/guides/${theirGuide}?locale=es`,
        { title: 'Guía publicada', _status: 'published' },
        translator,
      )
      expect(publish.status).toBe(403)
      const publicEs = await api.get(`/api/guides/${theirGuide}?locale=es`)
      expect(publicEs.body.title).not.toBe('Guía publicada')
      expect(publicEs.body.title).not.toBe('Guía en borrador')
    })
  })

  describe('a translator only ever saves drafts', () => {
    it('leaves the published guide as readers have it, however the edit is sent', async () => {
      const live = async () => (await api.get(`/api/guides/${theirGuide}?locale=fr`)).body
      const before = await live()
      for (const [path, body] of [
        [`/api/guides/${theirGuide}?locale=fr`, { title: 'Titre sans brouillon' }],
        [`/api/guides/${theirGuide}?locale=fr`, { title: 'Titre dépublié', _status: 'draft' }],
        [`/api/guides/${theirGuide}?locale=fr`, { summary: 'Résumé pendant un brouillon.' }],
      ] as const) {
        const reply = await api.patch(path, body, translator)
        expect(reply.status, JSON.stringify(reply.body)).toBe(200)
        const now = await live()
        expect(now._status).toBe('published')
        expect(now.title).toBe(before.title)
        expect(now.summary).toBe(before.summary)
      }
      const latest = await api.get(`/api/guides/${theirGuide}?locale=fr&draft=true`, admin)
      expect(latest.body.summary).toBe('Résumé pendant un brouillon.')
    })

    it('cannot restore a version, which would rewrite fields that are not translations', async () => {
      const versions = await api.get(
        `/api/guides/versions?where[parent][equals]=${theirGuide}&sort=createdAt`,
        admin,
      )
      const reply = await api.post(
        `/api/guides/versions/${versions.body.docs[0].id}?draft=true`,
        {},
        translator,
      )
      expect(reply.status).toBe(403)
      expect(errorText(reply)).toContain('Translators cannot restore versions')
    })
  })

  describe('bad input is refused clearly and changes nothing', () => {
    const guideCount = async () =>
      (await api.get('/api/guides?limit=0&draft=true', admin)).body.totalDocs as number

    it('a schema violation names the field', async () => {
      const before = await guideCount()
      const reply = await api.post('/api/guides', guide(ours, 'Not A Slug!'), admin)
      expect(reply.status).toBe(400)
      expect(errorText(reply)).toMatch(/slug: .*lowercase/)
      expect(await guideCount()).toBe(before)
    })

    it('a duplicate slug names the document that has it', async () => {
      const before = await guideCount()
      const reply = await api.post('/api/guides', guide(ours, 'our-guide', { title: 'Copy' }), admin)
      expect(reply.status).toBe(400)
      expect(errorText(reply)).toMatch(/slug: The slug "our-guide" is already used/)
      expect(await guideCount()).toBe(before)
    })

    it('an unknown locale is refused, not written as English', async () => {
      const before = await guideCount()
      const create = await api.post('/api/guides?locale=de', guide(ours, 'german-guide'), admin)
      expect(create.status).toBe(400)
      expect(errorText(create)).toContain('Unknown locale "de"')
      expect(errorText(create)).toContain('en, es, fr, ar, th')
      expect(await guideCount()).toBe(before)

      const update = await api.patch(`/api/guides/${theirGuide}?locale=pt-BR`, { title: 'Guia' }, admin)
      expect(update.status).toBe(400)
      expect((await api.get(`/api/guides/${theirGuide}`)).body.title).toBe('Guide their-guide')
    })

    it('an upload that is not an image is refused by its content, not its name', async () => {
      const form = new FormData()
      form.append('_payload', JSON.stringify({ alt: 'Not really a photo' }))
      form.append(
        'file',
        new Blob(['<html><script>alert(1)</script></html>'], { type: 'image/png' }),
        'photo.png',
      )
      const reply = await api.upload('/api/media', form, admin)
      expect(reply.status).toBe(400)
      expect(errorText(reply)).toContain('photo.png')
      expect((await api.get('/api/media?limit=0', admin)).body.totalDocs).toBe(0)
    })

    it('a photo with GPS tags is stored and served without them', async () => {
      const photo = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#2a6f97' } })
        .jpeg()
        .withExif({ IFD0: { Make: 'GpsCam' }, IFD3: { GPSLatitudeRef: 'S', GPSLatitude: '33/1 52/1 0/1' } })
        .toBuffer()
      const form = new FormData()
      form.append('_payload', JSON.stringify({ alt: 'A blue rectangle' }))
      form.append('file', new Blob([new Uint8Array(photo)], { type: 'image/jpeg' }), 'located.jpg')
      const reply = await api.upload('/api/media', form, admin)
      expect(reply.status, JSON.stringify(reply.body)).toBe(201)
      // Used by no published document, the file is served to staff only.
      expect((await fetch(new URL(reply.body.doc.url, cms.url))).status).toBe(403)
      const served = await fetch(new URL(reply.body.doc.url, cms.url), {
        headers: { Authorization: `JWT ${admin}` },
      })
      expect(served.status).toBe(200)
      const bytes = Buffer.from(await served.arrayBuffer())
      expect((await sharp(bytes).metadata()).exif).toBeUndefined()
      expect(bytes.toString('latin1')).not.toContain('GpsCam')
    })
  })
})
