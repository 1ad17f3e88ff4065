import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { readSettings } from '@hub/content-schemas/settings'

/** The snapshot the site is built from: HUB_SNAPSHOT_DIR, or ./snapshot at the repository root. */
export function snapshotDir(): string {
  const siteRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
  return path.resolve(readSettings().HUB_SNAPSHOT_DIR || path.join(siteRoot, '..', 'snapshot'))
}
