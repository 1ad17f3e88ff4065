import { readSettings } from '@hub/content-schemas/settings'

import { runCommand } from '../utilities/runCommand'
import { BackupError } from './format'
import { restoreBackup } from './restoreBackup'

const { HUB_BACKUP_FILE: file, DATABASE_URI: databaseUri } = readSettings()

await runCommand(async (payload) => {
  if (!file) throw new BackupError('Say which backup to restore: HUB_BACKUP_FILE=path/to/backup.zip.')
  const result = await restoreBackup(payload, { file, databaseUri })
  return `Restored ${file} (made ${result.manifest.createdAt} on ${result.manifest.databaseKind}): ${result.documents} documents, ${result.versions} versions, ${result.files} files${result.keptIds ? '' : ', with new ids'}.`
}, BackupError)
