import type { AddressInfo } from 'node:net'
import path from 'node:path'

import { buildRelease } from '@hub/cms/build-release'
import { liveRelease, pruneReleases } from '@hub/cms/releases'

import { searchIndexText } from '../searchIndexText'
import { serveStatic } from '../staticServer'
import { medianOfRuns } from './median'
import { diffReleases } from './releaseDiff'
import { cacheState } from './siteCaches'
import { aheadSettled, buildSite, prepareAhead, publishBuild, siteDir } from './siteBuild'
import { changeOneDocument } from './syntheticSnapshot'

/**
 * One-document changes on a snapshot, published as the CMS publishes, through
 * its own `buildRelease` (a new release built through the fixed build link,
 * then swapped in; a failed build cleaned up), `runs` times: the time from the
 * changed snapshot to the new text served by the site server, and what the
 * release rewrote compared with the one before. The build is the CMS's,
 * started ahead as the running CMS starts it, timed with its peak memory; each
 * change waits until it has settled, and says how long.
 */
export async function snapshotPublishes(snapshot: string, publishDir: string, runs: number) {
  const paths = {
    siteDir,
    snapshotDir: snapshot,
    releasesDir: path.join(publishDir, 'releases'),
    liveLink: path.join(publishDir, 'dist'),
    buildLink: path.join(publishDir, 'build'),
  }
  const { output: firstBuild } = await buildRelease(paths, '0'.repeat(12), {}, buildSite)
  await prepareAhead(paths)
  const server = await serveStatic(paths.liveLink, { host: '127.0.0.1', port: 0 })
  const siteUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const timings: {
    aheadSettledSeconds: number
    snapshotToServedMs: number
    buildSeconds: number
    peakMemoryMiB: number
  }[] = []
  const rewrites = []
  try {
    for (let run = 0; run < runs; run += 1) {
      const aheadSettledSeconds = await aheadSettled()
      const caches = await cacheState(paths.buildLink)
      const previous = (await liveRelease(paths))!
      const marker = `bench${Date.now()}`
      const started = Date.now()
      const slug = await changeOneDocument(snapshot, marker)
      const { release, output: build } = await buildRelease(paths, marker, {}, publishBuild)
      const page = await fetch(`${siteUrl}/en/guides/${slug}/`)
      const snapshotToServedMs = Date.now() - started
      if (!(await page.text()).includes(marker)) throw new Error(`The new release does not show ${marker}.`)
      if (!(await searchIndexText(path.join(release, 'client'), 'en')).includes(marker))
        throw new Error(`The new release's search index does not hold ${marker}.`)
      timings.push({
        aheadSettledSeconds,
        snapshotToServedMs,
        buildSeconds: build.seconds,
        peakMemoryMiB: build.peakMemoryMiB,
      })
      rewrites.push({
        cachesBefore: caches,
        previousReleasePresent: true,
        ...(await diffReleases(previous, release)),
      })
      await pruneReleases(paths, release, previous)
    }
  } finally {
    await new Promise((resolve) => server.close(resolve))
  }
  return {
    measured:
      'one guide summary changed in the snapshot -> buildRelease, as the CMS publishes: site build (Astro + Pagefind; started ahead after the build before, as the running CMS does, HUB_BUILD_AHEAD; each change made once it has settled, aheadSettledSeconds after the publish before) through the build link into a new release, swapped live -> new text served by the site server; the search index is complete before the swap (checked, its reading time excluded). Not included: the CMS export and job queue.',
    firstBuild,
    ...medianOfRuns(timings),
    releaseDiffs: rewrites,
  }
}
