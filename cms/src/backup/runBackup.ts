import { readSettings } from '@hub/content-schemas/settings'

import { runCommand } from '../utilities/runCommand'
import { createBackup } from './createBackup'
import { BackupError } from './format'

const { HUB_BACKUP_FILE: file, DATABASE_URI: databaseUri } = readSettings()

await runCommand(async (payload) => {
  if (!file) throw new BackupError('Say where to write the backup: HUB_BACKUP_FILE=path/to/backup.zip.')
  const manifest = await createBackup(payload, { file, databaseUri })
  const counts = Object.values(manifest.collections)
  return `Backup written to ${file}: ${counts.reduce((sum, count) => sum + count.documents, 0)} documents, ${counts.reduce((sum, count) => sum + count.versions, 0)} versions, ${counts.reduce((sum, count) => sum + count.files, 0)} files.`
}, BackupError)
