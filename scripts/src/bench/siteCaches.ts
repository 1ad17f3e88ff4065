import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises'
import path from 'node:path'

import { repoRoot } from '../paths'

const astroCache = path.join(repoRoot, 'site', 'node_modules', '.astro')
const kitCache = path.join(repoRoot, 'site', 'node_modules', '.cache', 'hub-kits')

/** The caches a site build reads when they are there: where each lives. */
const caches = {
  kits: kitCache,
  contentLayerStore: path.join(astroCache, 'data-store.json'),
  images: path.join(astroCache, 'assets'),
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

export type CacheState = Record<keyof typeof caches, string> & { otherAstroCacheEntries: string[] }

/** Whether each cache is there and how big, as the bench reports it beside a figure. */
export async function cacheState(): Promise<CacheState> {
  const state = {} as Record<keyof typeof caches, string>
  for (const [name, target] of Object.entries(caches) as [keyof typeof caches, string][]) {
    const bytes = await bytesOf(target)
    state[name] = bytes === undefined ? 'absent' : `present (${(bytes / 2 ** 20).toFixed(1)} MiB)`
  }
  const known = new Set(['data-store.json', 'assets'])
  const other = (await readdir(astroCache).catch(() => [] as string[])).filter((name) => !known.has(name))
  return { ...state, otherAstroCacheEntries: other }
}

/** Empties every build cache of the site (Astro's whole cache directory and the kit cache). */
export async function clearCaches(): Promise<void> {
  await rm(astroCache, { recursive: true, force: true })
  await rm(kitCache, { recursive: true, force: true })
}

/**
 * Moves the site's caches into `keep` while the bench runs and puts them back
 * after, so that a bench neither starts from nor leaves behind other caches
 * than it says.
 */
export async function setCachesAside(keep: string): Promise<() => Promise<void>> {
  await mkdir(keep, { recursive: true })
  const moved: [string, string][] = []
  for (const [from, name] of [
    [astroCache, 'astro'],
    [kitCache, 'kits'],
  ] as const) {
    const to = path.join(keep, name)
    if (
      await rename(from, to).then(
        () => true,
        () => false,
      )
    )
      moved.push([from, to])
  }
  return async () => {
    await clearCaches()
    for (const [from, to] of moved) {
      await mkdir(path.dirname(from), { recursive: true })
      await rename(to, from)
    }
  }
}
