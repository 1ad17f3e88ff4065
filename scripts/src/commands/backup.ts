import path from 'node:path'

import { cmsDir, repoRoot } from '../paths'
import { run } from '../processes'

// `pnpm backup` runs this in scripts/; a path the user typed is meant from where they typed it.
const userDir = process.env.INIT_CWD ?? process.cwd()

/** Writes a backup of the whole hub (default: ./backups/hub-<time>.zip at the repository root). */
export async function backup({ out }: { out?: string }) {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-')
  const file = path.resolve(userDir, out ?? path.join(repoRoot, 'backups', `hub-${stamp}.zip`))
  await run('pnpm', ['run', 'backup'], { cwd: cmsDir, env: { ...process.env, HUB_BACKUP_FILE: file } })
}

/** Restores a backup into the empty database named by DATABASE_URI. */
export async function restore({ file }: { file?: string }) {
  if (!file) throw new Error('Say which backup to restore: hub restore path/to/backup.zip')
  await run('pnpm', ['run', 'restore'], {
    cwd: cmsDir,
    env: { ...process.env, HUB_BACKUP_FILE: path.resolve(userDir, file) },
  })
}
