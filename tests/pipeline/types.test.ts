import { readFile, rm } from 'node:fs/promises'
import path from 'node:path'

import { parseFeed } from '@rowanmanning/feed-parser'
import ICAL from 'ical.js'
import { PDFDocument } from 'pdf-lib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { lexical } from '@hub/content-schemas'
import { startCmsServer, type CmsServer } from '@hub/scripts/cms-server'
import { run } from '@hub/scripts/processes'
import { searchIndexText } from '@hub/scripts/search-index'

import { errorText, restClient } from '../support/restClient'
import { buildSite, repoRoot, siteBuildDir } from '../support/siteBuild'

const password = 'types-pipeline-password-1'
const siteUrl = 'https://hub.example.org'
/** The build's today: the event is upcoming, one volunteer role open and the other closed. */
const buildNow = '2027-01-15'

type Id = number
type Created = { collection: string; id: Id; slug: string }

/**
 * Every document type an editor publishes, from the CMS's REST API through the
 * export into a built site, its search index, calendar files and feeds: one CMS
 * and one site build for all of them.
 */
describe('from CMS to site: each content type an editor publishes', () => {
  let cms: CmsServer
  let api: ReturnType<typeof restClient>
  let editor: string
  let admin: string
  let work: string
  let client: string
  let search: string
  let pdfFilename: string
  const created: Record<string, Created> = {}
  /** What each refused publish answered, and whether the stored document and its versions stayed the same. */
  const refusals: Record<string, { status: number; message: string; unchanged: boolean }> = {}
  const page = (route: string) => readFile(path.join(client, route, 'index.html'), 'utf8')

  async function publish(collection: string, data: Record<string, unknown>): Promise<Created> {
    const reply = await api.post(`/api/${collection}`, { ...data, _status: 'published' }, editor)
    expect(reply.status, `${collection}: ${JSON.stringify(reply.body)}`).toBe(201)
    return { collection, id: reply.body.doc.id, slug: reply.body.doc.slug }
  }

  /** Everything stored of a document (its draft and published state) and how many versions it has. */
  async function storedState(collection: string, id: Id) {
    const doc = (await api.get(`/api/${collection}/${id}?depth=0&locale=all&draft=true`, admin)).body
    const versions = (await api.get(`/api/${collection}/versions?where[parent][equals]=${id}&limit=1`, admin))
      .body.totalDocs
    return JSON.stringify({ doc, versions })
  }

  /** An editor's publish of a bad value into a published document: refused, naming the field, changing nothing. */
  async function refuse(key: string, change: Record<string, unknown>) {
    const { collection, id } = created[key]!
    const before = await storedState(collection, id)
    const reply = await api.patch(`/api/${collection}/${id}`, { ...change, _status: 'published' }, editor)
    refusals[key] = {
      status: reply.status,
      message: errorText(reply),
      unchanged: (await storedState(collection, id)) === before,
    }
  }

  beforeAll(async () => {
    cms = await startCmsServer()
    api = restClient(cms.url)
    const first = await api.post('/api/users/first-register', {
      email: 'admin@types.example',
      password,
      role: 'admin',
    })
    expect(first.status, JSON.stringify(first.body)).toBe(200)
    admin = await api.login('admin@types.example', password)
    const organization = async (slug: string, name: string, country: string) => {
      const reply = await api.post(
        '/api/organizations',
        {
          slug,
          name,
          country,
          mission: `${name} works with survivors.`,
          reviewBy: '2027-06-01',
          _status: 'draft',
        },
        admin,
      )
      expect(reply.status, JSON.stringify(reply.body)).toBe(201)
      return reply.body.doc.id as Id
    }
    const ours = await organization('tidewater-alliance', 'Tidewater Alliance', 'TH')
    const partner = await organization('harbour-light-network', 'Harbour Light Network', 'US')
    await api.patch(`/api/organizations/${partner}`, { _status: 'published' }, admin)
    const account = await api.post(
      '/api/users',
      { email: 'editor@types.example', password, role: 'editor', organization: ours },
      admin,
    )
    expect(account.status, JSON.stringify(account.body)).toBe(201)
    editor = await api.login('editor@types.example', password)

    // The editor's own organisation, published with what its profile holds.
    const profile = await api.patch(
      `/api/organizations/${ours}`,
      {
        founded: 2011,
        website: 'https://tidewater.example.org',
        languagesServed: [{ code: 'th' }, { code: 'en' }],
        services: [{ text: 'Casework for fishers returning home' }],
        _status: 'published',
      },
      editor,
    )
    expect(profile.status, JSON.stringify(profile.body)).toBe(200)
    created.organization = { collection: 'organizations', id: ours, slug: 'tidewater-alliance' }

    const document = await PDFDocument.create()
    document.addPage([420, 595]).drawText('Lanternfish screening poster', { x: 40, y: 520, size: 18 })
    const form = new FormData()
    form.append('_payload', JSON.stringify({ alt: 'Lanternfish screening poster' }))
    form.append(
      'file',
      new Blob([new Uint8Array(await document.save())], { type: 'application/pdf' }),
      'lanternfish-poster.pdf',
    )
    const upload = await api.upload('/api/media', form, editor)
    expect(upload.status, JSON.stringify(upload.body)).toBe(201)
    pdfFilename = upload.body.doc.filename

    const resource = (slug: string, title: string) => ({
      slug,
      title,
      summary: `${title}, published by the types pipeline test.`,
      organization: ours,
      reviewBy: '2027-06-01',
    })
    const kit = await publish('screening-kits', {
      ...resource('lanternfish-kit', 'Lanternfish screening kit'),
      film: {
        title: 'Lanternfish',
        year: 2020,
        runtimeMinutes: 88,
        synopsis: 'Fishers at sea for years.',
        ageGuidance: '15-plus',
        licenceNote: 'Ask the distributor for a community licence.',
      },
      facilitatorGuide: lexical.doc(lexical.p('Welcome people and name the hotline.')),
    })
    created.event = await publish('events', {
      ...resource('lanternfish-night-bangkok', 'Quillwort screening night in Bangkok'),
      kind: 'screening',
      start: '2027-02-12T19:00',
      end: '2027-02-12T21:30',
      timeZone: 'Asia/Bangkok',
      venue: { name: 'Riverside Hall', address: '12 Charoen Krung Road, Bangkok' },
      hosts: [ours, partner],
      screeningKit: kit.id,
      languages: [{ code: 'th' }, { code: 'en' }],
    })
    created.action = await publish('actions', {
      ...resource('write-to-your-buyer', 'Marramgrass letter to a seafood buyer'),
      kind: 'advocate',
      effort: 'minutes',
      cost: 'free',
      link: 'https://tidewater.example.org/letter',
    })
    const role = (slug: string, title: string, closingDate: string) => ({
      ...resource(slug, title),
      commitment: 'Four hours a week',
      workplace: 'remote',
      howToApply: 'Write to the volunteer coordinator.',
      closingDate,
    })
    created.openRole = await publish(
      'volunteer-opportunities',
      role('caseworker-translators', 'Sedgewren casework translators', '2027-03-01'),
    )
    created.closedRole = await publish(
      'volunteer-opportunities',
      role('harbour-outreach-walkers', 'Bryonyvale harbour outreach walkers', '2027-01-10'),
    )
    created.post = await publish('posts', {
      ...resource('tidewater-opens-office', 'Foxglade news: a new office by the harbour'),
      publishedOn: '2027-01-05',
      body: lexical.doc(lexical.p('We opened an office where fishers come ashore.')),
    })
    created.material = await publish('outreach-materials', {
      ...resource('lanternfish-poster', 'Wrenbarrow screening poster'),
      kind: 'poster',
      placement: 'Harbour notice boards and clinic waiting rooms.',
      files: [{ language: 'en', file: upload.body.doc.id }],
      screeningKit: kit.id,
    })
    created.hotline = await publish('hotlines', {
      slug: 'tidewater-line',
      name: 'Tidewater Helpline',
      phone: '+66 2 123 4567',
      hours: 'Every day, 8:00 to 20:00',
      languages: [{ code: 'th' }],
      reviewBy: '2027-06-01',
    })

    await refuse('event', { end: '2027-02-12T18:00' })
    await refuse('action', { link: null })
    await refuse('openRole', { applyUrl: 'tidewater.example.org/apply' })
    await refuse('post', { publishedOn: null })
    await refuse('material', { files: [] })
    await refuse('organization', { website: 'tidewater dot org' })
    await refuse('hotline', { phone: 'call the office' })

    work = await siteBuildDir('types')
    const snapshotDir = path.join(work, 'snapshot')
    await run('pnpm', ['run', 'export'], {
      cwd: path.join(repoRoot, 'cms'),
      env: { ...cms.env, HUB_SNAPSHOT_DIR: snapshotDir },
    })
    const dist = path.join(work, 'dist')
    const build = await buildSite({
      snapshotDir,
      outDir: dist,
      env: { HUB_SITE_URL: siteUrl, HUB_BUILD_NOW: buildNow },
    })
    expect(build.code, build.output).toBe(0)
    client = path.join(dist, 'client')
    search = await searchIndexText(client, 'en')
  })

  afterAll(async () => {
    await cms?.stop()
    if (work) await rm(work, { recursive: true, force: true })
  })

  it('refuses a publish that breaks the contract, naming the field, and changes nothing', () => {
    const fields: Record<string, string> = {
      event: 'end',
      action: 'link',
      openRole: 'applyUrl',
      post: 'publishedOn',
      material: 'files',
      organization: 'website',
      hotline: 'phone',
    }
    for (const [key, field] of Object.entries(fields)) {
      expect(refusals[key], key).toMatchObject({ status: 400, unchanged: true })
      expect(refusals[key]!.message, key).toContain(`${field}:`)
    }
  })

  it('builds the event page, with its hosts, kit and calendar file, and lists it as upcoming', async () => {
    const html = await page('en/events/lanternfish-night-bangkok')
    expect(html).toContain('Quillwort screening night in Bangkok')
    expect(html).toContain('href="/en/organizations/tidewater-alliance/"')
    expect(html).toContain('href="/en/organizations/harbour-light-network/"')
    expect(html).toContain('href="/en/screening-kits/lanternfish-kit/"')
    expect(html).toContain('href="/en/events/lanternfish-night-bangkok.ics"')
    expect(await page('en/events')).toContain('href="/en/events/lanternfish-night-bangkok/"')
    expect(search).toContain('Quillwort screening night in Bangkok')

    const calendar = new ICAL.Component(
      ICAL.parse(await readFile(path.join(client, 'en/events/lanternfish-night-bangkok.ics'), 'utf8')),
    )
    const [event] = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent))
    expect(event!.summary).toBe('Quillwort screening night in Bangkok')
    // 19:00 in Bangkok (UTC+7) is 12:00 UTC.
    expect(event!.startDate.toJSDate().toISOString()).toBe('2027-02-12T12:00:00.000Z')
    expect(event!.endDate.toJSDate().toISOString()).toBe('2027-02-12T14:30:00.000Z')
    expect(event!.location).toContain('12 Charoen Krung Road')
  })

  it('builds the take-action item, listed on the take-action page', async () => {
    expect(await page('en/take-action/write-to-your-buyer')).toContain(
      'Marramgrass letter to a seafood buyer',
    )
    expect(await page('en/take-action')).toContain('Marramgrass letter to a seafood buyer')
    expect(search).toContain('Marramgrass letter to a seafood buyer')
  })

  it('builds the open volunteer role and leaves the closed one off every page, the search and the sitemap', async () => {
    expect(await page('en/volunteer/caseworker-translators')).toContain('Sedgewren casework translators')
    const listing = await page('en/volunteer')
    expect(listing).toContain('href="/en/volunteer/caseworker-translators/"')
    expect(search).toContain('Sedgewren casework translators')

    expect(listing).not.toContain('Bryonyvale')
    await expect(page('en/volunteer/harbour-outreach-walkers')).rejects.toThrow(/ENOENT/)
    expect(search).not.toContain('Bryonyvale')
    expect(await readFile(path.join(client, 'sitemap.xml'), 'utf8')).not.toContain('harbour-outreach-walkers')
  })

  it('builds the news post, listed in the news and in RSS and Atom an independent parser reads', async () => {
    expect(await page('en/news/tidewater-opens-office')).toContain(
      'We opened an office where fishers come ashore.',
    )
    expect(await page('en/news')).toContain('href="/en/news/tidewater-opens-office/"')
    expect(search).toContain('Foxglade news: a new office by the harbour')
    for (const file of ['rss.xml', 'atom.xml']) {
      const feed = parseFeed(await readFile(path.join(client, 'en/news', file), 'utf8'))
      expect(
        feed.items.map((item) => [item.title, item.url]),
        file,
      ).toEqual([
        ['Foxglade news: a new office by the harbour', `${siteUrl}/en/news/tidewater-opens-office/`],
      ])
      expect(feed.items[0]!.published?.toISOString()).toBe('2027-01-05T00:00:00.000Z')
    }
  })

  it('builds the outreach material with its uploaded PDF to download', async () => {
    const html = await page('en/outreach/lanternfish-poster')
    expect(html).toContain('Wrenbarrow screening poster')
    expect(html).toContain(`href="/media/${pdfFilename}"`)
    const file = await readFile(path.join(client, 'media', pdfFilename))
    expect(file.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    expect(await page('en/screening-kits/lanternfish-kit')).toContain(
      'href="/en/outreach/lanternfish-poster/"',
    )
    expect(search).toContain('Wrenbarrow screening poster')
  })

  it('builds the organisation’s page and directory entry, and lists the hotline', async () => {
    const html = await page('en/organizations/tidewater-alliance')
    expect(html).toContain('Tidewater Alliance')
    expect(html).toContain('2011')
    expect(html).toContain('Casework for fishers returning home')
    expect(html).toContain('href="/en/events/lanternfish-night-bangkok/"')
    expect(await page('en/organizations')).toContain('href="/en/organizations/tidewater-alliance/"')
    const hotlines = await page('en/hotlines')
    expect(hotlines).toContain('Tidewater Helpline')
    expect(hotlines).toContain('+66 2 123 4567')
  })
})
