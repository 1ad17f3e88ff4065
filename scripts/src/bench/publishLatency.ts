import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import path from 'node:path'

import { lexical } from '@hub/content-schemas'

import { liveRelease } from '@hub/cms/releases'

import { startCmsServer } from '../cmsServer'
import { repoRoot } from '../paths'
import { searchIndexText } from '../searchIndexText'
import { serveStatic } from '../staticServer'
import { processTree, settled } from './measureProcess'
import { medianOfRuns } from './median'
import { diffReleases } from './releaseDiff'
import { cacheState } from './siteCaches'

/** Polls every 100 ms, at most `seconds` long; the time it took when `check` holds. */
async function timeUntil(started: number, seconds: number, check: () => Promise<boolean>): Promise<number> {
  for (let attempt = 0; attempt < seconds * 10; attempt += 1) {
    if (await check().catch(() => false)) return Date.now() - started
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`Not within ${seconds} s.`)
}

/**
 * Publish-to-live latency on the demo hub, as an editor lives it: the CMS
 * (production build, its job queue on) and the site server run; a guide is
 * published through the REST API, `runs` times one after the other, each once
 * the CMS and the build it started ahead have settled (as an editor's next
 * change usually finds them; the wait is reported, not timed); the clock
 * stops when the site serves the new page, and when the search index holds its
 * text. Each new release is compared with the one before it.
 */
export async function publishLatency(runs: number) {
  await mkdir(path.join(repoRoot, 'site', '.builds'), { recursive: true })
  // The releases sit inside the site project: their server bundle resolves packages from site/node_modules.
  const work = await mkdtemp(path.join(repoRoot, 'site', '.builds', 'latency-'))
  const paths = {
    releasesDir: path.join(work, 'site', 'releases'),
    liveLink: path.join(work, 'site', 'dist'),
  }
  const cms = await startCmsServer({
    seed: true,
    env: {
      HUB_JOBS_AUTORUN: '1',
      HUB_PUBLISH_DIR: path.join(work, 'site'),
      HUB_SNAPSHOT_DIR: path.join(work, 'snapshot'),
    },
  })
  const cmsUrl = cms.url
  const live = paths.liveLink
  const site = await serveStatic(live, { host: '127.0.0.1', port: 0 })
  const siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}`
  try {
    const firstBuildMs = await timeUntil(Date.now(), 600, async () => (await fetch(`${siteUrl}/en/`)).ok)
    const login = await fetch(`${cmsUrl}/api/users/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: 'admin@hub.example', password: 'coalition-demo-2026' }),
    })
    const auth = { Authorization: `JWT ${((await login.json()) as { token: string }).token}` }
    const organizations = (await (
      await fetch(`${cmsUrl}/api/organizations?limit=1`, { headers: auth })
    ).json()) as {
      docs: { id: number }[]
    }
    const timings: { settledSeconds: number; publishToServedMs: number; publishToSearchableMs: number }[] = []
    const releaseDiffs = []
    for (let run = 0; run < runs; run += 1) {
      const settledSeconds = await settled(() => processTree(cms.processGroup))
      const cachesBefore = await cacheState(path.join(work, 'site', 'build'))
      const previous = (await liveRelease(paths))!
      const marker = `latency${Date.now()}`
      const started = Date.now()
      const published = await fetch(`${cmsUrl}/api/guides`, {
        method: 'POST',
        headers: { ...auth, 'Content-Type': 'application/json' },
        body: JSON.stringify({
          title: `Latency guide ${marker}`,
          slug: marker,
          summary: 'Published to measure publish-to-live latency.',
          organization: organizations.docs[0]!.id,
          reviewBy: '2027-06-01',
          body: lexical.doc(lexical.p(`Fresh text ${marker}`)),
          _status: 'published',
        }),
      })
      if (published.status !== 201) throw new Error(`Publishing failed: ${await published.text()}`)
      const publishToServedMs = await timeUntil(started, 300, async () => {
        const response = await fetch(`${siteUrl}/en/guides/${marker}/`)
        return response.ok && (await response.text()).includes(marker)
      })
      const publishToSearchableMs = await timeUntil(started, 300, async () =>
        (await searchIndexText(path.join(live, 'client'), 'en')).includes(marker),
      )
      timings.push({ settledSeconds, publishToServedMs, publishToSearchableMs })
      const release = (await liveRelease(paths))!
      releaseDiffs.push({
        change: 'a new guide published (its pages in five locales, listings, home, search index)',
        cachesBefore,
        previousReleasePresent: true,
        ...(await diffReleases(previous, release)),
      })
    }
    return {
      firstBuildMs,
      caches:
        'none at the first build (a new publish directory); each publish finds those the one before left',
      ...medianOfRuns(timings),
      releaseDiffs,
    }
  } finally {
    await new Promise((resolve) => site.close(resolve))
    await cms.stop()
    await rm(work, { recursive: true, force: true })
  }
}
