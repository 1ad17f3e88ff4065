import { mkdir } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

import { liveRelease, pointLink, pruneReleases, releaseName, swapLive } from '@hub/cms/releases'

import { searchIndexText } from '../searchIndexText'
import { serveStatic } from '../staticServer'
import { medianOfRuns } from './median'
import { diffReleases } from './releaseDiff'
import { cacheState } from './siteCaches'
import { buildSite } from './siteBuild'
import { changeOneDocument } from './syntheticSnapshot'

/**
 * One-document changes on a snapshot, published as the CMS publishes (a new
 * release built beside the live one, then swapped in), `runs` times: the time
 * from the changed snapshot to the new text served by the site server, and
 * what the release rewrote compared with the one before. Every build writes
 * through one fixed build link, as the CMS's do, so Astro restores the pages
 * the change did not touch.
 */
export async function snapshotPublishes(snapshot: string, publishDir: string, runs: number) {
  const paths = { releasesDir: path.join(publishDir, 'releases'), liveLink: path.join(publishDir, 'dist') }
  const buildLink = path.join(publishDir, 'build')
  const buildInto = async (release: string) => {
    await mkdir(release, { recursive: true })
    await pointLink(buildLink, release)
    return buildSite(snapshot, buildLink)
  }
  const first = path.join(paths.releasesDir, releaseName('0'.repeat(12)))
  const firstBuild = await buildInto(first)
  await swapLive(paths, first)
  const server = await serveStatic(paths.liveLink, { host: '127.0.0.1', port: 0 })
  const siteUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const timings: { snapshotToServedMs: number; buildSeconds: number; peakMemoryMiB: number }[] = []
  const rewrites = []
  try {
    for (let run = 0; run < runs; run += 1) {
      const caches = await cacheState()
      const previous = (await liveRelease(paths))!
      const marker = `bench${Date.now()}`
      const started = Date.now()
      const slug = await changeOneDocument(snapshot, marker)
      const release = path.join(paths.releasesDir, releaseName(marker.padEnd(12, '0')))
      const build = await buildInto(release)
      await swapLive(paths, release)
      const page = await fetch(`${siteUrl}/en/guides/${slug}/`)
      const snapshotToServedMs = Date.now() - started
      if (!(await page.text()).includes(marker)) throw new Error(`The new release does not show ${marker}.`)
      if (!(await searchIndexText(path.join(release, 'client'), 'en')).includes(marker))
        throw new Error(`The new release's search index does not hold ${marker}.`)
      timings.push({ snapshotToServedMs, buildSeconds: build.seconds, peakMemoryMiB: build.peakMemoryMiB })
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
      'one guide summary changed in the snapshot -> site build (Astro + Pagefind) into a new release -> swapped live -> new text served by the site server; the search index is complete before the swap (checked, its reading time excluded). Not included: the CMS export and job queue.',
    firstBuild,
    ...medianOfRuns(timings),
    releaseDiffs: rewrites,
  }
}
