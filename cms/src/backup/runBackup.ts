import config from '@payload-config'
import { getPayload } from 'payload'

import { readSettings } from '@hub/content-schemas/settings'

import { createBackup } from './createBackup'
import { BackupError } from './format'

const { HUB_BACKUP_FILE: file, DATABASE_URI: databaseUri } = readSettings()

const payload = await getPayload({ config })
try {
  if (!file) throw new BackupError('Say where to write the backup: HUB_BACKUP_FILE=path/to/backup.zip.')
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
