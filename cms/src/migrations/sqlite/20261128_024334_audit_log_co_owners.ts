import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`audit_log\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`action\` text NOT NULL,
  	\`user_id\` integer,
  	\`user_email\` text,
  	\`collection\` text NOT NULL,
  	\`document_id\` text,
  	\`document\` text,
  	\`details\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`audit_log_user_idx\` ON \`audit_log\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_updated_at_idx\` ON \`audit_log\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_created_at_idx\` ON \`audit_log\` (\`created_at\`);`)
  await db.run(
    sql`ALTER TABLE \`guides_rels\` ADD \`organizations_id\` integer REFERENCES organizations(id);`,
  )
  await db.run(
    sql`CREATE INDEX \`guides_rels_organizations_id_idx\` ON \`guides_rels\` (\`organizations_id\`);`,
  )
  await db.run(
    sql`ALTER TABLE \`_guides_v_rels\` ADD \`organizations_id\` integer REFERENCES organizations(id);`,
  )
  await db.run(
    sql`CREATE INDEX \`_guides_v_rels_organizations_id_idx\` ON \`_guides_v_rels\` (\`organizations_id\`);`,
  )
  await db.run(
    sql`ALTER TABLE \`screening_kits_rels\` ADD \`organizations_id\` integer REFERENCES organizations(id);`,
  )
  await db.run(
    sql`CREATE INDEX \`screening_kits_rels_organizations_id_idx\` ON \`screening_kits_rels\` (\`organizations_id\`);`,
  )
  await db.run(
    sql`ALTER TABLE \`_screening_kits_v_rels\` ADD \`organizations_id\` integer REFERENCES organizations(id);`,
  )
  await db.run(
    sql`CREATE INDEX \`_screening_kits_v_rels_organizations_id_idx\` ON \`_screening_kits_v_rels\` (\`organizations_id\`);`,
  )
  await db.run(
    sql`ALTER TABLE \`panel_question_sets_rels\` ADD \`organizations_id\` integer REFERENCES organizations(id);`,
  )
  await db.run(
    sql`CREATE INDEX \`panel_question_sets_rels_organizations_id_idx\` ON \`panel_question_sets_rels\` (\`organizations_id\`);`,
  )
  await db.run(
    sql`ALTER TABLE \`_panel_question_sets_v_rels\` ADD \`organizations_id\` integer REFERENCES organizations(id);`,
  )
  await db.run(
    sql`CREATE INDEX \`_panel_question_sets_v_rels_organizations_id_idx\` ON \`_panel_question_sets_v_rels\` (\`organizations_id\`);`,
  )
  await db.run(
    sql`ALTER TABLE \`donation_lists_rels\` ADD \`organizations_id\` integer REFERENCES organizations(id);`,
  )
  await db.run(
    sql`CREATE INDEX \`donation_lists_rels_organizations_id_idx\` ON \`donation_lists_rels\` (\`organizations_id\`);`,
  )
  await db.run(
    sql`ALTER TABLE \`_donation_lists_v_rels\` ADD \`organizations_id\` integer REFERENCES organizations(id);`,
  )
  await db.run(
    sql`CREATE INDEX \`_donation_lists_v_rels_organizations_id_idx\` ON \`_donation_lists_v_rels\` (\`organizations_id\`);`,
  )
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`login_attempts\`;`)
  await db.run(sql`ALTER TABLE \`users\` DROP COLUMN \`lock_until\`;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`audit_log\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_guides_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`topics_id\` integer,
  	\`regions_id\` integer,
  	\`guides_id\` integer,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`guides\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`regions_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`guides_id\`) REFERENCES \`guides\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_guides_rels\`("id", "order", "parent_id", "path", "topics_id", "regions_id", "guides_id", "media_id") SELECT "id", "order", "parent_id", "path", "topics_id", "regions_id", "guides_id", "media_id" FROM \`guides_rels\`;`,
  )
  await db.run(sql`DROP TABLE \`guides_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_guides_rels\` RENAME TO \`guides_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`guides_rels_order_idx\` ON \`guides_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`guides_rels_parent_idx\` ON \`guides_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`guides_rels_path_idx\` ON \`guides_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`guides_rels_topics_id_idx\` ON \`guides_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`guides_rels_regions_id_idx\` ON \`guides_rels\` (\`regions_id\`);`)
  await db.run(sql`CREATE INDEX \`guides_rels_guides_id_idx\` ON \`guides_rels\` (\`guides_id\`);`)
  await db.run(sql`CREATE INDEX \`guides_rels_media_id_idx\` ON \`guides_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`__new__guides_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`topics_id\` integer,
  	\`regions_id\` integer,
  	\`guides_id\` integer,
  	\`media_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_guides_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`regions_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`guides_id\`) REFERENCES \`guides\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new__guides_v_rels\`("id", "order", "parent_id", "path", "topics_id", "regions_id", "guides_id", "media_id") SELECT "id", "order", "parent_id", "path", "topics_id", "regions_id", "guides_id", "media_id" FROM \`_guides_v_rels\`;`,
  )
  await db.run(sql`DROP TABLE \`_guides_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__guides_v_rels\` RENAME TO \`_guides_v_rels\`;`)
  await db.run(sql`CREATE INDEX \`_guides_v_rels_order_idx\` ON \`_guides_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_rels_parent_idx\` ON \`_guides_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_rels_path_idx\` ON \`_guides_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_rels_topics_id_idx\` ON \`_guides_v_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_rels_regions_id_idx\` ON \`_guides_v_rels\` (\`regions_id\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_rels_guides_id_idx\` ON \`_guides_v_rels\` (\`guides_id\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_rels_media_id_idx\` ON \`_guides_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`__new_screening_kits_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`topics_id\` integer,
  	\`regions_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`screening_kits\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`regions_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_screening_kits_rels\`("id", "order", "parent_id", "path", "topics_id", "regions_id") SELECT "id", "order", "parent_id", "path", "topics_id", "regions_id" FROM \`screening_kits_rels\`;`,
  )
  await db.run(sql`DROP TABLE \`screening_kits_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_screening_kits_rels\` RENAME TO \`screening_kits_rels\`;`)
  await db.run(sql`CREATE INDEX \`screening_kits_rels_order_idx\` ON \`screening_kits_rels\` (\`order\`);`)
  await db.run(
    sql`CREATE INDEX \`screening_kits_rels_parent_idx\` ON \`screening_kits_rels\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`screening_kits_rels_path_idx\` ON \`screening_kits_rels\` (\`path\`);`)
  await db.run(
    sql`CREATE INDEX \`screening_kits_rels_topics_id_idx\` ON \`screening_kits_rels\` (\`topics_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`screening_kits_rels_regions_id_idx\` ON \`screening_kits_rels\` (\`regions_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`__new__screening_kits_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`topics_id\` integer,
  	\`regions_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_screening_kits_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`regions_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new__screening_kits_v_rels\`("id", "order", "parent_id", "path", "topics_id", "regions_id") SELECT "id", "order", "parent_id", "path", "topics_id", "regions_id" FROM \`_screening_kits_v_rels\`;`,
  )
  await db.run(sql`DROP TABLE \`_screening_kits_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__screening_kits_v_rels\` RENAME TO \`_screening_kits_v_rels\`;`)
  await db.run(
    sql`CREATE INDEX \`_screening_kits_v_rels_order_idx\` ON \`_screening_kits_v_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_screening_kits_v_rels_parent_idx\` ON \`_screening_kits_v_rels\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_screening_kits_v_rels_path_idx\` ON \`_screening_kits_v_rels\` (\`path\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_screening_kits_v_rels_topics_id_idx\` ON \`_screening_kits_v_rels\` (\`topics_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_screening_kits_v_rels_regions_id_idx\` ON \`_screening_kits_v_rels\` (\`regions_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`__new_panel_question_sets_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`topics_id\` integer,
  	\`regions_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`panel_question_sets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`regions_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_panel_question_sets_rels\`("id", "order", "parent_id", "path", "topics_id", "regions_id") SELECT "id", "order", "parent_id", "path", "topics_id", "regions_id" FROM \`panel_question_sets_rels\`;`,
  )
  await db.run(sql`DROP TABLE \`panel_question_sets_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_panel_question_sets_rels\` RENAME TO \`panel_question_sets_rels\`;`)
  await db.run(
    sql`CREATE INDEX \`panel_question_sets_rels_order_idx\` ON \`panel_question_sets_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`panel_question_sets_rels_parent_idx\` ON \`panel_question_sets_rels\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`panel_question_sets_rels_path_idx\` ON \`panel_question_sets_rels\` (\`path\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`panel_question_sets_rels_topics_id_idx\` ON \`panel_question_sets_rels\` (\`topics_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`panel_question_sets_rels_regions_id_idx\` ON \`panel_question_sets_rels\` (\`regions_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`__new__panel_question_sets_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`topics_id\` integer,
  	\`regions_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_panel_question_sets_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`regions_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new__panel_question_sets_v_rels\`("id", "order", "parent_id", "path", "topics_id", "regions_id") SELECT "id", "order", "parent_id", "path", "topics_id", "regions_id" FROM \`_panel_question_sets_v_rels\`;`,
  )
  await db.run(sql`DROP TABLE \`_panel_question_sets_v_rels\`;`)
  await db.run(
    sql`ALTER TABLE \`__new__panel_question_sets_v_rels\` RENAME TO \`_panel_question_sets_v_rels\`;`,
  )
  await db.run(
    sql`CREATE INDEX \`_panel_question_sets_v_rels_order_idx\` ON \`_panel_question_sets_v_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_panel_question_sets_v_rels_parent_idx\` ON \`_panel_question_sets_v_rels\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_panel_question_sets_v_rels_path_idx\` ON \`_panel_question_sets_v_rels\` (\`path\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_panel_question_sets_v_rels_topics_id_idx\` ON \`_panel_question_sets_v_rels\` (\`topics_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_panel_question_sets_v_rels_regions_id_idx\` ON \`_panel_question_sets_v_rels\` (\`regions_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`__new_donation_lists_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`topics_id\` integer,
  	\`regions_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`donation_lists\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`regions_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_donation_lists_rels\`("id", "order", "parent_id", "path", "topics_id", "regions_id") SELECT "id", "order", "parent_id", "path", "topics_id", "regions_id" FROM \`donation_lists_rels\`;`,
  )
  await db.run(sql`DROP TABLE \`donation_lists_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_donation_lists_rels\` RENAME TO \`donation_lists_rels\`;`)
  await db.run(sql`CREATE INDEX \`donation_lists_rels_order_idx\` ON \`donation_lists_rels\` (\`order\`);`)
  await db.run(
    sql`CREATE INDEX \`donation_lists_rels_parent_idx\` ON \`donation_lists_rels\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`donation_lists_rels_path_idx\` ON \`donation_lists_rels\` (\`path\`);`)
  await db.run(
    sql`CREATE INDEX \`donation_lists_rels_topics_id_idx\` ON \`donation_lists_rels\` (\`topics_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`donation_lists_rels_regions_id_idx\` ON \`donation_lists_rels\` (\`regions_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`__new__donation_lists_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`topics_id\` integer,
  	\`regions_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_donation_lists_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`regions_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new__donation_lists_v_rels\`("id", "order", "parent_id", "path", "topics_id", "regions_id") SELECT "id", "order", "parent_id", "path", "topics_id", "regions_id" FROM \`_donation_lists_v_rels\`;`,
  )
  await db.run(sql`DROP TABLE \`_donation_lists_v_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new__donation_lists_v_rels\` RENAME TO \`_donation_lists_v_rels\`;`)
  await db.run(
    sql`CREATE INDEX \`_donation_lists_v_rels_order_idx\` ON \`_donation_lists_v_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_donation_lists_v_rels_parent_idx\` ON \`_donation_lists_v_rels\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_donation_lists_v_rels_path_idx\` ON \`_donation_lists_v_rels\` (\`path\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_donation_lists_v_rels_topics_id_idx\` ON \`_donation_lists_v_rels\` (\`topics_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_donation_lists_v_rels_regions_id_idx\` ON \`_donation_lists_v_rels\` (\`regions_id\`);`,
  )
  await db.run(sql`ALTER TABLE \`users\` ADD \`login_attempts\` numeric DEFAULT 0;`)
  await db.run(sql`ALTER TABLE \`users\` ADD \`lock_until\` text;`)
}
