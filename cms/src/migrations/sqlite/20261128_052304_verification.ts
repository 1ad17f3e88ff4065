import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`verification_settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`donation_lists_days\` numeric DEFAULT 90 NOT NULL,
  	\`hotlines_days\` numeric DEFAULT 180 NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(sql`ALTER TABLE \`hotlines\` ADD \`last_verified\` text;`)
  await db.run(sql`ALTER TABLE \`_hotlines_v\` ADD \`version_last_verified\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`verification_settings\`;`)
  await db.run(sql`ALTER TABLE \`hotlines\` DROP COLUMN \`last_verified\`;`)
  await db.run(sql`ALTER TABLE \`_hotlines_v\` DROP COLUMN \`version_last_verified\`;`)
}
