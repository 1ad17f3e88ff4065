import path from 'node:path'

import { cmsDir, repoRoot } from '../paths'
import { run } from '../processes'

/** Writes the snapshot of everything published (default: ./snapshot at the repository root). */
export async function exportSnapshot({ out }: { out?: string }) {
  const snapshotDir = path.resolve(out ?? path.join(repoRoot, 'snapshot'))
  await run('pnpm', ['run', 'export'], {
    cwd: cmsDir,
    env: { ...process.env, HUB_SNAPSHOT_DIR: snapshotDir },
  })
}
