import { execFile } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { promisify } from 'node:util'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const siteRoot = path.resolve(import.meta.dirname, '..', '..')
const fixture = path.join(siteRoot, '..', 'tests', 'fixtures', 'snapshot')
const source = (file: string) => JSON.stringify(pathToFileURL(path.join(siteRoot, 'src', file)).href)

/**
 * Makes or reuses every kit of the fixture in a Node of its own, as a kit
 * worker does, and says how many it made and which modules of the kit maker
 * it loaded.
 */
async function makeOrReuseEveryKit(cacheDir: string): Promise<{ made: number; loaded: string[] }> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [
      '--import',
      'tsx',
      '--input-type=module',
      '-e',
      `import { registerHooks } from 'node:module'
      const loaded = []
      registerHooks({ load: (url, context, next) => (loaded.push(url), next(url, context)) })
      const { hubFromSnapshot } = await import(${source('lib/hubData.ts')})
      const { readSnapshot } = await import(${source('loaders/readSnapshot.ts')})
      const { makeOrReuseKit } = await import(${source('kits/kitArchives.ts')})
      const { kitLocales } = await import(${source('kits/kitFiles.ts')})
      const hub = hubFromSnapshot(await readSnapshot(${JSON.stringify(fixture)}))
      let made = 0
      for (const kit of hub['screening-kits'])
        for (const locale of kitLocales(kit))
          if ((await makeOrReuseKit(kit, locale, hub, undefined)).milliseconds !== undefined) made += 1
      const maker = loaded.filter((url) => /\\/kits\\/buildKit\\.ts$|\\/node_modules\\/pdfkit\\//.test(url))
      console.log(JSON.stringify({ made, loaded: maker.map((url) => url.replace(/.*\\/node_modules\\//, '')) }))`,
    ],
    {
      cwd: siteRoot,
      env: { PATH: process.env.PATH, HUB_SNAPSHOT_DIR: fixture, SITE_KITS_CACHE_DIR: cacheDir },
    },
  )
  return JSON.parse(stdout.trim().split('\n').at(-1)!) as { made: number; loaded: string[] }
}

// Making the fixture's seven kits takes seconds on a loaded 2-core machine.
describe('kits reused from the kit cache', { timeout: 120_000 }, () => {
  let work: string

  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'kit-archives-'))
  })
  afterAll(async () => {
    await rm(work, { recursive: true, force: true })
  })

  // A publish's kit worker usually finds every kit cached: loading the PDF, font and image
  // libraries took it half a second of the core Astro bundles on (2,000 documents, 2 cores).
  it('load no part of the kit maker, which loads when a kit is made', async () => {
    const cacheDir = path.join(work, 'kits')
    const cold = await makeOrReuseEveryKit(cacheDir)
    expect(cold.made).toBe(7)
    expect(cold.loaded).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/\/kits\/buildKit\.ts$/),
        expect.stringMatching(/^pdfkit\//),
      ]),
    )
    expect(await makeOrReuseEveryKit(cacheDir)).toEqual({ made: 0, loaded: [] })
  })
})
