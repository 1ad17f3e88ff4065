import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { gunzipSync } from 'node:zlib'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { lexical } from '@hub/content-schemas'
import { run } from '@hub/scripts/processes'

import { startCmsServer, type CmsServer } from '../support/cmsServer'
import { buildSite, repoRoot } from '../support/siteBuild'
import { restClient } from '../support/restClient'

const DRAFT_MARKER = 'zqdraftmarker7731'
const PUBLISHED_MARKER = 'zqpublishedmarker4410'

/** Every file of the built site as text; Pagefind's compressed index files are unpacked first. */
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

    work = await mkdtemp(path.join(tmpdir(), 'hub-pipeline-'))
    const snapshotDir = path.join(work, 'snapshot')
    await run('pnpm', ['run', 'export'], {
      cwd: path.join(repoRoot, 'cms'),
      env: { ...cms.env, SNAPSHOT_DIR: snapshotDir },
    })
    const dist = path.join(work, 'dist')
    const { code, output } = await buildSite({ snapshotDir, outDir: dist })
    expect(code, output).toBe(0)
    files = await siteText(dist)
  })

  afterAll(async () => {
    await cms?.stop()
    await rm(work, { recursive: true, force: true })
  })

  it('publishes the published text into pages and the search index', () => {
    const holding = [...files].filter(([, text]) => text.includes(PUBLISHED_MARKER)).map(([name]) => name)
    expect(holding.some((name) => name.endsWith('published-marker/index.html'))).toBe(true)
    expect(holding.some((name) => name.startsWith('pagefind/fragment/'))).toBe(true)
  })

  it('leaves the draft out of every page, the search index and the sitemap', () => {
    const leaks = [...files].filter(([, text]) => text.includes(DRAFT_MARKER)).map(([name]) => name)
    expect(leaks).toEqual([])
    expect(files.get('sitemap.xml')).not.toContain('draft-only')
    expect([...files.keys()].some((name) => name.includes('draft-only'))).toBe(false)
  })
})
