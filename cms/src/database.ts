import { mkdirSync } from 'node:fs'
import path from 'node:path'

import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { Config, Migration } from 'payload'

import { migrations as postgresMigrations } from './migrations/postgres'
import { migrations as sqliteMigrations } from './migrations/sqlite'

export type DatabaseKind = 'sqlite' | 'postgres' | 'mongodb'

export function databaseKind(uri: string): DatabaseKind {
  if (uri.startsWith('file:')) return 'sqlite'
  if (uri.startsWith('postgres://') || uri.startsWith('postgresql://')) return 'postgres'
  if (uri.startsWith('mongodb://') || uri.startsWith('mongodb+srv://')) return 'mongodb'
  throw new Error(
    `DATABASE_URI "${uri.replace(/\/\/[^@]*@/, '//***@')}" is not supported. Use file:./data/hub.db (SQLite), postgres://user:password@host/db or mongodb://host/db.`,
  )
}

/**
 * The adapter named by DATABASE_URI. SQL schemas change only through the
 * migrations committed under src/migrations (see `migrationsFor`), so an
 * upgrade never depends on Drizzle's interactive schema push.
 */
export function databaseAdapter(uri: string, migrationsRoot: string): Config['db'] {
  switch (databaseKind(uri)) {
    case 'sqlite':
      mkdirSync(path.dirname(sqliteFilePath(uri)), { recursive: true })
      return sqliteAdapter({
        client: { url: uri },
        // The running CMS and a command such as the export share the file: wait for the other's write, not fail.
        busyTimeout: 5000,
        push: false,
        migrationDir: path.join(migrationsRoot, 'sqlite'),
      })
    case 'postgres':
      return postgresAdapter({
        pool: { connectionString: uri },
        push: false,
        migrationDir: path.join(migrationsRoot, 'postgres'),
      })
    case 'mongodb':
      return mongooseAdapter({ url: uri })
  }
}

/** Migrations to apply on start, whatever NODE_ENV is: a fresh database is created by them. */
export function migrationsFor(uri: string): Migration[] {
  // Generated migrations are typed with their adapter's argument types; Payload's runner takes the generic ones.
  const kind = databaseKind(uri)
  if (kind === 'sqlite') return sqliteMigrations as unknown as Migration[]
  if (kind === 'postgres') return postgresMigrations as unknown as Migration[]
  return []
}

export function sqliteFilePath(uri: string): string {
  return path.resolve(uri.replace(/^file:(\/\/)?/, ''))
}
