import { cp, mkdir, realpath, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { liveRelease, pruneReleases, swapLive, type ReleasePaths } from '@hub/cms/releases'

/** Where a deployed copy lives: `<target>` is the link a web server serves, `<target>.releases/` holds the copies. */
export function deployPaths(target: string): ReleasePaths {
  return { liveLink: target, releasesDir: `${target}.releases` }
}

function targetFolder(to: string): string {
  if (to.startsWith('file:')) return fileURLToPath(to)
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(to))
    throw new Error(
      `Cannot deploy to "${to}": give a folder (a path or a file:// URL). For a bucket or another host, copy the release's client/ folder with your storage's own tool (docs/DEPLOY.md).`,
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
  const source = await realpath(release).catch(() => {
    throw new Error(`There is no built release at ${release}: build the site first (pnpm build).`)
  })
  const client = path.join(source, 'client')
  if (!(await stat(client).catch(() => undefined))?.isDirectory())
    throw new Error(
      `${source} is not a built release (it has no client/ folder): build the site first (pnpm build).`,
    )
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
