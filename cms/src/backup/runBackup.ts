import config from '@payload-config'
import { getPayload } from 'payload'

import { defaultDatabaseUri } from '../database'
import { createBackup } from './createBackup'
import { BackupError } from './format'

const file = process.env.BACKUP_FILE
const databaseUri = process.env.DATABASE_URI || defaultDatabaseUri

const payload = await getPayload({ config })
try {
  if (!file) throw new BackupError('Say where to write the backup: BACKUP_FILE=path/to/backup.zip.')
  const manifest = await createBackup(payload, { file, databaseUri })
  const counts = Object.values(manifest.collections)
  console.log(
    `Backup written to ${file}: ${counts.reduce((sum, count) => sum + count.documents, 0)} documents, ${counts.reduce((sum, count) => sum + count.versions, 0)} versions, ${counts.reduce((sum, count) => sum + count.files, 0)} files.`,
  )
  process.exitCode = 0
} catch (error) {
  console.error(error instanceof BackupError ? error.message : error)
  process.exitCode = 1
} finally {
  await payload.destroy()
}
process.exit(process.exitCode)
