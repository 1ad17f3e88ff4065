import config from '@payload-config'
import { getPayload } from 'payload'

import { defaultDatabaseUri } from '../database'
import { BackupError } from './format'
import { restoreBackup } from './restoreBackup'

const file = process.env.BACKUP_FILE
const databaseUri = process.env.DATABASE_URI || defaultDatabaseUri

const payload = await getPayload({ config })
try {
  if (!file) throw new BackupError('Say which backup to restore: BACKUP_FILE=path/to/backup.zip.')
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
