import { readdir } from 'node:fs/promises'
import path from 'node:path'

import {
  buildSite as buildSiteAhead,
  prepareSiteBuild,
  siteBuildCommand,
  siteBuildEnv,
  type SiteBuild,
} from '@hub/cms/site-build'
import { prepareReleaseBuild } from '@hub/cms/build-release'

import { readSettings } from '@hub/content-schemas/settings'

import { repoRoot } from '../paths'
import { markedProcesses, measureCommand, measureMarked, settled } from './measureProcess'

export const siteDir = path.join(repoRoot, 'site')

/**
 * The site build the CMS runs (Astro, Pagefind, script hashes, compression), timed with its peak
 * memory; as a builder of `buildRelease`, the bench measures the CMS's own publishing path.
 */
export function buildSite(build: SiteBuild) {
  return measureCommand(...siteBuildCommand(build.siteDir), { cwd: build.siteDir, env: siteBuildEnv(build) })
}

// The builds the bench starts ahead carry this in their environment, by which their memory is read.
const aheadMark = ['HUB_BENCH_BUILD', `ahead-${process.pid}`] as const

/** Runs `work` with the mark in this process's environment: the builds it starts carry it. */
async function marked<Result>(work: () => Promise<Result> | Result): Promise<Result> {
  const [name, value] = aheadMark
  process.env[name] = value
  try {
    return await work()
  } finally {
    delete process.env[name]
  }
}

/** Starts the next release's build ahead, as the running CMS does after each build (`prepareReleaseBuild`). */
export function prepareAhead(paths: Parameters<typeof prepareReleaseBuild>[0]) {
  return marked(() => prepareReleaseBuild(paths))
}

/**
 * Waits until the build started ahead has settled (loaded, the live release indexed), as an
 * editor's next change usually finds it; returns the seconds it waited.
 */
export function aheadSettled(): Promise<number> {
  return settled(() => markedProcesses(aheadMark.join('=')))
}

/**
 * The site build a running CMS publishes with: the one started ahead
 * (`prepareAhead`, and after each of these), handed the publish's
 * environment; timed from the publish, with the peak memory of its
 * processes. With HUB_BUILD_AHEAD=0, as the CMS then does, a build started at
 * the publish.
 */
export async function publishBuild(build: SiteBuild) {
  if (readSettings().HUB_BUILD_AHEAD === '0') return buildSite(build)
  return marked(async () => {
    const { seconds, peakMemoryMiB } = await measureMarked(aheadMark.join('='), () => buildSiteAhead(build))
    prepareSiteBuild(build)
    return { seconds, peakMemoryMiB }
  })
}

/** How many HTML pages a built site holds. */
export async function countPages(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).length
}
