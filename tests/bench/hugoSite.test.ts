import { spawnSync } from 'node:child_process'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { listedCollections, locales, routedCollections } from '@hub/content-schemas'
import { writeHugoSite } from '@hub/scripts/bench/hugo-site'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
const snapshot = path.join(repo, 'tests', 'fixtures', 'snapshot')
const siteDir = path.join(repo, 'site')
const hugoInstalled = !spawnSync('hugo', ['version']).error
let target: string
let pages: number

beforeAll(async () => {
  target = await mkdtemp(path.join(tmpdir(), 'hugo-site-'))
  ;({ pages } = await writeHugoSite(snapshot, path.join(target, 'site')))
})
afterAll(async () => {
  await rm(target, { recursive: true, force: true })
})

const content = (file: string) => readFile(path.join(target, 'site', 'content', file), 'utf8')

describe('the Hugo site the bench converts a snapshot into', () => {
  it('has the pages the site has: every document page and listing in every locale, kit print pages, country and own pages, homes and search', async () => {
    let documents = 0
    for (const collection of routedCollections)
      documents += (await readdir(path.join(snapshot, collection))).length
    const kits = (await readdir(path.join(snapshot, 'screening-kits'))).length
    const organizations = await readdir(path.join(snapshot, 'organizations'))
    const countries = new Set(
      await Promise.all(
        organizations.map(
          async (name) =>
            JSON.parse(await readFile(path.join(snapshot, 'organizations', name), 'utf8')).country,
        ),
      ),
    )
    const ownPages = new Set(
      (await readdir(path.join(siteDir, 'src', 'static-pages'))).map((file) => file.split('.')[0]),
    )
    expect(pages).toBe(
      locales.length * (documents + kits + listedCollections.length + countries.size + ownPages.size + 2) + 2,
    )
  })

  it('falls back to English where a translation is missing and links the topics in the page locale', async () => {
    const guide = await content('th/guides/how-to-volunteer-safely.html')
    expect(guide).toContain('"title": "How to volunteer safely and usefully"')
    expect(guide).toContain('"url": "/th/guides/how-to-volunteer-safely/"')
    expect(guide).toContain('"topics/volunteering"')
    expect(guide).toContain('<p>The most useful volunteers are reliable')
  })

  it('shows hotlines, which have no pages of their own, in full on their listing', async () => {
    const hotline = JSON.parse(
      await readFile(
        path.join(snapshot, 'hotlines', (await readdir(path.join(snapshot, 'hotlines')))[0]!),
        'utf8',
      ),
    )
    expect(await content('en/listings/hotlines.html')).toContain(hotline.name.en)
  })

  it.skipIf(!hugoInstalled)('builds with Hugo into as many HTML pages as the converter wrote', async () => {
    const out = path.join(target, 'public')
    const built = spawnSync('hugo', ['--quiet', '--destination', out], {
      cwd: path.join(target, 'site'),
      encoding: 'utf8',
    })
    expect(built.stderr).toBe('')
    const entries = await readdir(out, { recursive: true })
    expect(entries.filter((entry) => entry.endsWith('.html'))).toHaveLength(pages)
    expect(await readFile(path.join(out, 'en', 'topics', 'volunteering', 'index.html'), 'utf8')).toContain(
      'href="/en/guides/how-to-volunteer-safely/"',
    )
  })
})
