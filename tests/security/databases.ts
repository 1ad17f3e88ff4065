import { randomBytes } from 'node:crypto'

import pg from 'pg'

export type TestDatabase = {
  kind: 'sqlite' | 'postgres'
  available: boolean
  /** What the CMS is started with: none for SQLite (it gets its own file), a new database on Postgres. */
  env: Record<string, string>
  drop: () => Promise<void>
}

function postgres(): TestDatabase {
  const server = process.env.POSTGRES_TEST_URI
  if (!server) return { kind: 'postgres', available: false, env: {}, drop: async () => {} }
  const name = `hub_security_${randomBytes(6).toString('hex')}`
  const uri = new URL(server)
  uri.pathname = `/${name}`
  return {
    kind: 'postgres',
    available: true,
    // Payload's Postgres adapter creates the database on first connection.
    env: { DATABASE_URI: uri.toString() },
    drop: async () => {
      const client = new pg.Client({ connectionString: server })
      await client.connect()
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      await client.end()
    },
  }
}

/** SQLite always; Postgres where POSTGRES_TEST_URI names a server (`.ci/run` starts one). */
export const testDatabases: TestDatabase[] = [
  { kind: 'sqlite', available: true, env: {}, drop: async () => {} },
  postgres(),
]
