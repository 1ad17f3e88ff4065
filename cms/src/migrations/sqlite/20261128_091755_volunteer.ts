import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`volunteer_opportunities_audiences\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`volunteer_opportunities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`volunteer_opportunities_audiences_order_idx\` ON \`volunteer_opportunities_audiences\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`volunteer_opportunities_audiences_parent_idx\` ON \`volunteer_opportunities_audiences\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`volunteer_opportunities_content_warnings\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`volunteer_opportunities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`volunteer_opportunities_content_warnings_order_idx\` ON \`volunteer_opportunities_content_warnings\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`volunteer_opportunities_content_warnings_parent_idx\` ON \`volunteer_opportunities_content_warnings\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`volunteer_opportunities_skills\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`volunteer_opportunities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`volunteer_opportunities_skills_order_idx\` ON \`volunteer_opportunities_skills\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`volunteer_opportunities_skills_parent_id_idx\` ON \`volunteer_opportunities_skills\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`volunteer_opportunities_skills_locales\` (
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`volunteer_opportunities_skills\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`volunteer_opportunities_skills_locales_locale_parent_id_uniq\` ON \`volunteer_opportunities_skills_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`volunteer_opportunities\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`organization_id\` integer,
  	\`review_by\` text,
  	\`closing_date\` text,
  	\`workplace\` text,
  	\`training_required\` integer,
  	\`apply_url\` text,
  	\`apply_email\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`volunteer_opportunities_slug_idx\` ON \`volunteer_opportunities\` (\`slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`volunteer_opportunities_organization_idx\` ON \`volunteer_opportunities\` (\`organization_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`volunteer_opportunities_updated_at_idx\` ON \`volunteer_opportunities\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`volunteer_opportunities_created_at_idx\` ON \`volunteer_opportunities\` (\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`volunteer_opportunities__status_idx\` ON \`volunteer_opportunities\` (\`_status\`);`,
  )
  await db.run(sql`CREATE TABLE \`volunteer_opportunities_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`commitment\` text,
  	\`place\` text,
  	\`training\` text,
  	\`how_to_apply\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`volunteer_opportunities\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`volunteer_opportunities_locales_locale_parent_id_unique\` ON \`volunteer_opportunities_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`volunteer_opportunities_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`organizations_id\` integer,
  	\`topics_id\` integer,
  	\`regions_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`volunteer_opportunities\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organizations_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`regions_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`volunteer_opportunities_rels_order_idx\` ON \`volunteer_opportunities_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`volunteer_opportunities_rels_parent_idx\` ON \`volunteer_opportunities_rels\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`volunteer_opportunities_rels_path_idx\` ON \`volunteer_opportunities_rels\` (\`path\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`volunteer_opportunities_rels_organizations_id_idx\` ON \`volunteer_opportunities_rels\` (\`organizations_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`volunteer_opportunities_rels_topics_id_idx\` ON \`volunteer_opportunities_rels\` (\`topics_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`volunteer_opportunities_rels_regions_id_idx\` ON \`volunteer_opportunities_rels\` (\`regions_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_volunteer_opportunities_v_version_audiences\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_volunteer_opportunities_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_volunteer_opportunities_v_version_audiences_order_idx\` ON \`_volunteer_opportunities_v_version_audiences\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_volunteer_opportunities_v_version_audiences_parent_idx\` ON \`_volunteer_opportunities_v_version_audiences\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_volunteer_opportunities_v_version_content_warnings\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_volunteer_opportunities_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_volunteer_opportunities_v_version_content_warnings_order_idx\` ON \`_volunteer_opportunities_v_version_content_warnings\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_volunteer_opportunities_v_version_content_warnings_parent_idx\` ON \`_volunteer_opportunities_v_version_content_warnings\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_volunteer_opportunities_v_version_skills\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_volunteer_opportunities_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_volunteer_opportunities_v_version_skills_order_idx\` ON \`_volunteer_opportunities_v_version_skills\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_volunteer_opportunities_v_version_skills_parent_id_idx\` ON \`_volunteer_opportunities_v_version_skills\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_volunteer_opportunities_v_version_skills_locales\` (
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_volunteer_opportunities_v_version_skills\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_volunteer_opportunities_v_version_skills_locales_locale_par\` ON \`_volunteer_opportunities_v_version_skills_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_volunteer_opportunities_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_organization_id\` integer,
  	\`version_review_by\` text,
  	\`version_closing_date\` text,
  	\`version_workplace\` text,
  	\`version_training_required\` integer,
  	\`version_apply_url\` text,
  	\`version_apply_email\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`volunteer_opportunities\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_volunteer_opportunities_v_parent_idx\` ON \`_volunteer_opportunities_v\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_volunteer_opportunities_v_version_version_slug_idx\` ON \`_volunteer_opportunities_v\` (\`version_slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_volunteer_opportunities_v_version_version_organization_idx\` ON \`_volunteer_opportunities_v\` (\`version_organization_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_volunteer_opportunities_v_version_version_updated_at_idx\` ON \`_volunteer_opportunities_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_volunteer_opportunities_v_version_version_created_at_idx\` ON \`_volunteer_opportunities_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_volunteer_opportunities_v_version_version__status_idx\` ON \`_volunteer_opportunities_v\` (\`version__status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_volunteer_opportunities_v_created_at_idx\` ON \`_volunteer_opportunities_v\` (\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_volunteer_opportunities_v_updated_at_idx\` ON \`_volunteer_opportunities_v\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_volunteer_opportunities_v_snapshot_idx\` ON \`_volunteer_opportunities_v\` (\`snapshot\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_volunteer_opportunities_v_published_locale_idx\` ON \`_volunteer_opportunities_v\` (\`published_locale\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_volunteer_opportunities_v_latest_idx\` ON \`_volunteer_opportunities_v\` (\`latest\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_volunteer_opportunities_v_autosave_idx\` ON \`_volunteer_opportunities_v\` (\`autosave\`);`,
  )
  await db.run(sql`CREATE TABLE \`_volunteer_opportunities_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_commitment\` text,
  	\`version_place\` text,
  	\`version_training\` text,
  	\`version_how_to_apply\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_volunteer_opportunities_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_volunteer_opportunities_v_locales_locale_parent_id_unique\` ON \`_volunteer_opportunities_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_volunteer_opportunities_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`organizations_id\` integer,
  	\`topics_id\` integer,
  	\`regions_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_volunteer_opportunities_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organizations_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`regions_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_volunteer_opportunities_v_rels_order_idx\` ON \`_volunteer_opportunities_v_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_volunteer_opportunities_v_rels_parent_idx\` ON \`_volunteer_opportunities_v_rels\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_volunteer_opportunities_v_rels_path_idx\` ON \`_volunteer_opportunities_v_rels\` (\`path\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_volunteer_opportunities_v_rels_organizations_id_idx\` ON \`_volunteer_opportunities_v_rels\` (\`organizations_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_volunteer_opportunities_v_rels_topics_id_idx\` ON \`_volunteer_opportunities_v_rels\` (\`topics_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_volunteer_opportunities_v_rels_regions_id_idx\` ON \`_volunteer_opportunities_v_rels\` (\`regions_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`outreach_materials_audiences\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`outreach_materials\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`outreach_materials_audiences_order_idx\` ON \`outreach_materials_audiences\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`outreach_materials_audiences_parent_idx\` ON \`outreach_materials_audiences\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`outreach_materials_content_warnings\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`outreach_materials\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`outreach_materials_content_warnings_order_idx\` ON \`outreach_materials_content_warnings\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`outreach_materials_content_warnings_parent_idx\` ON \`outreach_materials_content_warnings\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`outreach_materials_files\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`language\` text,
  	\`file_id\` integer,
  	FOREIGN KEY (\`file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`outreach_materials\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`outreach_materials_files_order_idx\` ON \`outreach_materials_files\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`outreach_materials_files_parent_id_idx\` ON \`outreach_materials_files\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`outreach_materials_files_file_idx\` ON \`outreach_materials_files\` (\`file_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`outreach_materials\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`organization_id\` integer,
  	\`review_by\` text,
  	\`kind\` text,
  	\`screening_kit_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`screening_kit_id\`) REFERENCES \`screening_kits\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`outreach_materials_slug_idx\` ON \`outreach_materials\` (\`slug\`);`)
  await db.run(
    sql`CREATE INDEX \`outreach_materials_organization_idx\` ON \`outreach_materials\` (\`organization_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`outreach_materials_screening_kit_idx\` ON \`outreach_materials\` (\`screening_kit_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`outreach_materials_updated_at_idx\` ON \`outreach_materials\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`outreach_materials_created_at_idx\` ON \`outreach_materials\` (\`created_at\`);`,
  )
  await db.run(sql`CREATE INDEX \`outreach_materials__status_idx\` ON \`outreach_materials\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`outreach_materials_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`placement\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`outreach_materials\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`outreach_materials_locales_locale_parent_id_unique\` ON \`outreach_materials_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`outreach_materials_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`organizations_id\` integer,
  	\`topics_id\` integer,
  	\`regions_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`outreach_materials\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organizations_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`regions_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`outreach_materials_rels_order_idx\` ON \`outreach_materials_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`outreach_materials_rels_parent_idx\` ON \`outreach_materials_rels\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`outreach_materials_rels_path_idx\` ON \`outreach_materials_rels\` (\`path\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`outreach_materials_rels_organizations_id_idx\` ON \`outreach_materials_rels\` (\`organizations_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`outreach_materials_rels_topics_id_idx\` ON \`outreach_materials_rels\` (\`topics_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`outreach_materials_rels_regions_id_idx\` ON \`outreach_materials_rels\` (\`regions_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_outreach_materials_v_version_audiences\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_outreach_materials_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_outreach_materials_v_version_audiences_order_idx\` ON \`_outreach_materials_v_version_audiences\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_outreach_materials_v_version_audiences_parent_idx\` ON \`_outreach_materials_v_version_audiences\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_outreach_materials_v_version_content_warnings\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_outreach_materials_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_outreach_materials_v_version_content_warnings_order_idx\` ON \`_outreach_materials_v_version_content_warnings\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_outreach_materials_v_version_content_warnings_parent_idx\` ON \`_outreach_materials_v_version_content_warnings\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_outreach_materials_v_version_files\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`language\` text,
  	\`file_id\` integer,
  	\`_uuid\` text,
  	FOREIGN KEY (\`file_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_outreach_materials_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_outreach_materials_v_version_files_order_idx\` ON \`_outreach_materials_v_version_files\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_outreach_materials_v_version_files_parent_id_idx\` ON \`_outreach_materials_v_version_files\` (\`_parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_outreach_materials_v_version_files_file_idx\` ON \`_outreach_materials_v_version_files\` (\`file_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_outreach_materials_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_organization_id\` integer,
  	\`version_review_by\` text,
  	\`version_kind\` text,
  	\`version_screening_kit_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`outreach_materials\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_screening_kit_id\`) REFERENCES \`screening_kits\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_outreach_materials_v_parent_idx\` ON \`_outreach_materials_v\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_outreach_materials_v_version_version_slug_idx\` ON \`_outreach_materials_v\` (\`version_slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_outreach_materials_v_version_version_organization_idx\` ON \`_outreach_materials_v\` (\`version_organization_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_outreach_materials_v_version_version_screening_kit_idx\` ON \`_outreach_materials_v\` (\`version_screening_kit_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_outreach_materials_v_version_version_updated_at_idx\` ON \`_outreach_materials_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_outreach_materials_v_version_version_created_at_idx\` ON \`_outreach_materials_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_outreach_materials_v_version_version__status_idx\` ON \`_outreach_materials_v\` (\`version__status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_outreach_materials_v_created_at_idx\` ON \`_outreach_materials_v\` (\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_outreach_materials_v_updated_at_idx\` ON \`_outreach_materials_v\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_outreach_materials_v_snapshot_idx\` ON \`_outreach_materials_v\` (\`snapshot\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_outreach_materials_v_published_locale_idx\` ON \`_outreach_materials_v\` (\`published_locale\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_outreach_materials_v_latest_idx\` ON \`_outreach_materials_v\` (\`latest\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_outreach_materials_v_autosave_idx\` ON \`_outreach_materials_v\` (\`autosave\`);`,
  )
  await db.run(sql`CREATE TABLE \`_outreach_materials_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_placement\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_outreach_materials_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_outreach_materials_v_locales_locale_parent_id_unique\` ON \`_outreach_materials_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_outreach_materials_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`organizations_id\` integer,
  	\`topics_id\` integer,
  	\`regions_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_outreach_materials_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organizations_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`regions_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_outreach_materials_v_rels_order_idx\` ON \`_outreach_materials_v_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_outreach_materials_v_rels_parent_idx\` ON \`_outreach_materials_v_rels\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_outreach_materials_v_rels_path_idx\` ON \`_outreach_materials_v_rels\` (\`path\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_outreach_materials_v_rels_organizations_id_idx\` ON \`_outreach_materials_v_rels\` (\`organizations_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_outreach_materials_v_rels_topics_id_idx\` ON \`_outreach_materials_v_rels\` (\`topics_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_outreach_materials_v_rels_regions_id_idx\` ON \`_outreach_materials_v_rels\` (\`regions_id\`);`,
  )
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`volunteer_opportunities_id\` integer REFERENCES volunteer_opportunities(id);`,
  )
  await db.run(
    sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`outreach_materials_id\` integer REFERENCES outreach_materials(id);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_volunteer_opportunities_id_idx\` ON \`payload_locked_documents_rels\` (\`volunteer_opportunities_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_outreach_materials_id_idx\` ON \`payload_locked_documents_rels\` (\`outreach_materials_id\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`volunteer_opportunities_audiences\`;`)
  await db.run(sql`DROP TABLE \`volunteer_opportunities_content_warnings\`;`)
  await db.run(sql`DROP TABLE \`volunteer_opportunities_skills\`;`)
  await db.run(sql`DROP TABLE \`volunteer_opportunities_skills_locales\`;`)
  await db.run(sql`DROP TABLE \`volunteer_opportunities\`;`)
  await db.run(sql`DROP TABLE \`volunteer_opportunities_locales\`;`)
  await db.run(sql`DROP TABLE \`volunteer_opportunities_rels\`;`)
  await db.run(sql`DROP TABLE \`_volunteer_opportunities_v_version_audiences\`;`)
  await db.run(sql`DROP TABLE \`_volunteer_opportunities_v_version_content_warnings\`;`)
  await db.run(sql`DROP TABLE \`_volunteer_opportunities_v_version_skills\`;`)
  await db.run(sql`DROP TABLE \`_volunteer_opportunities_v_version_skills_locales\`;`)
  await db.run(sql`DROP TABLE \`_volunteer_opportunities_v\`;`)
  await db.run(sql`DROP TABLE \`_volunteer_opportunities_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_volunteer_opportunities_v_rels\`;`)
  await db.run(sql`DROP TABLE \`outreach_materials_audiences\`;`)
  await db.run(sql`DROP TABLE \`outreach_materials_content_warnings\`;`)
  await db.run(sql`DROP TABLE \`outreach_materials_files\`;`)
  await db.run(sql`DROP TABLE \`outreach_materials\`;`)
  await db.run(sql`DROP TABLE \`outreach_materials_locales\`;`)
  await db.run(sql`DROP TABLE \`outreach_materials_rels\`;`)
  await db.run(sql`DROP TABLE \`_outreach_materials_v_version_audiences\`;`)
  await db.run(sql`DROP TABLE \`_outreach_materials_v_version_content_warnings\`;`)
  await db.run(sql`DROP TABLE \`_outreach_materials_v_version_files\`;`)
  await db.run(sql`DROP TABLE \`_outreach_materials_v\`;`)
  await db.run(sql`DROP TABLE \`_outreach_materials_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_outreach_materials_v_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`guides_id\` integer,
  	\`screening_kits_id\` integer,
  	\`panel_question_sets_id\` integer,
  	\`donation_lists_id\` integer,
  	\`organizations_id\` integer,
  	\`hotlines_id\` integer,
  	\`topics_id\` integer,
  	\`regions_id\` integer,
  	\`media_id\` integer,
  	\`users_id\` integer,
  	\`site_builds_id\` integer,
  	\`link_checks_id\` integer,
  	\`review_requests_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`guides_id\`) REFERENCES \`guides\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`screening_kits_id\`) REFERENCES \`screening_kits\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`panel_question_sets_id\`) REFERENCES \`panel_question_sets\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`donation_lists_id\`) REFERENCES \`donation_lists\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`organizations_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`hotlines_id\`) REFERENCES \`hotlines\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`topics_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`regions_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`site_builds_id\`) REFERENCES \`site_builds\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`link_checks_id\`) REFERENCES \`link_checks\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`review_requests_id\`) REFERENCES \`review_requests\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "guides_id", "screening_kits_id", "panel_question_sets_id", "donation_lists_id", "organizations_id", "hotlines_id", "topics_id", "regions_id", "media_id", "users_id", "site_builds_id", "link_checks_id", "review_requests_id") SELECT "id", "order", "parent_id", "path", "guides_id", "screening_kits_id", "panel_question_sets_id", "donation_lists_id", "organizations_id", "hotlines_id", "topics_id", "regions_id", "media_id", "users_id", "site_builds_id", "link_checks_id", "review_requests_id" FROM \`payload_locked_documents_rels\`;`,
  )
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(
    sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`,
  )
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_guides_id_idx\` ON \`payload_locked_documents_rels\` (\`guides_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_screening_kits_id_idx\` ON \`payload_locked_documents_rels\` (\`screening_kits_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_panel_question_sets_id_idx\` ON \`payload_locked_documents_rels\` (\`panel_question_sets_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_donation_lists_id_idx\` ON \`payload_locked_documents_rels\` (\`donation_lists_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_organizations_id_idx\` ON \`payload_locked_documents_rels\` (\`organizations_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_hotlines_id_idx\` ON \`payload_locked_documents_rels\` (\`hotlines_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_topics_id_idx\` ON \`payload_locked_documents_rels\` (\`topics_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_regions_id_idx\` ON \`payload_locked_documents_rels\` (\`regions_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_site_builds_id_idx\` ON \`payload_locked_documents_rels\` (\`site_builds_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_link_checks_id_idx\` ON \`payload_locked_documents_rels\` (\`link_checks_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_rels_review_requests_id_idx\` ON \`payload_locked_documents_rels\` (\`review_requests_id\`);`,
  )
}
