import { cp, mkdir, rm } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { liveRelease, pruneReleases, swapLive, type ReleasePaths } from '@hub/cms/releases'

import { builtRelease } from './builtRelease'

/** Where a deployed copy lives: `<target>` is the link a web server serves, `<target>.releases/` holds the copies. */
export function deployPaths(target: string): ReleasePaths {
  return { liveLink: target, releasesDir: `${target}.releases` }
}

function targetFolder(to: string): string {
  if (to.startsWith('file:')) return fileURLToPath(to)
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(to))
    throw new Error(
      `Cannot deploy to "${to}": give a folder (a path or a file:// URL) or a bucket (s3://bucket/prefix). For another host, copy the release's client/ folder with its own tool (docs/DEPLOY.md).`,
    )
  return to
}

/**
 * Copies a built release (by default the live one) to another folder, such
 * as the one a separate web server or a synced volume serves, and makes it
 * live there the way publishing does: a new copy beside the old ones, then one
 * atomic rename of the link. The previous copy is kept for a rollback. The
 * editors' preview bundle (server/) stays behind: a static host cannot run it.
 */
export async function deployRelease({ release, to }: { release: string; to: string }): Promise<string> {
  const { dir: source } = await builtRelease(release)
  const paths = deployPaths(path.resolve(targetFolder(to)))
  const copy = path.join(paths.releasesDir, path.basename(source))
  const previous = await liveRelease(paths)
  if (previous !== copy) {
    await mkdir(paths.releasesDir, { recursive: true })
    // What an interrupted deploy of this release left is not trusted.
    await rm(copy, { recursive: true, force: true })
    await cp(source, copy, {
      recursive: true,
      filter: (file) => path.relative(source, file).split(path.sep)[0] !== 'server',
    })
    await swapLive(paths, copy)
    await pruneReleases(paths, copy, previous)
  }
  return copy
}
