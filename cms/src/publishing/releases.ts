import { lstat, mkdir, readdir, readlink, rename, rm, symlink } from 'node:fs/promises'
import path from 'node:path'

import type { SitePaths } from './sitePaths'

/** Where releases are kept and the link readers are served through: the hub's own, or a deploy target's. */
export type ReleasePaths = Pick<SitePaths, 'releasesDir' | 'liveLink'>

/** A release directory is named after when it was built and what it holds. */
export function releaseName(contentHash: string, at = new Date()): string {
  return `${at.toISOString().replace(/[:.]/g, '-')}-${contentHash.slice(0, 12)}`
}

/** The release readers get now, if any. */
export async function liveRelease(paths: ReleasePaths): Promise<string | undefined> {
  try {
    return path.resolve(path.dirname(paths.liveLink), await readlink(paths.liveLink))
  } catch {
    return undefined
  }
}

/** The content hash a release was built from, read off its name. */
export function releaseHash(release: string): string | undefined {
  return /-([0-9a-f]{12})$/.exec(path.basename(release))?.[1]
}

/** Points the symbolic link `link` at `target` in one rename, which POSIX makes atomic. */
export async function pointLink(link: string, target: string): Promise<void> {
  const staging = `${link}.next-${process.pid}`
  await rm(staging, { force: true })
  await symlink(path.relative(path.dirname(link), target), staging)
  await rename(staging, link)
}

/**
 * Points the live link at `release` in one rename: a reader gets the old site
 * or the new one, never a mix. A plain directory left by an older build is
 * moved into the releases first.
 */
export async function swapLive(paths: ReleasePaths, release: string): Promise<void> {
  await mkdir(paths.releasesDir, { recursive: true })
  const existing = await lstat(paths.liveLink).catch(() => undefined)
  if (existing && !existing.isSymbolicLink()) {
    await rename(paths.liveLink, path.join(paths.releasesDir, `legacy-${Date.now()}`))
  }
  await pointLink(paths.liveLink, release)
}

/** Removes releases other than the live one and the one before it (kept for a quick rollback). */
export async function pruneReleases(
  paths: ReleasePaths,
  live: string,
  previous: string | undefined,
): Promise<void> {
  const keep = new Set([path.resolve(live), previous && path.resolve(previous)])
  for (const name of await readdir(paths.releasesDir).catch(() => [] as string[])) {
    const release = path.join(paths.releasesDir, name)
    if (!keep.has(release)) await rm(release, { recursive: true, force: true })
  }
}
