import { cp, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { availableParallelism, tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { zipEntries } from '../../../../tests/support/zipEntries'
import { hubFromSnapshot } from '../../lib/hubData'
import { readSnapshot } from '../../loaders/readSnapshot'
import { kitLocales } from '../kitFiles'

const fixture = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../../tests/fixtures/snapshot',
)
const site = 'https://hub.example.org'

// Each worker starts tsx and reads the snapshot: seconds on a loaded 2-core machine.
describe('kit workers', { timeout: 60_000 }, () => {
  let work: string

  beforeAll(async () => {
    work = await mkdtemp(path.join(tmpdir(), 'kit-workers-'))
    // Read by the kit cache when it is loaded, and by each worker when it starts.
    vi.stubEnv('SITE_KITS_CACHE_DIR', path.join(work, 'kits'))
    vi.stubEnv('HUB_SNAPSHOT_DIR', fixture)
    vi.spyOn(console, 'info').mockImplementation(() => undefined)
  })
  afterAll(async () => {
    vi.unstubAllEnvs()
    vi.restoreAllMocks()
    await rm(work, { recursive: true, force: true })
  })

  it('make every kit of the snapshot into the kit cache, where the pages find each one', async () => {
    const { startKitWorkers } = await import('./kitWorkers')
    const { makeOrReuseKit } = await import('../kitArchives')
    const { kitZip } = await import('../kitCache')
    // Seven kits are too few for a second worker to be worth its start.
    expect(await startKitWorkers(site)).toEqual({ workers: 1, failures: [] })
    const hub = hubFromSnapshot(await readSnapshot(fixture))
    let kits = 0
    for (const kit of hub['screening-kits'])
      for (const locale of kitLocales(kit)) {
        const { facts, milliseconds } = await makeOrReuseKit(kit, locale, hub, new URL(site))
        expect(milliseconds, `${kit.slug}-${locale} was made again`).toBeUndefined()
        const zip = await kitZip(facts.key)
        expect(zip.length).toBe(facts.zipBytes)
        expect([...(await zipEntries(zip)).keys()]).toContain(`${kit.slug}-${locale}/README.txt`)
        kits += 1
      }
    expect(kits).toBe(7)
    // Each kit once: a ZIP and its facts, no half-written file left.
    expect((await readdir(path.join(work, 'kits'))).sort()).toHaveLength(2 * kits)
  })

  it('are joined by one worker per core (at most four) when enough kits are left to make', async () => {
    vi.stubEnv('SITE_KITS_CACHE_DIR', path.join(work, 'kits-shared'))
    const { startKitWorkers } = await import('./kitWorkers')
    expect(await startKitWorkers(site, { joinAt: 1 })).toEqual({
      workers: Math.min(4, availableParallelism()),
      failures: [],
    })
    // Each kit made once, whichever worker took it.
    expect(await readdir(path.join(work, 'kits-shared'))).toHaveLength(2 * 7)
  })

  it('say which worker failed and why, and leave nothing half made', async () => {
    const broken = path.join(work, 'broken-snapshot')
    await cp(fixture, broken, { recursive: true })
    await writeFile(path.join(broken, 'manifest.json'), '{ "schemaVersion": ')
    vi.stubEnv('HUB_SNAPSHOT_DIR', broken)
    vi.stubEnv('SITE_KITS_CACHE_DIR', path.join(work, 'kits-of-broken'))
    const { startKitWorkers } = await import('./kitWorkers')
    const { failures } = await startKitWorkers(site)
    expect(failures).toEqual([expect.stringMatching(/^A kit worker failed: .*manifest\.json/)])
    expect(await readdir(path.join(work, 'kits-of-broken')).catch(() => [])).toEqual([])
  })
})
