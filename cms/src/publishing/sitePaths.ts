import path from 'node:path'

import { readSettings } from '@hub/content-schemas/settings'

// The CMS runs from cms/ (next start, payload run); bundled code cannot find the repository from its own location.
const repoRoot = path.resolve(/*turbopackIgnore: true*/ process.cwd(), '..')

export type SitePaths = {
  /** The Astro project. */
  siteDir: string
  /** The latest snapshot, kept between builds so unchanged documents are not rewritten. */
  snapshotDir: string
  /** Every built site, one directory each. */
  releasesDir: string
  /** A symbolic link to the release readers get; swapped in one step. */
  liveLink: string
  /**
   * A symbolic link to the release being built. Every build writes through this one path (Astro's caches
   * sit beside it, at `build.cache`): Astro restores a page unchanged since the last build only when the
   * code that renders it is unchanged, and that code holds the output path.
   */
  buildLink: string
}

/** Where builds happen and what is served; HUB_SITE_DIR, HUB_PUBLISH_DIR and HUB_SNAPSHOT_DIR move them (tests do). */
export function sitePaths(env: NodeJS.ProcessEnv = process.env): SitePaths {
  const settings = readSettings(env)
  // Run-time locations outside the CMS: not for the bundler to trace.
  const siteDir = path.resolve(/*turbopackIgnore: true*/ settings.HUB_SITE_DIR || path.join(repoRoot, 'site'))
  const publishDir = path.resolve(/*turbopackIgnore: true*/ settings.HUB_PUBLISH_DIR || siteDir)
  return {
    siteDir,
    snapshotDir: path.resolve(
      /*turbopackIgnore: true*/ settings.HUB_SNAPSHOT_DIR || path.join(repoRoot, 'snapshot'),
    ),
    releasesDir: path.join(publishDir, 'releases'),
    liveLink: path.join(publishDir, 'dist'),
    buildLink: path.join(publishDir, 'build'),
  }
}
