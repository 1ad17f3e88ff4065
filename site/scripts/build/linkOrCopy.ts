import { copyFile, link, mkdir, readdir, rm } from 'node:fs/promises'
import path from 'node:path'

/**
 * Puts `from`'s bytes at `to` by a hard link, or a copy where the two are on
 * different file systems. Only for cache files that are never written in place
 * (written under a temporary name and renamed), so a release sharing them
 * cannot change under the cache, nor the cache under a release.
 */
export async function linkOrCopy(from: string, to: string): Promise<void> {
  try {
    await link(from, to)
  } catch {
    await rm(to, { force: true })
    await copyFile(from, to)
  }
}

/** `linkOrCopy` for every file under the directory `from`, into `to`. */
export async function linkTree(from: string, to: string): Promise<void> {
  await mkdir(to, { recursive: true })
  await Promise.all(
    (await readdir(from, { withFileTypes: true })).map((entry) =>
      (entry.isDirectory() ? linkTree : linkOrCopy)(path.join(from, entry.name), path.join(to, entry.name)),
    ),
  )
}
