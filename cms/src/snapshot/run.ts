import { sitePaths } from '../publishing/sitePaths'
import { runCommand } from '../utilities/runCommand'
import { exportSnapshot, SnapshotError } from './exportSnapshot'

const outDir = sitePaths().snapshotDir

await runCommand(async (payload) => {
  const { manifest } = await exportSnapshot(payload, { outDir })
  const total = Object.values(manifest.counts).reduce((sum, count) => sum + count, 0)
  return `Snapshot written to ${outDir}: ${total} documents in ${manifest.locales.join(', ')} (hash ${manifest.contentHash.slice(0, 12)}).`
}, SnapshotError)
