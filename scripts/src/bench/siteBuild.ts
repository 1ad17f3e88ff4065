import { readdir } from 'node:fs/promises'
import path from 'node:path'

import {
  buildSite as buildSiteAhead,
  prepareSiteBuild,
  siteBuildCommand,
  siteBuildEnv,
  type SiteBuild,
} from '@hub/cms/site-build'

import { readSettings } from '@hub/content-schemas/settings'

import { repoRoot } from '../paths'
import { measureCommand, measureMarked } from './measureProcess'

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

/** Starts the next build ahead, as the running CMS does after each publish (`prepareSiteBuild`). */
function prepareAhead(siteDir: string) {
  const [name, value] = aheadMark
  process.env[name] = value
  try {
    prepareSiteBuild(siteDir)
  } finally {
    delete process.env[name]
  }
}

/**
 * The site build a running CMS publishes with: started ahead, after the build
 * before (the first, when asked), and handed the publish's environment;
 * timed from the publish, with the peak memory of its processes. The next
 * one is started ahead when it is done. With HUB_BUILD_AHEAD=0, as the CMS
 * then does, a build started at the publish.
 */
export async function publishBuild(build: SiteBuild) {
  if (readSettings().HUB_BUILD_AHEAD === '0') return buildSite(build)
  prepareAhead(build.siteDir)
  const { seconds, peakMemoryMiB } = await measureMarked(aheadMark.join('='), () => buildSiteAhead(build))
  prepareAhead(build.siteDir)
  return { seconds, peakMemoryMiB }
}

/** How many HTML pages a built site holds. */
export async function countPages(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).length
}
