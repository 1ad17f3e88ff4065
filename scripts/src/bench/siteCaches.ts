import { readdir, rm, stat } from 'node:fs/promises'
import path from 'node:path'

import { siteBuildCacheDir } from '@hub/content-schemas/settings'

/** The caches a site build reads when they are there, by where they sit in its cache directory. */
const caches = {
  kits: 'kits',
  images: 'assets',
  renderedPagesIndex: 'incremental-build.json',
  renderedPages: 'dist',
  builtFileFacts: 'built-file-facts.json',
  searchBundles: 'pagefind',
  compressedCopies: 'precompressed',
}

async function bytesOf(target: string): Promise<number | undefined> {
  const info = await stat(target).catch(() => undefined)
  if (!info) return undefined
  if (!info.isDirectory()) return info.size
  let total = 0
  for (const entry of await readdir(target, { recursive: true, withFileTypes: true }))
    if (entry.isFile()) total += (await stat(path.join(entry.parentPath, entry.name))).size
  return total
}

export type CacheState = Record<keyof typeof caches, string> & { otherCacheEntries: string[] }

/** Whether each cache of a build into `outDir` is there and how big, as the bench reports it beside a figure. */
export async function cacheState(outDir: string): Promise<CacheState> {
  const dir = siteBuildCacheDir(outDir)
  const state = {} as Record<keyof typeof caches, string>
  for (const [name, entry] of Object.entries(caches) as [keyof typeof caches, string][]) {
    const bytes = await bytesOf(path.join(dir, entry))
    state[name] = bytes === undefined ? 'absent' : `present (${(bytes / 2 ** 20).toFixed(1)} MiB)`
  }
  const known = new Set(Object.values(caches))
  const other = (await readdir(dir).catch(() => [] as string[])).filter((name) => !known.has(name))
  return { ...state, otherCacheEntries: other }
}

/** Empties every cache of a build into `outDir`. */
export async function clearCaches(outDir: string): Promise<void> {
  await rm(siteBuildCacheDir(outDir), { recursive: true, force: true })
}
