import { mkdir, rm } from 'node:fs/promises'
import path from 'node:path'

import { liveRelease, pointLink, releaseName, swapLive } from './releases'
import { buildSite } from './siteBuild'
import type { SitePaths } from './sitePaths'

/**
 * Builds the snapshot into a new release and makes it live in one rename (the
 * build's log is returned: Astro names each page it restored). The
 * build writes through the fixed build link, so pages unchanged since the last
 * build are restored rather than rendered. A failed build removes its release
 * and points the build link back at the live one: readers never see it.
 */
export async function buildRelease(
  paths: Pick<SitePaths, 'siteDir' | 'snapshotDir' | 'releasesDir' | 'liveLink' | 'buildLink'>,
  contentHash: string,
  env: Record<string, string> = {},
): Promise<{ release: string; output: string }> {
  const release = path.join(paths.releasesDir, releaseName(contentHash))
  try {
    await mkdir(release, { recursive: true })
    await pointLink(paths.buildLink, release)
    const output = await buildSite({
      siteDir: paths.siteDir,
      snapshotDir: paths.snapshotDir,
      outDir: paths.buildLink,
      env,
    })
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
