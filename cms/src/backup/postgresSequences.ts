import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

/**
 * Rows restored with their ids leave PostgreSQL's id sequences where they
 * were, so the next document would be given an id already taken. Each
 * sequence of the schema is moved past the highest id of its table.
 */
export async function resetPostgresSequences(payload: Payload) {
  const { sql } = await import('@payloadcms/db-postgres')
  const db = (payload.db as unknown as PostgresAdapter).drizzle
  const { rows } = await db.execute<{ table_name: string; column_name: string; sequence: string }>(sql`
    SELECT table_name, column_name,
      pg_get_serial_sequence(format('%I.%I', table_schema, table_name), column_name) AS sequence
    FROM information_schema.columns
    WHERE table_schema = current_schema() AND column_default LIKE 'nextval(%'
  `)
  for (const row of rows) {
    await db.execute(
      sql`SELECT setval(${row.sequence}, COALESCE((SELECT MAX(${sql.identifier(row.column_name)}) FROM ${sql.identifier(row.table_name)}), 0) + 1, false)`,
    )
  }
}
