import { randomBytes } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { readSettings } from '@hub/content-schemas/settings'

import type { DatabaseKind } from '../database'

const { POSTGRES_TEST_URI, MONGODB_URI } = readSettings()

/**
 * The databases the suites run on. SQLite always; Postgres where
 * POSTGRES_TEST_URI names a server (`.ci/run` starts one); MongoDB where
 * MONGODB_URI does. A suite whose server is missing is skipped, never passed.
 */
export const databaseTargets: { kind: DatabaseKind; available: boolean; why: string }[] = [
  { kind: 'sqlite', available: true, why: '' },
  {
    kind: 'postgres',
    available: Boolean(POSTGRES_TEST_URI),
    why: 'POSTGRES_TEST_URI is not set (`.ci/run` starts PostgreSQL and sets it)',
  },
  {
    kind: 'mongodb',
    available: Boolean(MONGODB_URI),
    why: 'MONGODB_URI is not set: no MongoDB server to test against',
  },
]

export type TestDatabase = { uri: string; mediaDir: string; drop: () => Promise<void> }

/** A new, empty database of the given kind, and a media folder, both removed by `drop`. */
export async function createTestDatabase(kind: DatabaseKind): Promise<TestDatabase> {
  const workDir = await mkdtemp(path.join(tmpdir(), 'hub-test-'))
  const mediaDir = path.join(workDir, 'media')
  const name = `hub_test_${randomBytes(6).toString('hex')}`
  const removeWorkDir = () => rm(workDir, { recursive: true, force: true })

  if (kind === 'sqlite') {
    return { uri: `file:${path.join(workDir, 'hub.db')}`, mediaDir, drop: removeWorkDir }
  }
  if (kind === 'postgres') {
    const { default: pg } = await import('pg')
    const server = new URL(POSTGRES_TEST_URI)
    const admin = new pg.Client({ connectionString: server.toString() })
    await admin.connect()
    await admin.query(`CREATE DATABASE ${name}`)
    await admin.end()
    const uri = new URL(server.toString())
    uri.pathname = `/${name}`
    return {
      uri: uri.toString(),
      mediaDir,
      drop: async () => {
        const cleaner = new pg.Client({ connectionString: server.toString() })
        await cleaner.connect()
        await cleaner.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
        await cleaner.end()
        await removeWorkDir()
      },
    }
  }
  const { MongoClient } = await import('mongodb')
  const uri = new URL(MONGODB_URI)
  uri.pathname = `/${name}`
  return {
    uri: uri.toString(),
    mediaDir,
    drop: async () => {
      const client = await MongoClient.connect(uri.toString())
      await client.db(name).dropDatabase()
      await client.close()
      await removeWorkDir()
    },
  }
}
