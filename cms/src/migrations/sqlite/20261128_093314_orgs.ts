import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`organizations_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`topics_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`organizations_rels_order_idx\` ON \`organizations_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`organizations_rels_parent_idx\` ON \`organizations_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`organizations_rels_path_idx\` ON \`organizations_rels\` (\`path\`);`)
  await db.run(
    sql`CREATE INDEX \`organizations_rels_topics_id_idx\` ON \`organizations_rels\` (\`topics_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_organizations_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`topics_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_organizations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_organizations_v_rels_order_idx\` ON \`_organizations_v_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_organizations_v_rels_parent_idx\` ON \`_organizations_v_rels\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`_organizations_v_rels_path_idx\` ON \`_organizations_v_rels\` (\`path\`);`)
  await db.run(
    sql`CREATE INDEX \`_organizations_v_rels_topics_id_idx\` ON \`_organizations_v_rels\` (\`topics_id\`);`,
  )
  await db.run(sql`ALTER TABLE \`hotlines\` ADD \`illustrative\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`hotlines\` ADD \`tty\` text;`)
  await db.run(sql`ALTER TABLE \`hotlines\` ADD \`chat\` text;`)
  await db.run(sql`ALTER TABLE \`_hotlines_v\` ADD \`version_illustrative\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_hotlines_v\` ADD \`version_tty\` text;`)
  await db.run(sql`ALTER TABLE \`_hotlines_v\` ADD \`version_chat\` text;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`organizations_rels\`;`)
  await db.run(sql`DROP TABLE \`_organizations_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`hotlines\` DROP COLUMN \`illustrative\`;`)
  await db.run(sql`ALTER TABLE \`hotlines\` DROP COLUMN \`tty\`;`)
  await db.run(sql`ALTER TABLE \`hotlines\` DROP COLUMN \`chat\`;`)
  await db.run(sql`ALTER TABLE \`_hotlines_v\` DROP COLUMN \`version_illustrative\`;`)
  await db.run(sql`ALTER TABLE \`_hotlines_v\` DROP COLUMN \`version_tty\`;`)
  await db.run(sql`ALTER TABLE \`_hotlines_v\` DROP COLUMN \`version_chat\`;`)
}
