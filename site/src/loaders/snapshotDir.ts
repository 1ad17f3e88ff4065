import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** The snapshot the site is built from: SNAPSHOT_DIR, or ./snapshot at the repository root. */
export function snapshotDir(): string {
  const siteRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')
  return path.resolve(process.env.SNAPSHOT_DIR ?? path.join(siteRoot, '..', 'snapshot'))
}
