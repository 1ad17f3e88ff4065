import { PDFDocument } from 'pdf-lib'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { lexical } from '@hub/content-schemas'

import { startCmsServer, type CmsServer } from '@hub/scripts/cms-server'
import { restClient, type Reply } from '../support/restClient'
import { testDatabases } from './databases'
import { matrix, roles, type Cell, type Outcome, type Role } from './matrix'

const password = 'matrix-test-password-1'
type Transport = 'rest' | 'graphql'
type Id = number
type Actor = { token?: string; id?: Id; organization?: Id }

/** How each collection is named in GraphQL, which field is translated, and what a valid document is. */
type Kind = {
  one: string
  many: string
  text: 'title' | 'name' | 'alt'
  owned?: boolean
  /** `file`: a PDF in the media library, for types whose documents must carry one. */
  data: (slug: string, organization: Id, file: Id) => Record<string, unknown>
}

const kinds: Record<string, Kind> = {
  guides: {
    one: 'Guide',
    many: 'Guides',
    text: 'title',
    owned: true,
    data: (slug, organization) => ({
      slug,
      title: `Guide ${slug}`,
      summary: 'A guide made by the security matrix.',
      organization,
      reviewBy: '2027-06-01',
      body: lexical.doc(lexical.p('Body text.')),
    }),
  },
  posts: {
    one: 'Post',
    many: 'Posts',
    text: 'title',
    owned: true,
    data: (slug, organization) => ({
      slug,
      title: `Post ${slug}`,
      summary: 'A news post made by the security matrix.',
      organization,
      reviewBy: '2027-06-01',
      publishedOn: '2026-11-01',
      body: lexical.doc(lexical.p('Body text.')),
    }),
  },
  actions: {
    one: 'Action',
    many: 'Actions',
    text: 'title',
    owned: true,
    data: (slug, organization) => ({
      slug,
      title: `Action ${slug}`,
      summary: 'A take-action item made by the security matrix.',
      organization,
      reviewBy: '2027-06-01',
      kind: 'learn',
      effort: 'minutes',
      cost: 'free',
      link: 'https://hub.example.org/learn',
    }),
  },
  'volunteer-opportunities': {
    one: 'VolunteerOpportunity',
    many: 'VolunteerOpportunities',
    text: 'title',
    owned: true,
    data: (slug, organization) => ({
      slug,
      title: `Volunteer role ${slug}`,
      summary: 'A volunteer opportunity made by the security matrix.',
      organization,
      reviewBy: '2027-06-01',
      commitment: 'Two hours a week',
      workplace: 'remote',
      howToApply: 'Write to the coordinator.',
    }),
  },
  events: {
    one: 'Event',
    many: 'Events',
    text: 'title',
    owned: true,
    data: (slug, organization) => ({
      slug,
      title: `Event ${slug}`,
      summary: 'An event made by the security matrix.',
      organization,
      reviewBy: '2027-06-01',
      kind: 'workshop',
      start: '2027-01-10T18:00',
      end: '2027-01-10T20:00',
      timeZone: 'Europe/Paris',
      onlineUrl: 'https://hub.example.org/meet',
      hosts: [organization],
      languages: [{ code: 'en' }],
    }),
  },
  'outreach-materials': {
    one: 'OutreachMaterial',
    many: 'OutreachMaterials',
    text: 'title',
    owned: true,
    data: (slug, organization, file) => ({
      slug,
      title: `Poster ${slug}`,
      summary: 'An outreach material made by the security matrix.',
      organization,
      reviewBy: '2027-06-01',
      kind: 'poster',
      placement: 'Community centres and clinic waiting rooms.',
      files: [{ language: 'en', file }],
    }),
  },
  organizations: {
    one: 'Organization',
    many: 'Organizations',
    text: 'name',
    data: (slug) => ({
      slug,
      name: `Org ${slug}`,
      country: 'US',
      mission: 'Mission.',
      reviewBy: '2027-06-01',
    }),
  },
  hotlines: {
    one: 'Hotline',
    many: 'Hotlines',
    text: 'name',
    data: (slug) => ({
      slug,
      name: `Line ${slug}`,
      phone: '1-888-373-7888',
      hours: '24/7',
      reviewBy: '2027-06-01',
    }),
  },
  'donation-lists': {
    one: 'DonationList',
    many: 'DonationLists',
    text: 'title',
    owned: true,
    data: (slug, organization) => ({
      slug,
      title: `Donations ${slug}`,
      summary: 'A donation list made by the security matrix.',
      organization,
      reviewBy: '2027-06-01',
      lastVerified: '2020-01-01',
      items: [{ name: 'Blankets', category: 'household', priority: 'normal' }],
      howToDonate: 'Bring them to the office.',
    }),
  },
  topics: { one: 'Topic', many: 'Topics', text: 'name', data: (slug) => ({ slug, name: `Topic ${slug}` }) },
  regions: {
    one: 'Region',
    many: 'Regions',
    text: 'name',
    data: (slug) => ({ slug, name: `Region ${slug}` }),
  },
}

/** Records nobody writes by hand, read as lists; their GraphQL list names. */
const records: Record<string, string> = {
  'site-builds': 'SiteBuilds',
  'audit-log': 'AuditLogs',
  'link-checks': 'LinkChecks',
  'review-requests': 'ReviewRequests',
}

/**
 * GraphQL has these operations; uploads, locks and the global are tested over
 * REST. (Payload offers no GraphQL unlock where accounts are never locked.)
 */
const graphqlOperations = new Set([
  'read',
  'readDraft',
  'create',
  'update',
  'changeOwner',
  'publish',
  'publishUnderReview',
  'unpublish',
  'delete',
  'duplicate',
  'coEdit',
  'coDelete',
  'coOwners',
  'restore',
  'readAccount',
  'deleteAccount',
])

async function pdf(text: string): Promise<Blob> {
  const document = await PDFDocument.create()
  document.addPage([595, 842]).drawText(text, { x: 72, y: 770, size: 18 })
  return new Blob([new Uint8Array(await document.save())], { type: 'application/pdf' })
}

async function png(colour: string): Promise<Blob> {
  const bytes = await sharp({ create: { width: 8, height: 8, channels: 3, background: colour } })
    .png()
    .toBuffer()
  return new Blob([new Uint8Array(bytes)], { type: 'image/png' })
}

for (const database of testDatabases) {
  describe.skipIf(!database.available)(`the security matrix on ${database.kind}`, () => {
    let cms: CmsServer
    let api: ReturnType<typeof restClient>
    const actors = {} as Record<Role, Actor>
    let ours: Id
    let theirs: Id
    /** An organisation with no editor in the matrix, owning the documents ours co-owns. */
    let third: Id
    /** Another editor of our organisation: the author of drafts submitted for review. */
    let spare: { id: Id; email: string; token: string }
    /** A one-page PDF the admin uploaded: the printable file of every outreach material. */
    let samplePdf: Id
    let counter = 0
    const unique = (prefix: string) => `${prefix}-${(counter += 1)}`

    const admin = () => actors.admin.token!
    const graphql = async (role: Role, query: string, variables: Record<string, unknown> = {}) =>
      fetch(`${cms.url}/api/graphql`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          ...(actors[role].token ? { Authorization: `JWT ${actors[role].token}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
      }).then(async (response) => ({ status: response.status, body: await response.json() }) as Reply)
    const send = (role: Role, method: string, path: string, json?: unknown): Promise<Reply> =>
      fetch(`${cms.url}${path}`, {
        method,
        headers: {
          ...(json !== undefined ? { 'Content-Type': 'application/json' } : {}),
          ...(actors[role].token ? { Authorization: `JWT ${actors[role].token}` } : {}),
        },
        body: json !== undefined ? JSON.stringify(json) : undefined,
      }).then(async (response) => {
        const text = await response.text()
        try {
          return { status: response.status, body: JSON.parse(text) }
        } catch {
          return { status: response.status, body: text }
        }
      })

    /** An XLIFF exchange request: the file is the body, the export the answer. */
    const exchange = (role: Role, path: string, xml?: string) =>
      fetch(`${cms.url}${path}`, {
        method: xml === undefined ? 'GET' : 'POST',
        headers: {
          ...(xml !== undefined ? { 'Content-Type': 'application/x-xliff+xml' } : {}),
          ...(actors[role].token ? { Authorization: `JWT ${actors[role].token}` } : {}),
        },
        body: xml,
      }).then(async (response) => ({ status: response.status, text: await response.text() }))

    /** A published document owned by our organisation (where documents are owned), made by the admin. */
    async function published(collection: string, extra: Record<string, unknown> = {}): Promise<Id> {
      const reply = await api.post(
        `/api/${collection}`,
        {
          ...kinds[collection]!.data(unique(collection.slice(0, 3)), ours, samplePdf),
          _status: 'published',
          ...extra,
        },
        admin(),
      )
      expect(reply.status, JSON.stringify(reply.body)).toBe(201)
      return reply.body.doc.id
    }
    /** A published document of a third organisation that names ours as co-owner. */
    const coOwned = (collection: string) => published(collection, { organization: third, coOwners: [ours] })
    /** A guide of ours with a draft the spare editor of our organisation submitted for review. */
    async function submittedBySpare(): Promise<Id> {
      const id = await published('guides')
      await api.patch(`/api/guides/${id}?draft=true`, { title: unique('FOR-REVIEW') }, admin())
      const reply = await api.post(
        '/api/review-requests/submit',
        { collection: 'guides', id, locale: 'en' },
        spare.token,
      )
      expect(reply.status, JSON.stringify(reply.body)).toBe(200)
      return reply.body.id
    }
    const reviewState = async (id: Id) =>
      (await api.get(`/api/review-requests/${id}?depth=0`, admin())).body.state
    const underReview = (organizations: Id[]) =>
      api.post('/api/globals/review-settings', { organizationsUnderReview: organizations }, admin())
    const stored = async (collection: string, id: Id, query = '') =>
      (await api.get(`/api/${collection}/${id}?depth=0${query}`, admin())).body
    /** The document an organisation's own editor acts on: for organisations, their own. */
    const target = async (collection: string, role: Role) =>
      collection === 'organizations' && role !== 'admin' ? ours : published(collection)

    /** Whether a role can read a medium's record or its file: either one is a leak where it should be neither. */
    async function mediaReadable(role: Role, id: Id): Promise<boolean> {
      const record = await send(role, 'GET', `/api/media/${id}`)
      const file = await fetch(`${cms.url}/api/media/file/${(await stored('media', id)).filename}`, {
        headers: actors[role].token ? { Authorization: `JWT ${actors[role].token}` } : {},
      })
      await file.arrayBuffer()
      return record.body?.id === id || file.status === 200
    }

    async function observe(cell: Cell, role: Role, via: Transport): Promise<Outcome> {
      const { collection } = cell
      const kind = kinds[collection]
      switch (cell.operation) {
        case 'read': {
          if (collection === 'site-settings') {
            const reply = await send(role, 'GET', '/api/globals/site-settings')
            return reply.status === 200 && reply.body.quickExitUrl ? 'yes' : 'no'
          }
          if (collection === 'verification-settings') {
            const reply = await send(role, 'GET', '/api/globals/verification-settings')
            return reply.status === 200 && reply.body.hotlinesDays ? 'yes' : 'no'
          }
          if (collection === 'review-settings') {
            const reply = await send(role, 'GET', '/api/globals/review-settings?depth=0')
            return reply.status === 200 && !reply.body.errors ? 'yes' : 'no'
          }
          if (records[collection]) {
            const reply =
              via === 'rest'
                ? await send(role, 'GET', `/api/${collection}`)
                : await graphql(role, `{ ${records[collection]} { totalDocs } }`)
            return reply.status === 200 && !reply.body.errors ? 'yes' : 'no'
          }
          if (collection === 'media') {
            const id = await upload('admin', unique('alt'))
            await published('guides', { downloads: [id] })
            return (await mediaReadable(role, id)) ? 'yes' : 'no'
          }
          const id = await published(collection)
          const reply =
            via === 'rest'
              ? await send(role, 'GET', `/api/${collection}/${id}`)
              : await graphql(role, `query($id: Int!) { ${kind!.one}(id: $id) { id } }`, { id })
          return (via === 'rest' ? reply.body?.id : reply.body?.data?.[kind!.one]?.id) === id ? 'yes' : 'no'
        }
        case 'readUnused': {
          const id = await upload('admin', unique('alt'))
          return (await mediaReadable(role, id)) ? 'yes' : 'no'
        }
        case 'readDraft': {
          const marker = unique('DRAFT-MARKER')
          const draft = await api.post(
            `/api/${collection}?draft=true`,
            { ...kind!.data(unique('draft'), ours, samplePdf), [kind!.text]: marker, _status: 'draft' },
            admin(),
          )
          const id = draft.body.doc.id
          const reply =
            via === 'rest'
              ? await send(role, 'GET', `/api/${collection}/${id}?draft=true`)
              : await graphql(
                  role,
                  `query($id: Int!) { ${kind!.one}(id: $id, draft: true) { ${kind!.text} } }`,
                  {
                    id,
                  },
                )
          return JSON.stringify(reply.body).includes(marker) ? 'yes' : 'no'
        }
        case 'create': {
          if (collection === 'site-builds') {
            const reason = unique('forged build')
            await send(role, 'POST', '/api/site-builds', {
              status: 'published',
              reason,
              startedAt: new Date(),
            })
            const found = await api.get(
              `/api/site-builds?where[reason][equals]=${encodeURIComponent(reason)}`,
              admin(),
            )
            return found.body.totalDocs > 0 ? 'yes' : 'no'
          }
          if (collection === 'review-requests') {
            const title = unique('forged request')
            await send(role, 'POST', '/api/review-requests', {
              title,
              collection: 'guides',
              documentId: '1',
              locale: 'en',
              state: 'submitted',
            })
            const found = await api.get(
              `/api/review-requests?where[title][equals]=${encodeURIComponent(title)}`,
              admin(),
            )
            return found.body.totalDocs > 0 ? 'yes' : 'no'
          }
          if (collection === 'link-checks') {
            const url = `https://forged.example/${unique('link')}`
            await send(role, 'POST', '/api/link-checks', { url, state: 'ok', checkedAt: new Date() })
            const found = await api.get(
              `/api/link-checks?where[url][equals]=${encodeURIComponent(url)}`,
              admin(),
            )
            return found.body.totalDocs > 0 ? 'yes' : 'no'
          }
          const slug = unique('created')
          const data = { ...kind!.data(slug, ours, samplePdf), _status: 'published' }
          if (via === 'rest') await send(role, 'POST', `/api/${collection}`, data)
          else
            await graphql(
              role,
              `mutation($data: mutation${kind!.one}Input!) { create${kind!.one}(data: $data) { id } }`,
              {
                data,
              },
            )
          const found = await api.get(`/api/${collection}?draft=true&where[slug][equals]=${slug}`, admin())
          return found.body.totalDocs > 0 ? 'yes' : 'no'
        }
        case 'update':
        case 'coEdit': {
          const marker = unique('EDITED')
          if (collection === 'media') {
            const id = await upload('admin', unique('alt'))
            await send(role, 'PATCH', `/api/media/${id}`, { alt: marker })
            return (await stored('media', id)).alt === marker ? 'yes' : 'no'
          }
          const id = cell.operation === 'coEdit' ? await coOwned(collection) : await target(collection, role)
          if (via === 'rest') await send(role, 'PATCH', `/api/${collection}/${id}`, { [kind!.text]: marker })
          else
            await graphql(
              role,
              `mutation($id: Int!, $data: mutation${kind!.one}UpdateInput!) { update${kind!.one}(id: $id, data: $data) { id } }`,
              { id, data: { [kind!.text]: marker } },
            )
          const live = await stored(collection, id)
          if (live[kind!.text] === marker) return live._status === 'published' ? 'yes' : 'draft'
          const latest = await stored(collection, id, '&draft=true')
          return latest[kind!.text] === marker && live._status === 'published' ? 'draft' : 'no'
        }
        case 'changeOwner': {
          const id = await published(collection)
          if (via === 'rest') await send(role, 'PATCH', `/api/${collection}/${id}`, { organization: theirs })
          else
            await graphql(
              role,
              `mutation($id: Int!, $data: mutation${kind!.one}UpdateInput!) { update${kind!.one}(id: $id, data: $data) { id } }`,
              { id, data: { organization: theirs } },
            )
          const live = await stored(collection, id)
          const latest = await stored(collection, id, '&draft=true')
          return live.organization === theirs || latest.organization === theirs ? 'yes' : 'no'
        }
        case 'publish': {
          const id = await target(collection, role)
          const pending = unique('PENDING')
          await api.patch(
            `/api/${collection}/${id}?draft=true`,
            { [kind!.text]: pending, _status: 'draft' },
            admin(),
          )
          if (via === 'rest') await send(role, 'PATCH', `/api/${collection}/${id}`, { _status: 'published' })
          else
            await graphql(
              role,
              `mutation($id: Int!, $data: mutation${kind!.one}UpdateInput!) { update${kind!.one}(id: $id, data: $data) { id } }`,
              { id, data: { _status: 'published' } },
            )
          const live = await stored(collection, id)
          return live[kind!.text] === pending && live._status === 'published' ? 'yes' : 'no'
        }
        case 'unpublish': {
          const id = await target(collection, role)
          if (via === 'rest') await send(role, 'PATCH', `/api/${collection}/${id}`, { _status: 'draft' })
          else
            await graphql(
              role,
              `mutation($id: Int!, $data: mutation${kind!.one}UpdateInput!) { update${kind!.one}(id: $id, data: $data) { id } }`,
              { id, data: { _status: 'draft' } },
            )
          const live = await stored(collection, id)
          // Our organisation stays published for the rest of the matrix.
          if (live._status !== 'published')
            await api.patch(`/api/${collection}/${id}`, { _status: 'published' }, admin())
          return live._status === 'published' ? 'no' : 'yes'
        }
        case 'delete':
        case 'coDelete': {
          if (['site-builds', 'link-checks', 'review-requests'].includes(collection)) {
            // Refused deletes answer 403 before the record is looked up; an allowed one finds none (404).
            const reply = await send(role, 'DELETE', `/api/${collection}/999999`)
            return reply.status === 404 ? 'yes' : 'no'
          }
          if (collection === 'audit-log') {
            const entry = (await api.get('/api/audit-log?limit=1&depth=0', admin())).body.docs[0]
            expect(entry, 'the matrix has made audit entries by now').toBeDefined()
            if (via === 'rest') await send(role, 'DELETE', `/api/audit-log/${entry.id}`)
            else
              await graphql(
                role,
                `
                  mutation ($id: Int!) {
                    deleteAuditLog(id: $id) {
                      id
                    }
                  }
                `,
                { id: entry.id },
              )
            return (await api.get(`/api/audit-log/${entry.id}`, admin())).status === 404 ? 'yes' : 'no'
          }
          const id =
            collection === 'media'
              ? await upload('admin', unique('alt'))
              : cell.operation === 'coDelete'
                ? await coOwned(collection)
                : await published(collection)
          if (via === 'rest') await send(role, 'DELETE', `/api/${collection}/${id}`)
          else
            await graphql(
              role,
              `mutation($id: Int!) { delete${kinds[collection]?.one ?? 'Media'}(id: $id) { id } }`,
              { id },
            )
          return (await api.get(`/api/${collection}/${id}?draft=true`, admin())).status === 404 ? 'yes' : 'no'
        }
        case 'coOwners': {
          const id = await published(collection)
          if (via === 'rest') await send(role, 'PATCH', `/api/${collection}/${id}`, { coOwners: [theirs] })
          else
            await graphql(
              role,
              `mutation($id: Int!, $data: mutation${kind!.one}UpdateInput!) { update${kind!.one}(id: $id, data: $data) { id } }`,
              { id, data: { coOwners: [theirs] } },
            )
          const latest = await stored(collection, id, '&draft=true')
          return (latest.coOwners ?? []).includes(theirs) ? 'yes' : 'no'
        }
        case 'duplicate': {
          const id = await published(collection)
          await api.patch(
            `/api/${collection}/${id}?draft=true`,
            { [kind!.text]: unique('UNPUBLISHED') },
            admin(),
          )
          const slug = unique('copy')
          if (via === 'rest') await send(role, 'POST', `/api/${collection}/${id}/duplicate`, { slug })
          else
            await graphql(
              role,
              `mutation($id: Int!, $data: mutation${kind!.one}Input!) { duplicate${kind!.one}(id: $id, data: $data) { id } }`,
              { id, data: { ...kind!.data(slug, actors[role].organization ?? ours, samplePdf), slug } },
            )
          const found = await api.get(
            `/api/${collection}?draft=true&depth=0&where[slug][equals]=${slug}`,
            admin(),
          )
          const copy = found.body.docs[0]
          if (!copy) return 'no'
          const owner = role === 'admin' ? ours : actors[role].organization
          return copy._status === 'draft' && (!kind!.owned || copy.organization === owner) ? 'draft' : 'yes'
        }
        case 'restore': {
          const id = await target(collection, role)
          await api.patch(`/api/${collection}/${id}`, { [kind!.text]: unique('LATER') }, admin())
          const versions = await api.get(
            `/api/${collection}/versions?where[parent][equals]=${id}&sort=createdAt&depth=0`,
            admin(),
          )
          const first = versions.body.docs[0].id
          const original = versions.body.docs[0].version[kind!.text]
          if (via === 'rest') await send(role, 'POST', `/api/${collection}/versions/${first}`)
          else
            await graphql(role, `mutation($id: Int!) { restoreVersion${kind!.one}(id: $id) { id } }`, {
              id: first,
            })
          return (await stored(collection, id))[kind!.text] === original ? 'yes' : 'no'
        }
        case 'upload': {
          const alt = unique('UPLOADED')
          await upload(role, alt)
          const found = await api.get(`/api/media?where[alt][equals]=${alt}`, admin())
          return found.body.totalDocs > 0 ? 'yes' : 'no'
        }
        case 'replaceFile': {
          const id = await upload('admin', unique('alt'))
          const before = (await stored('media', id)).filename
          const form = new FormData()
          form.append('file', await png('#b5651d'), `${unique('replacement')}.png`)
          await fetch(`${cms.url}/api/media/${id}`, {
            method: 'PATCH',
            headers: actors[role].token ? { Authorization: `JWT ${actors[role].token}` } : {},
            body: form,
          })
          return (await stored('media', id)).filename === before ? 'no' : 'yes'
        }
        case 'lock':
        case 'releaseLock': {
          const id =
            collection === 'media' ? await upload('admin', unique('alt')) : await target(collection, role)
          const document = { relationTo: collection, value: id }
          let lockId: Id | undefined
          if (cell.operation === 'releaseLock') {
            const held = await api.post(
              '/api/payload-locked-documents',
              { document, user: { relationTo: 'users', value: actors.admin.id } },
              admin(),
            )
            lockId = held.body.doc.id
            await send(role, 'DELETE', `/api/payload-locked-documents/${lockId}`)
          } else {
            const mine = await send(role, 'POST', '/api/payload-locked-documents', {
              document,
              user: { relationTo: 'users', value: actors[role].id ?? actors.admin.id },
            })
            lockId = mine.body?.doc?.id
          }
          const locks = await api.get('/api/payload-locked-documents?depth=0&limit=1000', admin())
          const present = locks.body.docs.some((lock: { id: Id }) => lock.id === lockId)
          for (const lock of locks.body.docs)
            await send('admin', 'DELETE', `/api/payload-locked-documents/${lock.id}`)
          if (cell.operation === 'releaseLock') return present ? 'no' : 'yes'
          return present ? 'yes' : 'no'
        }
        case 'readAccount': {
          const read = async (id: Id) =>
            via === 'rest'
              ? (await send(role, 'GET', `/api/users/${id}`)).body?.id === id
              : (
                  await graphql(
                    role,
                    `
                      query ($id: Int!) {
                        User(id: $id) {
                          id
                        }
                      }
                    `,
                    { id },
                  )
                ).body?.data?.User?.id === id
          const other = await read(spare.id)
          const self = actors[role].id != null && (await read(actors[role].id!))
          return other ? 'yes' : self ? 'self' : 'no'
        }
        case 'createAccount': {
          const email = `${unique('new')}@matrix.example`
          await send(role, 'POST', '/api/users', { email, password, role: 'editor', organization: ours })
          const found = await api.get(`/api/users?where[email][equals]=${email}`, admin())
          return found.body.totalDocs > 0 ? 'yes' : 'no'
        }
        case 'changeRole': {
          const self = actors[role].id
          const subjects = [spare.id, ...(self != null && role !== 'admin' ? [self] : [])]
          for (const id of subjects)
            await send(role, 'PATCH', `/api/users/${id}`, { role: 'admin', organization: theirs })
          let changed = false
          for (const id of subjects) {
            const user = await stored('users', id)
            const original = id === spare.id ? { role: 'editor', organization: ours } : null
            if (user.role === 'admin' || (original && user.organization !== original.organization))
              changed = true
            if (id === spare.id)
              await api.patch(`/api/users/${id}`, { role: 'editor', organization: ours }, admin())
          }
          return changed ? 'yes' : 'no'
        }
        case 'deleteAccount': {
          const created = await api.post(
            '/api/users',
            { email: `${unique('doomed')}@matrix.example`, password, role: 'translator' },
            admin(),
          )
          const id = created.body.doc.id
          if (via === 'rest') await send(role, 'DELETE', `/api/users/${id}`)
          else
            await graphql(
              role,
              `
                mutation ($id: Int!) {
                  deleteUser(id: $id) {
                    id
                  }
                }
              `,
              { id },
            )
          return (await api.get(`/api/users/${id}`, admin())).status === 404 ? 'yes' : 'no'
        }
        case 'unlockAccount': {
          const reply =
            via === 'rest'
              ? await send(role, 'POST', '/api/users/unlock', { email: spare.email })
              : await graphql(
                  role,
                  `
                    mutation ($email: String!) {
                      unlockUser(email: $email)
                    }
                  `,
                  { email: spare.email },
                )
          return reply.status === 200 && !reply.body.errors ? 'yes' : 'no'
        }
        case 'exportXliff': {
          const id = await published(collection)
          const reply = await exchange(role, `/api/xliff/export?locale=fr&collection=${collection}&id=${id}`)
          return reply.status === 200 && reply.text.includes(`original="${collection}/${id}"`) ? 'yes' : 'no'
        }
        case 'importXliff': {
          const id = await published(collection)
          const marker = unique('TRADUIT')
          const exported = await exchange(
            'admin',
            `/api/xliff/export?locale=fr&collection=${collection}&id=${id}`,
          )
          const translated = exported.text.replace(
            /(<trans-unit id="title"[^>]*>\s*<source>[^<]*<\/source>)/,
            `$1<target state="translated">${marker}</target>`,
          )
          await exchange(role, '/api/xliff/import?locale=fr', translated)
          const live = await stored(collection, id, '&locale=fr')
          if (live[kind!.text] === marker) return 'yes'
          const latest = await stored(collection, id, '&locale=fr&draft=true')
          return latest[kind!.text] === marker && live._status === 'published' ? 'draft' : 'no'
        }
        case 'updateSettings': {
          if (collection === 'review-settings') {
            await send(role, 'POST', '/api/globals/review-settings', { organizationsUnderReview: [third] })
            const now = await api.get('/api/globals/review-settings?depth=0', admin())
            await underReview([])
            return (now.body.organizationsUnderReview ?? []).includes(third) ? 'yes' : 'no'
          }
          if (collection === 'verification-settings') {
            const days = 100 + (counter += 1)
            await send(role, 'POST', '/api/globals/verification-settings', { hotlinesDays: days })
            const now = await api.get('/api/globals/verification-settings', admin())
            return now.body.hotlinesDays === days ? 'yes' : 'no'
          }
          const url = `https://example.org/${unique('exit')}`
          await send(role, 'POST', '/api/globals/site-settings', { quickExitUrl: url })
          const now = await api.get('/api/globals/site-settings', admin())
          return now.body.quickExitUrl === url ? 'yes' : 'no'
        }
        case 'runJobs': {
          // An empty queue: running it changes nothing either way; the answer says whether it ran.
          const ran = await send(role, 'GET', '/api/payload-jobs/run?queue=matrix-empty')
          const scheduled = await send(role, 'GET', '/api/payload-jobs/handle-schedules?queue=matrix-empty')
          expect(ran.status === 200, 'run and handle-schedules agree').toBe(scheduled.status === 200)
          return ran.status === 200 ? 'yes' : 'no'
        }
        case 'submitReview': {
          const id = await published(collection)
          await api.patch(`/api/${collection}/${id}?draft=true`, { [kind!.text]: unique('DRAFT') }, admin())
          await send(role, 'POST', '/api/review-requests/submit', { collection, id, locale: 'en' })
          const found = await api.get(
            `/api/review-requests?where[documentId][equals]=${id}&where[state][equals]=submitted`,
            admin(),
          )
          return found.body.totalDocs > 0 ? 'yes' : 'no'
        }
        case 'publishUnderReview': {
          const reply = await underReview([ours])
          expect(reply.status, JSON.stringify(reply.body)).toBe(200)
          try {
            return await observe({ ...cell, operation: 'publish' }, role, via)
          } finally {
            await underReview([])
          }
        }
        case 'readReview': {
          const id = await submittedBySpare()
          const reply = await send(role, 'GET', `/api/review-requests/${id}`)
          return reply.body?.id === id ? 'yes' : 'no'
        }
        case 'returnReview': {
          const id = await submittedBySpare()
          await send(role, 'POST', `/api/review-requests/${id}/return`, { comment: 'Name the hotline.' })
          return (await reviewState(id)) === 'returned' ? 'yes' : 'no'
        }
        case 'markVerified': {
          const id = await published(collection, { lastVerified: '2020-01-01' })
          const versions = async () =>
            (await api.get(`/api/${collection}/versions?where[parent][equals]=${id}&limit=1`, admin())).body
              .totalDocs as number
          const before = await versions()
          await send(role, 'POST', `/api/${collection}/${id}/mark-verified`)
          const today = new Date().toISOString().slice(0, 10)
          const live = await stored(collection, id)
          if (live.lastVerified?.slice(0, 10) === today) return live._status === 'published' ? 'yes' : 'draft'
          if ((await versions()) !== before)
            throw new Error(`A refused verification wrote a version (${role})`)
          return 'no'
        }
      }
      throw new Error(`The matrix has no test for ${cell.operation} on ${collection}`)
    }

    async function upload(role: Role, alt: string): Promise<Id> {
      const form = new FormData()
      form.append('_payload', JSON.stringify({ alt }))
      form.append('file', await png('#2a6f97'), `${unique('upload')}.png`)
      const reply = await fetch(`${cms.url}/api/media`, {
        method: 'POST',
        headers: actors[role].token ? { Authorization: `JWT ${actors[role].token}` } : {},
        body: form,
      })
      const body = await reply.json()
      if (role === 'admin') expect(reply.status, JSON.stringify(body)).toBe(201)
      return body.doc?.id as Id
    }

    beforeAll(async () => {
      cms = await startCmsServer({ env: database.env })
      api = restClient(cms.url)
      actors.anonymous = {}
      const first = await api.post('/api/users/first-register', {
        email: 'admin@matrix.example',
        password,
        role: 'admin',
      })
      expect(first.status, JSON.stringify(first.body)).toBe(200)
      actors.admin = { token: await api.login('admin@matrix.example', password), id: first.body.user.id }
      const organization = async (slug: string) =>
        (
          await api.post(
            '/api/organizations',
            { ...kinds.organizations!.data(slug, 0, 0), _status: 'published' },
            admin(),
          )
        ).body.doc.id as Id
      ours = await organization('ours')
      theirs = await organization('theirs')
      third = await organization('third')
      const account = async (email: string, role: string, org: Id | null) => {
        const reply = await api.post('/api/users', { email, password, role, organization: org }, admin())
        expect(reply.status, JSON.stringify(reply.body)).toBe(201)
        return reply.body.doc.id as Id
      }
      for (const [role, org] of [
        ['translator', null],
        ['ownEditor', ours],
        ['otherEditor', theirs],
        ['coordinator', null],
      ] as const) {
        const email = `${role.toLowerCase()}@matrix.example`
        const id = await account(email, role.endsWith('Editor') ? 'editor' : role, org)
        actors[role] = { id, token: await api.login(email, password), organization: org ?? undefined }
      }
      spare = {
        id: await account('spare@matrix.example', 'editor', ours),
        email: 'spare@matrix.example',
        token: await api.login('spare@matrix.example', password),
      }
      const form = new FormData()
      form.append('_payload', JSON.stringify({ alt: 'A screening poster' }))
      form.append('file', await pdf('Screening on Friday at 7 pm'), 'poster.pdf')
      const poster = await api.upload('/api/media', form, admin())
      expect(poster.status, JSON.stringify(poster.body)).toBe(201)
      samplePdf = poster.body.doc.id
    })
    afterAll(async () => {
      await cms?.stop()
      await database.drop()
    })

    for (const cell of matrix) {
      for (const via of ['rest', 'graphql'] as const) {
        if (via === 'graphql' && !graphqlOperations.has(cell.operation)) continue
        if (via === 'graphql' && cell.collection === 'media') continue
        it(`${cell.collection} ${cell.operation} over ${via}`, async () => {
          const observed = Object.fromEntries(
            await roles.reduce<Promise<[Role, Outcome][]>>(
              async (done, role) => [...(await done), [role, await observe(cell, role, via)]],
              Promise.resolve([]),
            ),
          )
          expect(observed).toEqual(cell.expect)
        })
      }
    }
  })
}
