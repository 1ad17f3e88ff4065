import { getPayload, type Payload } from 'payload'

import type { DatabaseKind } from '../database'
import { hubConfig } from '../payload.config'
import { createTestDatabase } from './databases'

export type TestHub = { payload: Payload; databaseUri: string; mediaDir: string; close: () => Promise<void> }

/** A real Payload on a new, empty database of the given kind, migrated like production. */
export async function startTestHub(kind: DatabaseKind): Promise<TestHub> {
  const database = await createTestDatabase(kind)
  const payload = await getPayload({
    config: hubConfig({ databaseUri: database.uri, mediaDir: database.mediaDir, autoRunJobs: false }),
    key: database.uri,
  })
  return {
    payload,
    databaseUri: database.uri,
    mediaDir: database.mediaDir,
    close: async () => {
      await payload.destroy()
      await database.drop()
    },
  }
}
