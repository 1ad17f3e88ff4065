import { readdir, readFile, readlink, rm, writeFile } from 'node:fs/promises'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

import { PDFDocument } from 'pdf-lib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { lexical } from '@hub/content-schemas'
import { startCmsServer, type CmsServer } from '@hub/scripts/cms-server'
import { searchIndexText } from '@hub/scripts/search-index'
import { serveStatic } from '@hub/scripts/static-server'

import { restClient } from '../support/restClient'
import { siteBuildDir } from '../support/siteBuild'

const MARKER = 'zqlivepublish5512'

/** Polls `check` once a second until it holds or `seconds` run out; says what it last saw. */
async function eventually<T>(what: string, seconds: number, check: () => Promise<T | undefined>): Promise<T> {
  let last: unknown
  for (let attempt = 0; attempt < seconds; attempt += 1) {
    try {
      const value = await check()
      if (value !== undefined) return value
    } catch (error) {
      last = error
    }
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
  throw new Error(`${what}: not within ${seconds} s${last ? ` (${String(last)})` : ''}`)
}

describe('publishing: the CMS rebuilds the live site by itself', () => {
  let cms: CmsServer
  let work: string
  let live: string
  let site: Server
  let siteUrl: string
  let api: ReturnType<typeof restClient>
  let admin: string
  let organization: number

  const get = (route: string, init?: RequestInit) => fetch(`${siteUrl}${route}`, init)
  const builds = async () =>
    (await api.get('/api/site-builds?sort=-startedAt&limit=20&depth=0', admin)).body.docs as {
      status: string
      reason: string
      error?: string
      release?: string
    }[]

  beforeAll(async () => {
    work = await siteBuildDir('publish')
    live = path.join(work, 'site', 'dist')
    cms = await startCmsServer({
      seed: true,
      env: {
        HUB_JOBS_AUTORUN: '1',
        HUB_PUBLISH_DIR: path.join(work, 'site'),
        HUB_SNAPSHOT_DIR: path.join(work, 'snapshot'),
      },
    })
    api = restClient(cms.url)
    admin = await api.login('admin@hub.example', 'coalition-demo-2026')
    organization = (await api.get('/api/organizations?limit=1', admin)).body.docs[0].id
    process.env.HUB_CMS_URL = cms.url
    site = await serveStatic(live, { host: '127.0.0.1', port: 0 })
    siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}`
    // The seed queued a build; the CMS runs it without being asked.
    await eventually('the first build goes live', 240, async () =>
      (await get('/en/')).ok ? true : undefined,
    )
  }, 600_000)

  afterAll(async () => {
    await new Promise((resolve) => site?.close(resolve))
    await cms?.stop()
    await rm(work, { recursive: true, force: true })
  })

  /** A handout uploaded by the admin, private until the live guide offers it. */
  let handout: { filename: string; url: string }

  it('serves a guide published through the REST API, and finds it by search, without a restart', async () => {
    const pdf = await PDFDocument.create()
    pdf.addPage([200, 200]).drawText('Handout', { x: 20, y: 100 })
    const form = new FormData()
    form.append('_payload', JSON.stringify({ alt: 'A handout' }))
    form.append(
      'file',
      new Blob([new Uint8Array(await pdf.save())], { type: 'application/pdf' }),
      'handout.pdf',
    )
    const uploaded = await api.upload('/api/media', form, admin)
    expect(uploaded.status, JSON.stringify(uploaded.body)).toBe(201)
    handout = uploaded.body.doc
    expect((await fetch(handout.url)).status).toBe(403)
    const created = await api.post(
      '/api/guides',
      {
        title: `Live guide ${MARKER}`,
        slug: 'live-guide',
        summary: 'A guide published while the hub runs.',
        organization,
        reviewBy: '2027-06-01',
        body: lexical.doc(lexical.p(`Published text ${MARKER}`)),
        downloads: [uploaded.body.doc.id],
        _status: 'published',
      },
      admin,
    )
    expect(created.status).toBe(201)
    const html = await eventually('the guide is served', 180, async () => {
      const response = await get('/en/guides/live-guide/')
      return response.ok ? response.text() : undefined
    })
    expect(html).toContain(MARKER)
    expect(await searchIndexText(path.join(live, 'client'), 'en')).toContain(MARKER)
    expect(await (await get('/sitemap.xml')).text()).toContain('/en/guides/live-guide/')
    const [latest] = await builds()
    expect(latest).toMatchObject({ status: 'published' })
    expect(latest!.reason).toContain('guides "live-guide" published')
    // Offered by a published guide, the handout is public: on the API and on the site.
    expect((await fetch(handout.url)).status).toBe(200)
    const onSite = await get(`/media/${handout.filename}`)
    expect(onSite.status).toBe(200)
    expect(onSite.headers.get('content-type')).toBe('application/pdf')
  }, 300_000)

  it('takes an unpublished guide off the pages, the search index and the sitemap', async () => {
    const guide = (await api.get('/api/guides?where[slug][equals]=live-guide&depth=0', admin)).body.docs[0]
    const unpublished = await api.patch(`/api/guides/${guide.id}`, { _status: 'draft' }, admin)
    expect(unpublished.status).toBe(200)
    await eventually('the guide is gone', 180, async () =>
      (await get('/en/guides/live-guide/')).status === 404 ? true : undefined,
    )
    expect(await searchIndexText(path.join(live, 'client'), 'en')).not.toContain(MARKER)
    expect(await (await get('/sitemap.xml')).text()).not.toContain('live-guide')
    // No published document offers the handout any more: it leaves the API and the site.
    expect((await fetch(handout.url)).status).toBe(403)
    expect((await get(`/media/${handout.filename}`)).status).toBe(404)
  }, 300_000)

  /** Publishes a new guide through the REST API, its title and body carrying `marker`. */
  const publishGuide = async (slug: string, marker: string) => {
    const created = await api.post(
      '/api/guides',
      {
        title: `Guide ${marker}`,
        slug,
        summary: 'A guide published while the hub runs.',
        organization,
        reviewBy: '2027-06-01',
        body: lexical.doc(lexical.p(`Published text ${marker}`)),
        _status: 'published',
      },
      admin,
    )
    expect(created.status, JSON.stringify(created.body)).toBe(201)
  }
  const noBuildRunning = () =>
    eventually('no build runs', 240, async () =>
      (await builds()).some((build) => build.status === 'running') ? undefined : true,
    )

  it('serves a guide published while a build runs, and the one that build was for', async () => {
    await publishGuide('built-first', 'zqbuiltfirst')
    await eventually('the build of the first guide runs', 60, async () => {
      const [latest] = await builds()
      return latest?.status === 'running' && latest.reason.includes('"built-first"') ? true : undefined
    })
    await publishGuide('published-during-build', 'zqduringbuild')
    const html = await eventually('the guide published during the build is served', 300, async () => {
      const response = await get('/en/guides/published-during-build/')
      return response.ok ? response.text() : undefined
    })
    expect(html).toContain('zqduringbuild')
    expect(await (await get('/en/guides/built-first/')).text()).toContain('zqbuiltfirst')
    const searchable = await searchIndexText(path.join(live, 'client'), 'en')
    expect(searchable).toContain('zqduringbuild')
    expect(searchable).toContain('zqbuiltfirst')
    await noBuildRunning()
    expect((await builds()).slice(0, 2).map((build) => build.status)).toEqual(['published', 'published'])
  }, 600_000)

  it('keeps the live site and its build link when the site build fails, and the next publish goes live', async () => {
    // An image the site shows, damaged on disk: the export carries the bytes over, the site build cannot read them.
    const image = (await api.get('/api/media?where[mimeType][contains]=image&limit=1&depth=0')).body.docs[0]
    const file = path.join(cms.mediaDir, image.filename)
    const original = await readFile(file)
    const guide = (await api.get('/api/guides?where[slug][equals]=know-your-rights-at-work&depth=0', admin))
      .body.docs[0]
    const page = '/en/guides/know-your-rights-at-work/'
    const releasesDir = path.join(work, 'site', 'releases')
    await noBuildRunning()
    const liveRelease = await readlink(live)
    const releases = await readdir(releasesDir)
    const before = await (await get(page)).text()

    await writeFile(file, 'not an image')
    try {
      const damaged = await api.patch(
        `/api/guides/${guide.id}`,
        { summary: `Summary of a failed build ${MARKER}` },
        admin,
      )
      expect(damaged.status).toBe(200)
      const failed = await eventually('the build fails', 240, async () => {
        const [latest] = await builds()
        return latest?.status === 'failed' ? latest : undefined
      })
      expect(failed.error).toContain('The site build failed')
      expect(failed.error).toContain(image.filename)
      expect(await (await get(page)).text()).toBe(before)
      expect(await readlink(live)).toBe(liveRelease)
      expect(path.resolve(path.dirname(live), await readlink(path.join(work, 'site', 'build')))).toBe(
        path.resolve(path.dirname(live), liveRelease),
      )
      expect(await readdir(releasesDir)).toEqual(releases)
    } finally {
      await writeFile(file, original)
    }

    const repaired = await api.patch(
      `/api/guides/${guide.id}`,
      { summary: `Summary after the repair ${MARKER}` },
      admin,
    )
    expect(repaired.status).toBe(200)
    await eventually('the next publish goes live', 240, async () =>
      (await (await get(page)).text()).includes(`Summary after the repair ${MARKER}`) ? true : undefined,
    )
    await noBuildRunning()
    expect((await builds())[0]).toMatchObject({ status: 'published' })
  }, 600_000)

  it('keeps the previous site online when a build fails, and says which document is at fault', async () => {
    // A medium the site carries: anonymous readers see only those.
    const media = (await api.get('/api/media?limit=1&depth=0')).body.docs[0]
    await rm(path.join(cms.mediaDir, media.filename))
    const guide = (await api.get('/api/guides?where[slug][equals]=know-your-rights-at-work&depth=0', admin))
      .body.docs[0]
    const before = await (await get('/en/guides/know-your-rights-at-work/')).text()
    const changed = await api.patch(
      `/api/guides/${guide.id}`,
      { summary: `Changed summary ${MARKER}` },
      admin,
    )
    expect(changed.status).toBe(200)
    const failed = await eventually('the build fails', 180, async () => {
      const [latest] = await builds()
      return latest?.status === 'failed' ? latest : undefined
    })
    expect(failed.error).toContain(`media ${media.id} ("${media.filename}")`)
    expect(failed.error).toContain('Re-upload the file in the CMS')
    const after = await get('/en/guides/know-your-rights-at-work/')
    expect(after.status).toBe(200)
    expect(await after.text()).toBe(before)
  }, 300_000)
  it('previews a draft for a signed-in editor, rendered like the public page, and refuses anonymous readers', async () => {
    const editor = await api.login('editor@hub.example', 'coalition-demo-2026')
    const draft = await api.post(
      '/api/guides?draft=true',
      {
        title: 'Borrador en preparación',
        slug: 'preview-draft',
        summary: 'Solo para la vista previa.',
        organization,
        reviewBy: '2027-06-01',
        body: lexical.doc(lexical.p(`Texto del borrador ${MARKER}`)),
        _status: 'draft',
      },
      admin,
    )
    expect(draft.status).toBe(201)
    const route = `/preview/guides/${draft.body.doc.id}/en/`
    const seen = await get(route, { headers: { Authorization: `JWT ${editor}` } })
    expect(seen.status).toBe(200)
    expect(seen.headers.get('cache-control')).toBe('no-store')
    const html = await seen.text()
    expect(html).toContain(`Texto del borrador ${MARKER}`)
    expect(html).toContain('Preview of a draft')
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">')
    // The same header, quick exit and hotline as every public page.
    expect(html).toContain('class="quick-exit"')
    const anonymous = await get(route)
    expect(anonymous.status).toBe(401)
    expect(await anonymous.text()).not.toContain(MARKER)
    expect((await get(`/en/guides/preview-draft/`)).status).toBe(404)

    // A kit's draft previews without a download: kits are made from published content only.
    const kit = (
      await api.get('/api/screening-kits?where[slug][equals]=ghost-fleet-screening-kit&depth=0', admin)
    ).body.docs[0]
    const pending = await api.patch(
      `/api/screening-kits/${kit.id}?draft=true`,
      { title: `Kit draft ${MARKER}`, _status: 'draft' },
      admin,
    )
    expect(pending.status).toBe(200)
    const kitPreview = await get(`/preview/screening-kits/${kit.id}/en/`, {
      headers: { Authorization: `JWT ${editor}` },
    })
    expect(kitPreview.status).toBe(200)
    const kitHtml = await kitPreview.text()
    expect(kitHtml).toContain(`Kit draft ${MARKER}`)
    expect(kitHtml).not.toContain('kit-download')
  }, 120_000)
})
