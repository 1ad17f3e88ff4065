import { spawnSync } from 'node:child_process'
import { rm } from 'node:fs/promises'
import path from 'node:path'

import { writeHugoSite } from './hugoSite'
import { measureCommand } from './measureProcess'
import { medianOfRuns } from './median'
import { cacheState, clearCaches, type CacheState } from './siteCaches'
import { buildSite, countPages, siteDir } from './siteBuild'

type Run = { seconds: number; peakMemoryMiB: number }

/** Why the comparison cannot run here, or undefined when Hugo is on PATH. */
export function hugoMissing(): string | undefined {
  const probe = spawnSync('hugo', ['version'], { encoding: 'utf8' })
  return probe.error || probe.status !== 0
    ? 'hugo is not on PATH (Debian: apt-get install hugo); the Hugo comparison was skipped.'
    : undefined
}

/**
 * The full build of one snapshot by the site (Astro and Pagefind, every cache
 * emptied first) and by Hugo and Pagefind on the same snapshot converted into a
 * Hugo site, run in turn `runs` times (the order alternating), with the medians.
 */
export async function compareWithHugo(snapshot: string, work: string, runs: number) {
  const hugoSource = path.join(work, 'hugo-site')
  const converted = await writeHugoSite(snapshot, hugoSource)
  const hugoVersion = spawnSync('hugo', ['version'], { encoding: 'utf8' }).stdout.trim()
  const pagefind = path.join(siteDir, 'node_modules', '.bin', 'pagefind')
  const astroRuns: Run[] = []
  const hugoRuns: (Run & { hugoSeconds: number; pagefindSeconds: number })[] = []
  let astroPages = 0
  let cachesAfter: CacheState | undefined
  let hugoPages = 0
  const astro = async () => {
    const out = path.join(work, 'astro-full')
    await rm(out, { recursive: true, force: true })
    await clearCaches(out)
    astroRuns.push(await buildSite({ siteDir, snapshotDir: snapshot, outDir: out }))
    astroPages = await countPages(path.join(out, 'client'))
    cachesAfter = await cacheState(out)
    await rm(out, { recursive: true, force: true })
  }
  const hugo = async () => {
    const out = path.join(work, 'hugo-public')
    await rm(out, { recursive: true, force: true })
    await rm(path.join(hugoSource, 'resources'), { recursive: true, force: true })
    const options = { cwd: hugoSource, env: process.env }
    const pages = await measureCommand('hugo', ['--quiet', '--destination', out], options)
    const index = await measureCommand(pagefind, ['--site', out], options)
    hugoRuns.push({
      seconds: Number((pages.seconds + index.seconds).toFixed(2)),
      peakMemoryMiB: Math.max(pages.peakMemoryMiB, index.peakMemoryMiB),
      hugoSeconds: pages.seconds,
      pagefindSeconds: index.seconds,
    })
    hugoPages = await countPages(out)
    await rm(out, { recursive: true, force: true })
  }
  for (let run = 0; run < runs; run += 1) {
    for (const step of run % 2 === 0 ? [astro, hugo] : [hugo, astro]) await step()
  }
  const astroMedian = medianOfRuns(astroRuns)
  const hugoMedian = medianOfRuns(hugoRuns)
  return {
    runs,
    order: 'interleaved: Astro then Hugo, Hugo then Astro, and so on',
    astroPlusPagefind: {
      ...astroMedian,
      htmlPages: astroPages,
      caches:
        'every cache emptied before each run (kits, images, rendered pages, search bundles, compressed copies)',
    },
    hugoPlusPagefind: {
      ...hugoMedian,
      htmlPages: hugoPages,
      pagesWrittenByConverter: converted.pages,
      hugo: hugoVersion,
      caches: 'Hugo resources/ emptied before each run',
    },
    ratio: Number((astroMedian.median.seconds / hugoMedian.median.seconds).toFixed(2)),
    cachesAfter,
    note: 'Hugo renders simple equivalent templates (same pages, the site stylesheet inlined); the site also makes kit downloads, feeds, open data and images, which Hugo does not.',
  }
}
