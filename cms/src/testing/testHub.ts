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
      // The SQL adapters' destroy() leaves their connections open. Postgres's pool
      // may still hold a client, so its end() cannot be awaited; dropping the
      // database ends those connections, which the pool must not treat as fatal.
      const db = payload.db as unknown as {
        pool?: { on(event: 'error', listener: () => void): void; end(): Promise<void> }
        client?: { close(): void }
      }
      db.pool?.on('error', () => {})
      void db.pool?.end().catch(() => {})
      if (kind === 'sqlite') db.client?.close()
      await database.drop()
    },
  }
}
