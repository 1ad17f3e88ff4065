import config from '@payload-config'
import { getPayload } from 'payload'

import { sitePaths } from '../publishing/sitePaths'
import { exportSnapshot, SnapshotError } from './exportSnapshot'

const outDir = sitePaths().snapshotDir

const payload = await getPayload({ config })
try {
  const { manifest } = await exportSnapshot(payload, { outDir })
  const total = Object.values(manifest.counts).reduce((sum, count) => sum + count, 0)
  console.log(
    `Snapshot written to ${outDir}: ${total} documents in ${manifest.locales.join(', ')} (hash ${manifest.contentHash.slice(0, 12)}).`,
  )
  process.exitCode = 0
} catch (error) {
  console.error(error instanceof SnapshotError ? error.message : error)
  process.exitCode = 1
} finally {
  await payload.destroy()
}
process.exit(process.exitCode)
