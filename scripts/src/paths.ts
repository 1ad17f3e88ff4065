import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { Settings } from '@hub/content-schemas/settings'

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
export const cmsDir = path.join(repoRoot, 'cms')
export const nextBin = path.join(cmsDir, 'node_modules', '.bin', 'next')

/**
 * The live release link the CMS publishes to (dist/ in HUB_PUBLISH_DIR, else
 * in HUB_SITE_DIR, else in site/), which the site server and nginx serve.
 */
export function liveSiteDir(settings: Settings): string {
  return path.resolve(
    settings.HUB_PUBLISH_DIR || settings.HUB_SITE_DIR || path.join(repoRoot, 'site'),
    'dist',
  )
}
