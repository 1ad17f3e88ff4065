import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { readSettings, siteBuildCacheDir } from '@hub/content-schemas/settings'

export type BuildPaths = {
  /** The release Astro built (HUB_SITE_OUT_DIR, else site/dist). */
  outDir: string
  /** What readers are served from: with the Node adapter, server/ only renders previews. */
  client: string
  /**
   * Astro's caches (resized images, rendered pages) for this output directory, the
   * post-build's beside them: two builds into different directories (tests, benches) never restore
   * each other's pages.
   */
  cacheDir: string
}

export function buildPaths(): BuildPaths {
  const siteRoot = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
  const outSetting = readSettings().HUB_SITE_OUT_DIR
  const outDir = path.resolve(siteRoot, outSetting || 'dist')
  return {
    outDir,
    client: path.join(outDir, 'client'),
    cacheDir: outSetting ? siteBuildCacheDir(outDir) : path.join(siteRoot, 'node_modules', '.astro'),
  }
}
