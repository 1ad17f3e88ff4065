import config from '@payload-config'
import { getPayload } from 'payload'

import { readSettings } from '@hub/content-schemas/settings'

import { BackupError } from './format'
import { restoreBackup } from './restoreBackup'

const { HUB_BACKUP_FILE: file, DATABASE_URI: databaseUri } = readSettings()

const payload = await getPayload({ config })
try {
  if (!file) throw new BackupError('Say which backup to restore: HUB_BACKUP_FILE=path/to/backup.zip.')
  const result = await restoreBackup(payload, { file, databaseUri })
  console.log(
    `Restored ${file} (made ${result.manifest.createdAt} on ${result.manifest.databaseKind}): ${result.documents} documents, ${result.versions} versions, ${result.files} files${result.keptIds ? '' : ', with new ids'}.`,
  )
  process.exitCode = 0
} catch (error) {
  console.error(error instanceof BackupError ? error.message : error)
  process.exitCode = 1
} finally {
  await payload.destroy()
}
process.exit(process.exitCode)
