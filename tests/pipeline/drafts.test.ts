import { execFileSync } from 'node:child_process'
import { readdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { lexical } from '@hub/content-schemas'
import { run } from '@hub/scripts/processes'

import { startCmsServer, type CmsServer } from '@hub/scripts/cms-server'
import { buildSite, repoRoot, siteBuildDir } from '../support/siteBuild'
import { restClient } from '../support/restClient'
import { zipEntries } from '../support/zipEntries'

const DRAFT_MARKER = 'zqdraftmarker7731'
const PUBLISHED_MARKER = 'zqpublishedmarker4410'

/** The text of each file in a kit ZIP; PDFs through pdftotext (poppler-utils). */
async function kitText(zip: Buffer, scratch: string): Promise<Map<string, string>> {
  const texts = new Map<string, string>()
  for (const [name, bytes] of await zipEntries(zip)) {
    if (!name.endsWith('.pdf')) {
      texts.set(name, bytes.toString('utf8'))
      continue
    }
    const file = path.join(scratch, 'kit-entry.pdf')
    await writeFile(file, bytes)
    texts.set(name, execFileSync('pdftotext', ['-enc', 'UTF-8', '-raw', file, '-'], { encoding: 'utf8' }))
  }
  return texts
}

/** Every file of the built site as text; Pagefind's compressed index files and kit ZIPs are unpacked first. */
async function siteText(dist: string): Promise<Map<string, string>> {
  const files = new Map<string, string>()
  const walk = async (dir: string) => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) {
        await walk(full)
        continue
      }
      let bytes = await readFile(full)
      if (entry.name.endsWith('.zip')) {
        for (const [name, text] of await kitText(bytes, dist))
          files.set(`${path.relative(dist, full)}/${name}`, text)
        continue
      }
      if (/\.pf_(fragment|index|meta|filter)$/.test(entry.name)) bytes = gunzipSync(bytes)
      files.set(path.relative(dist, full), bytes.toString('utf8'))
    }
  }
  await walk(dist)
  return files
}

describe('from CMS to site: drafts never reach readers', () => {
  let cms: CmsServer
  let work: string
  let files: Map<string, string>
  let buildLog: string
  let donationListId: number | string

  beforeAll(async () => {
    cms = await startCmsServer({ seed: true })
    const api = restClient(cms.url)
    const admin = await api.login('admin@hub.example', 'coalition-demo-2026')
    const organization = (await api.get('/api/organizations?limit=1', admin)).body.docs[0].id
    const body = (text: string) => lexical.doc(lexical.p(text))
    const guide = {
      title: 'Marker guide',
      summary: 'A guide that exists only for this test.',
      organization,
      reviewBy: '2027-06-01',
    }
    const draft = await api.post(
      '/api/guides?draft=true',
      { ...guide, slug: 'draft-only', body: body(`Never public ${DRAFT_MARKER}`), _status: 'draft' },
      admin,
    )
    expect(draft.status).toBe(201)
    const published = await api.post(
      '/api/guides',
      { ...guide, slug: 'published-marker', body: body(`Public ${PUBLISHED_MARKER}`), _status: 'published' },
      admin,
    )
    expect(published.status).toBe(201)
    // A pending, unpublished edit of a published guide.
    const pending = await api.patch(
      `/api/guides/${published.body.doc.id}?draft=true`,
      { title: `Pending ${DRAFT_MARKER}`, _status: 'draft' },
      admin,
    )
    expect(pending.status).toBe(200)

    // A pending edit of a published screening kit, and the kit's donation list taken offline.
    const kit = (
      await api.get('/api/screening-kits?where[slug][equals]=ghost-fleet-screening-kit&depth=0', admin)
    ).body.docs[0]
    const kitEdit = await api.patch(
      `/api/screening-kits/${kit.id}?draft=true`,
      { title: `Pending ${DRAFT_MARKER}`, _status: 'draft' },
      admin,
    )
    expect(kitEdit.status).toBe(200)
    donationListId = kit.donationList
    const unpublish = await api.patch(`/api/donation-lists/${donationListId}`, { _status: 'draft' }, admin)
    expect(unpublish.status).toBe(200)

    work = await siteBuildDir('pipeline')
    const snapshotDir = path.join(work, 'snapshot')
    await run('pnpm', ['run', 'export'], {
      cwd: path.join(repoRoot, 'cms'),
      env: { ...cms.env, HUB_SNAPSHOT_DIR: snapshotDir },
    })
    const dist = path.join(work, 'dist')
    const build = await buildSite({ snapshotDir, outDir: dist })
    expect(build.code, build.output).toBe(0)
    buildLog = build.output
    files = await siteText(path.join(dist, 'client'))
  })

  afterAll(async () => {
    await cms?.stop()
    await rm(work, { recursive: true, force: true })
  })

  it('publishes the published text into pages and the search index', () => {
    const holding = [...files].filter(([, text]) => text.includes(PUBLISHED_MARKER)).map(([name]) => name)
    expect(holding.some((name) => name.endsWith('published-marker/index.html'))).toBe(true)
    expect(holding.some((name) => /^pagefind\/en\/fragment\//.test(name))).toBe(true)
  })

  it('leaves the draft out of every page, the search index and the sitemap', () => {
    const leaks = [...files].filter(([, text]) => text.includes(DRAFT_MARKER)).map(([name]) => name)
    expect(leaks).toEqual([])
    expect(files.get('sitemap.xml')).not.toContain('draft-only')
    expect([...files.keys()].some((name) => name.includes('draft-only'))).toBe(false)
  })
  it('keeps drafts out of the event kits, and a kit whose donation list is unpublished still builds without it', () => {
    const english = [...files.keys()].filter((name) =>
      name.startsWith('kits/ghost-fleet-screening-kit-en.zip/'),
    )
    expect(english.map((name) => name.split('/').at(-1)).sort()).toEqual([
      'README.txt',
      'facilitator-guide.pdf',
      'panel-questions.pdf',
      'poster.pdf',
    ])
    expect(
      files.get('kits/ghost-fleet-screening-kit-en.zip/ghost-fleet-screening-kit-en/facilitator-guide.pdf'),
    ).toContain('Ghost Fleet')
    expect(buildLog).toContain(
      `Screening kit "ghost-fleet-screening-kit" (en): its donation list (id ${donationListId}) is not published, so donation-drive.pdf is left out.`,
    )
  })
})
