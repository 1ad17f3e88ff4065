import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`site_builds\` ADD \`triggered_by\` text;`)
  await db.run(sql`ALTER TABLE \`site_builds\` ADD \`changed_page\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`site_builds\` DROP COLUMN \`triggered_by\`;`)
  await db.run(sql`ALTER TABLE \`site_builds\` DROP COLUMN \`changed_page\`;`)
}
