import { readFile, rm } from 'node:fs/promises'
import path from 'node:path'

import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { lexical } from '@hub/content-schemas'
import { run } from '@hub/scripts/processes'

import { startCmsServer, type CmsServer } from '@hub/scripts/cms-server'
import { restClient } from '../support/restClient'
import { buildSite, repoRoot, siteBuildDir } from '../support/siteBuild'

const password = 'coalition-demo-2026'

/** A CAT tool's work, done by a program: every text run of every source marked, inline codes kept. */
function translateAll(xml: string): string {
  return xml.replace(/<source>([\s\S]*?)<\/source>/g, (_, inner: string) => {
    const translated = inner.replace(
      /(^|>)([^<]+)/g,
      (_match, before: string, text: string) => `${before}FR ${text}`,
    )
    return `<source>${inner}</source><target state="translated">${translated}</target>`
  })
}

describe('XLIFF round trip: export, translate, import, publish, the French page', () => {
  let cms: CmsServer
  let work: string
  let page: string
  let report: { documents: { applied: unknown[]; refused: unknown[]; stale: boolean }[] }

  beforeAll(async () => {
    cms = await startCmsServer({ seed: true })
    const api = restClient(cms.url)
    const admin = await api.login('admin@hub.example', password)
    const translator = await api.login('translator@hub.example', password)
    const organization = (await api.get('/api/organizations?limit=1', admin)).body.docs[0].id
    const form = new FormData()
    form.append('_payload', JSON.stringify({ alt: 'A blue square' }))
    const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: '#336699' } })
      .png()
      .toBuffer()
    form.append('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'xliff-square.png')
    const upload = await fetch(`${cms.url}/api/media`, {
      method: 'POST',
      headers: { Authorization: `JWT ${admin}` },
      body: form,
    }).then((response) => response.json())
    const created = await api.post(
      '/api/guides',
      {
        slug: 'xliff-round-trip',
        title: 'Before the hearing',
        summary: 'What to bring and whom to call.',
        organization,
        reviewBy: '2027-06-01',
        body: lexical.doc(
          lexical.h2('What to bring'),
          lexical.p(
            'Bring ',
            lexical.bold('your papers'),
            ' and read ',
            lexical.link('the rules', 'https://example.org/rules'),
            '.',
          ),
          lexical.ul(['A photo ID'], ['Your ', lexical.italic('notice')]),
          lexical.block({ blockType: 'callout', tone: 'info', title: 'Remember', text: 'Arrive early.' }),
          lexical.block({ blockType: 'image', image: upload.doc.id, caption: 'The court entrance' }),
        ),
        _status: 'published',
      },
      admin,
    )
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const id = created.body.doc.id
    const auth = (token: string) => ({ Authorization: `JWT ${token}` })
    const exported = await fetch(`${cms.url}/api/xliff/export?locale=fr&collection=guides&id=${id}`, {
      headers: auth(translator),
    }).then((response) => response.text())
    report = await fetch(`${cms.url}/api/xliff/import?locale=fr`, {
      method: 'POST',
      headers: { ...auth(translator), 'Content-Type': 'application/x-xliff+xml' },
      body: translateAll(exported),
    }).then((response) => response.json())
    const publish = await api.patch(`/api/guides/${id}?locale=fr`, { _status: 'published' }, admin)
    expect(publish.status, JSON.stringify(publish.body)).toBe(200)

    work = await siteBuildDir('xliff')
    const snapshotDir = path.join(work, 'snapshot')
    await run('pnpm', ['run', 'export'], {
      cwd: path.join(repoRoot, 'cms'),
      env: { ...cms.env, HUB_SNAPSHOT_DIR: snapshotDir },
    })
    const dist = path.join(work, 'dist')
    const build = await buildSite({ snapshotDir, outDir: dist })
    expect(build.code, build.output).toBe(0)
    page = await readFile(path.join(dist, 'client', 'fr', 'guides', 'xliff-round-trip', 'index.html'), 'utf8')
  })

  afterAll(async () => {
    await cms?.stop()
    if (work) await rm(work, { recursive: true, force: true })
  })

  it('imports every unit of the translated file', () => {
    expect(report.documents).toHaveLength(1)
    expect(report.documents[0]).toMatchObject({ refused: [], stale: false })
    expect(report.documents[0]!.applied).toHaveLength(9)
  })

  it('shows the translation on the French page, formatting, links and blocks intact', () => {
    expect(page).toContain('FR Before the hearing')
    expect(page).toMatch(/<h2[^>]*>FR What to bring<\/h2>/)
    expect(page).toMatch(/<strong[^>]*>FR your papers<\/strong>/)
    expect(page).toMatch(/<a[^>]*href="https:\/\/example\.org\/rules"[^>]*>FR the rules<\/a>/)
    expect(page).toMatch(/<li[^>]*>FR A photo ID<\/li>/)
    expect(page).toMatch(/<em[^>]*>FR notice<\/em>/)
    expect(page).toContain('FR Arrive early.')
    expect(page).toContain('FR The court entrance')
  })
})
