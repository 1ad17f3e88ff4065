import { readdir } from 'node:fs/promises'
import path from 'node:path'

import { repoRoot } from '../paths'
import { measureCommand } from './measureProcess'

export const siteDir = path.join(repoRoot, 'site')

/** The site build the CMS runs (Astro, Pagefind, script hashes, compression), timed with its peak memory. */
export function buildSite(snapshotDir: string, outDir: string) {
  return measureCommand('pnpm', ['run', 'build'], {
    cwd: siteDir,
    env: { ...process.env, HUB_SNAPSHOT_DIR: snapshotDir, HUB_SITE_OUT_DIR: outDir, NODE_ENV: 'production' },
  })
}

/** How many HTML pages a built site holds. */
export async function countPages(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).length
}
