import { readdir } from 'node:fs/promises'
import path from 'node:path'

import { siteBuildCommand, siteBuildEnv, type SiteBuild } from '@hub/cms/site-build'

import { repoRoot } from '../paths'
import { measureCommand } from './measureProcess'

export const siteDir = path.join(repoRoot, 'site')

/**
 * The site build the CMS runs (Astro, Pagefind, script hashes, compression), timed with its peak
 * memory; as a builder of `buildRelease`, the bench measures the CMS's own publishing path.
 */
export function buildSite(build: SiteBuild) {
  return measureCommand(...siteBuildCommand(build.siteDir), { cwd: build.siteDir, env: siteBuildEnv(build) })
}

/** How many HTML pages a built site holds. */
export async function countPages(dir: string): Promise<number> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).length
}
