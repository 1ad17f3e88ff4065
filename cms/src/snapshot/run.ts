import path from 'node:path'

import config from '@payload-config'
import { getPayload } from 'payload'

import { exportSnapshot, SnapshotError } from './exportSnapshot'

const outDir = path.resolve(process.env.SNAPSHOT_DIR ?? '../snapshot')

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
