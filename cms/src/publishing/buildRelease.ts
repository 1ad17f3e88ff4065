import { mkdir, rm } from 'node:fs/promises'
import path from 'node:path'

import { liveRelease, pointLink, releaseName, swapLive } from './releases'
import { buildSite, prepareSiteBuild, type SiteBuild } from './siteBuild'
import type { SitePaths } from './sitePaths'

type BuildPaths = Pick<SitePaths, 'siteDir' | 'snapshotDir' | 'releasesDir' | 'liveLink' | 'buildLink'>

/** Runs one site build; the CMS's is `buildSite`, the bench's also measures its time and memory. */
export type SiteBuilder<Result> = (build: SiteBuild) => Promise<Result>

/**
 * Builds the snapshot into a new release and makes it live in one rename. The
 * build writes through the fixed build link, so pages unchanged since the last
 * build are restored rather than rendered. A failed build removes its release
 * and points the build link back at the live one: readers never see it.
 * `output` is what the builder returned: with the CMS's, the build's log
 * (Astro names each page it rendered and counts those it restored).
 */
export function buildRelease(
  paths: BuildPaths,
  contentHash: string,
  env?: Record<string, string>,
): Promise<{ release: string; output: string }>
export function buildRelease<Result>(
  paths: BuildPaths,
  contentHash: string,
  env: Record<string, string>,
  builder: SiteBuilder<Result>,
): Promise<{ release: string; output: Result }>
export async function buildRelease(
  paths: BuildPaths,
  contentHash: string,
  env: Record<string, string> = {},
  builder: SiteBuilder<unknown> = buildSite,
): Promise<{ release: string; output: unknown }> {
  const release = path.join(paths.releasesDir, releaseName(contentHash))
  try {
    await mkdir(release, { recursive: true })
    await pointLink(paths.buildLink, release)
    const output = await builder(releaseBuild(paths, env))
    await swapLive(paths, release)
    return { release, output }
  } catch (error) {
    await rm(release, { recursive: true, force: true })
    // A release's own server bundle (drafts' previews) finds its files through the build link.
    const live = await liveRelease(paths)
    if (live) await pointLink(paths.buildLink, live)
    throw error
  }
}

/** The site build of a release: the snapshot, built through the fixed build link. */
function releaseBuild(paths: BuildPaths, env: Record<string, string> = {}): SiteBuild {
  return { siteDir: paths.siteDir, snapshotDir: paths.snapshotDir, outDir: paths.buildLink, env }
}

/**
 * Starts the next release's build ahead (`prepareSiteBuild`): the CMS that
 * builds at every change does after each build, and when it starts.
 */
export function prepareReleaseBuild(paths: BuildPaths) {
  prepareSiteBuild(releaseBuild(paths))
}
