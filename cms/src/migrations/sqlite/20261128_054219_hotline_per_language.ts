import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`site_settings_locales\` (
  	\`hotline_id\` integer,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`hotline_id\`) REFERENCES \`hotlines\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`site_settings\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  // The one hotline chosen so far was chosen for English readers; no other language inherits it.
  await db.run(
    sql`INSERT INTO \`site_settings_locales\`("hotline_id", "_locale", "_parent_id") SELECT "hotline_id", 'en', "id" FROM \`site_settings\` WHERE "hotline_id" IS NOT NULL;`,
  )
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_site_settings\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`quick_exit_url\` text DEFAULT 'https://www.bbc.com/weather' NOT NULL,
  	\`updated_at\` text,
  	\`created_at\` text
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_site_settings\`("id", "quick_exit_url", "updated_at", "created_at") SELECT "id", "quick_exit_url", "updated_at", "created_at" FROM \`site_settings\`;`,
  )
  await db.run(sql`DROP TABLE \`site_settings\`;`)
  await db.run(sql`ALTER TABLE \`__new_site_settings\` RENAME TO \`site_settings\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  // Index names are global in SQLite: the old table's site_settings_hotline_idx is gone only now.
  await db.run(
    sql`CREATE INDEX \`site_settings_hotline_idx\` ON \`site_settings_locales\` (\`hotline_id\`,\`_locale\`);`,
  )
  await db.run(
    sql`CREATE UNIQUE INDEX \`site_settings_locales_locale_parent_id_unique\` ON \`site_settings_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`site_settings\` ADD \`hotline_id\` integer REFERENCES hotlines(id);`)
  // Back to one hotline for every page: English's, the only one chosen before.
  await db.run(
    sql`UPDATE \`site_settings\` SET "hotline_id" = (SELECT "hotline_id" FROM \`site_settings_locales\` WHERE "_parent_id" = \`site_settings\`."id" AND "_locale" = 'en');`,
  )
  await db.run(sql`DROP TABLE \`site_settings_locales\`;`)
  await db.run(sql`CREATE INDEX \`site_settings_hotline_idx\` ON \`site_settings\` (\`hotline_id\`);`)
}
