import { describe, expect, it } from 'vitest'

import { databaseKind, sqliteFilePath } from './database'

describe('choosing the database from DATABASE_URI', () => {
  it('recognises SQLite files, Postgres and MongoDB', () => {
    expect(databaseKind('file:./data/hub.db')).toBe('sqlite')
    expect(databaseKind('postgres://hub:secret@127.0.0.1:5432/hub')).toBe('postgres')
    expect(databaseKind('postgresql://127.0.0.1/hub')).toBe('postgres')
    expect(databaseKind('mongodb://127.0.0.1:27017/hub')).toBe('mongodb')
    expect(databaseKind('mongodb+srv://cluster.example/hub')).toBe('mongodb')
  })

  it('refuses anything else, saying what works, without echoing the password', () => {
    expect(() => databaseKind('mysql://hub:topsecret@127.0.0.1/hub')).toThrow(
      /is not supported\. Use file:.*postgres:.*mongodb:/,
    )
    expect(() => databaseKind('mysql://hub:topsecret@127.0.0.1/hub')).not.toThrow(/topsecret/)
  })

  it('resolves a relative SQLite path against the working directory', () => {
    expect(sqliteFilePath('file:./data/hub.db')).toBe(`${process.cwd()}/data/hub.db`)
    expect(sqliteFilePath('file:/tmp/hub.db')).toBe('/tmp/hub.db')
  })
})
