import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`guides_audiences\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`guides\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`guides_audiences_order_idx\` ON \`guides_audiences\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`guides_audiences_parent_idx\` ON \`guides_audiences\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`guides_content_warnings\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`guides\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`guides_content_warnings_order_idx\` ON \`guides_content_warnings\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`guides_content_warnings_parent_idx\` ON \`guides_content_warnings\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`guides\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`organization_id\` integer,
  	\`review_by\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`guides_slug_idx\` ON \`guides\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`guides_organization_idx\` ON \`guides\` (\`organization_id\`);`)
  await db.run(sql`CREATE INDEX \`guides_updated_at_idx\` ON \`guides\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`guides_created_at_idx\` ON \`guides\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`guides__status_idx\` ON \`guides\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`guides_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`guides\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`guides_locales_locale_parent_id_unique\` ON \`guides_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`guides_rels\` (
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
  await db.run(sql`CREATE INDEX \`guides_rels_order_idx\` ON \`guides_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`guides_rels_parent_idx\` ON \`guides_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`guides_rels_path_idx\` ON \`guides_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`guides_rels_topics_id_idx\` ON \`guides_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`guides_rels_regions_id_idx\` ON \`guides_rels\` (\`regions_id\`);`)
  await db.run(sql`CREATE INDEX \`guides_rels_guides_id_idx\` ON \`guides_rels\` (\`guides_id\`);`)
  await db.run(sql`CREATE INDEX \`guides_rels_media_id_idx\` ON \`guides_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`_guides_v_version_audiences\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_guides_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_guides_v_version_audiences_order_idx\` ON \`_guides_v_version_audiences\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_guides_v_version_audiences_parent_idx\` ON \`_guides_v_version_audiences\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_guides_v_version_content_warnings\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_guides_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_guides_v_version_content_warnings_order_idx\` ON \`_guides_v_version_content_warnings\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_guides_v_version_content_warnings_parent_idx\` ON \`_guides_v_version_content_warnings\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_guides_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_organization_id\` integer,
  	\`version_review_by\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`guides\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_guides_v_parent_idx\` ON \`_guides_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_version_version_slug_idx\` ON \`_guides_v\` (\`version_slug\`);`)
  await db.run(
    sql`CREATE INDEX \`_guides_v_version_version_organization_idx\` ON \`_guides_v\` (\`version_organization_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_guides_v_version_version_updated_at_idx\` ON \`_guides_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_guides_v_version_version_created_at_idx\` ON \`_guides_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_guides_v_version_version__status_idx\` ON \`_guides_v\` (\`version__status\`);`,
  )
  await db.run(sql`CREATE INDEX \`_guides_v_created_at_idx\` ON \`_guides_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_updated_at_idx\` ON \`_guides_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_snapshot_idx\` ON \`_guides_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_published_locale_idx\` ON \`_guides_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_latest_idx\` ON \`_guides_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_autosave_idx\` ON \`_guides_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`_guides_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_body\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_guides_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_guides_v_locales_locale_parent_id_unique\` ON \`_guides_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_guides_v_rels\` (
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
  await db.run(sql`CREATE INDEX \`_guides_v_rels_order_idx\` ON \`_guides_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_rels_parent_idx\` ON \`_guides_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_rels_path_idx\` ON \`_guides_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_rels_topics_id_idx\` ON \`_guides_v_rels\` (\`topics_id\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_rels_regions_id_idx\` ON \`_guides_v_rels\` (\`regions_id\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_rels_guides_id_idx\` ON \`_guides_v_rels\` (\`guides_id\`);`)
  await db.run(sql`CREATE INDEX \`_guides_v_rels_media_id_idx\` ON \`_guides_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE TABLE \`screening_kits_audiences\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`screening_kits\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`screening_kits_audiences_order_idx\` ON \`screening_kits_audiences\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`screening_kits_audiences_parent_idx\` ON \`screening_kits_audiences\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`screening_kits_content_warnings\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`screening_kits\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`screening_kits_content_warnings_order_idx\` ON \`screening_kits_content_warnings\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`screening_kits_content_warnings_parent_idx\` ON \`screening_kits_content_warnings\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`screening_kits_film_themes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`screening_kits\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`screening_kits_film_themes_order_idx\` ON \`screening_kits_film_themes\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`screening_kits_film_themes_parent_id_idx\` ON \`screening_kits_film_themes\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`screening_kits_film_themes_locales\` (
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`screening_kits_film_themes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`screening_kits_film_themes_locales_locale_parent_id_unique\` ON \`screening_kits_film_themes_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`screening_kits_film_where_to_watch\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`url\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`screening_kits\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`screening_kits_film_where_to_watch_order_idx\` ON \`screening_kits_film_where_to_watch\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`screening_kits_film_where_to_watch_parent_id_idx\` ON \`screening_kits_film_where_to_watch\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`screening_kits_film_where_to_watch_locales\` (
  	\`label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`screening_kits_film_where_to_watch\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`screening_kits_film_where_to_watch_locales_locale_parent_id_\` ON \`screening_kits_film_where_to_watch_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`screening_kits_panelist_roles\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`screening_kits\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`screening_kits_panelist_roles_order_idx\` ON \`screening_kits_panelist_roles\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`screening_kits_panelist_roles_parent_id_idx\` ON \`screening_kits_panelist_roles\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`screening_kits_panelist_roles_locales\` (
  	\`role\` text,
  	\`why\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`screening_kits_panelist_roles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`screening_kits_panelist_roles_locales_locale_parent_id_uniqu\` ON \`screening_kits_panelist_roles_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`screening_kits_timeline\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`phase\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`screening_kits\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`screening_kits_timeline_order_idx\` ON \`screening_kits_timeline\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`screening_kits_timeline_parent_id_idx\` ON \`screening_kits_timeline\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`screening_kits_timeline_locales\` (
  	\`task\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`screening_kits_timeline\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`screening_kits_timeline_locales_locale_parent_id_unique\` ON \`screening_kits_timeline_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`screening_kits_resources_to_share\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`url\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`screening_kits\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`screening_kits_resources_to_share_order_idx\` ON \`screening_kits_resources_to_share\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`screening_kits_resources_to_share_parent_id_idx\` ON \`screening_kits_resources_to_share\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`screening_kits_resources_to_share_locales\` (
  	\`label\` text,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`screening_kits_resources_to_share\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`screening_kits_resources_to_share_locales_locale_parent_id_u\` ON \`screening_kits_resources_to_share_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`screening_kits\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`organization_id\` integer,
  	\`review_by\` text,
  	\`film_year\` numeric,
  	\`film_runtime_minutes\` numeric,
  	\`film_age_guidance\` text,
  	\`poster_id\` integer,
  	\`panel_question_set_id\` integer,
  	\`donation_list_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`poster_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`panel_question_set_id\`) REFERENCES \`panel_question_sets\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`donation_list_id\`) REFERENCES \`donation_lists\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`screening_kits_slug_idx\` ON \`screening_kits\` (\`slug\`);`)
  await db.run(
    sql`CREATE INDEX \`screening_kits_organization_idx\` ON \`screening_kits\` (\`organization_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`screening_kits_poster_idx\` ON \`screening_kits\` (\`poster_id\`);`)
  await db.run(
    sql`CREATE INDEX \`screening_kits_panel_question_set_idx\` ON \`screening_kits\` (\`panel_question_set_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`screening_kits_donation_list_idx\` ON \`screening_kits\` (\`donation_list_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`screening_kits_updated_at_idx\` ON \`screening_kits\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`screening_kits_created_at_idx\` ON \`screening_kits\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`screening_kits__status_idx\` ON \`screening_kits\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`screening_kits_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`film_title\` text,
  	\`film_synopsis\` text,
  	\`film_licence_note\` text,
  	\`facilitator_guide\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`screening_kits\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`screening_kits_locales_locale_parent_id_unique\` ON \`screening_kits_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`screening_kits_rels\` (
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
  await db.run(sql`CREATE TABLE \`_screening_kits_v_version_audiences\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_screening_kits_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_screening_kits_v_version_audiences_order_idx\` ON \`_screening_kits_v_version_audiences\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_screening_kits_v_version_audiences_parent_idx\` ON \`_screening_kits_v_version_audiences\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_screening_kits_v_version_content_warnings\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_screening_kits_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_screening_kits_v_version_content_warnings_order_idx\` ON \`_screening_kits_v_version_content_warnings\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_screening_kits_v_version_content_warnings_parent_idx\` ON \`_screening_kits_v_version_content_warnings\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_screening_kits_v_version_film_themes\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_screening_kits_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_screening_kits_v_version_film_themes_order_idx\` ON \`_screening_kits_v_version_film_themes\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_screening_kits_v_version_film_themes_parent_id_idx\` ON \`_screening_kits_v_version_film_themes\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_screening_kits_v_version_film_themes_locales\` (
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_screening_kits_v_version_film_themes\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_screening_kits_v_version_film_themes_locales_locale_parent_\` ON \`_screening_kits_v_version_film_themes_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_screening_kits_v_version_film_where_to_watch\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`url\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_screening_kits_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_screening_kits_v_version_film_where_to_watch_order_idx\` ON \`_screening_kits_v_version_film_where_to_watch\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_screening_kits_v_version_film_where_to_watch_parent_id_idx\` ON \`_screening_kits_v_version_film_where_to_watch\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_screening_kits_v_version_film_where_to_watch_locales\` (
  	\`label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_screening_kits_v_version_film_where_to_watch\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_screening_kits_v_version_film_where_to_watch_locales_locale\` ON \`_screening_kits_v_version_film_where_to_watch_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_screening_kits_v_version_panelist_roles\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_screening_kits_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_screening_kits_v_version_panelist_roles_order_idx\` ON \`_screening_kits_v_version_panelist_roles\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_screening_kits_v_version_panelist_roles_parent_id_idx\` ON \`_screening_kits_v_version_panelist_roles\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_screening_kits_v_version_panelist_roles_locales\` (
  	\`role\` text,
  	\`why\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_screening_kits_v_version_panelist_roles\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_screening_kits_v_version_panelist_roles_locales_locale_pare\` ON \`_screening_kits_v_version_panelist_roles_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_screening_kits_v_version_timeline\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`phase\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_screening_kits_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_screening_kits_v_version_timeline_order_idx\` ON \`_screening_kits_v_version_timeline\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_screening_kits_v_version_timeline_parent_id_idx\` ON \`_screening_kits_v_version_timeline\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_screening_kits_v_version_timeline_locales\` (
  	\`task\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_screening_kits_v_version_timeline\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_screening_kits_v_version_timeline_locales_locale_parent_id_\` ON \`_screening_kits_v_version_timeline_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_screening_kits_v_version_resources_to_share\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`url\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_screening_kits_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_screening_kits_v_version_resources_to_share_order_idx\` ON \`_screening_kits_v_version_resources_to_share\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_screening_kits_v_version_resources_to_share_parent_id_idx\` ON \`_screening_kits_v_version_resources_to_share\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_screening_kits_v_version_resources_to_share_locales\` (
  	\`label\` text,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_screening_kits_v_version_resources_to_share\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_screening_kits_v_version_resources_to_share_locales_locale_\` ON \`_screening_kits_v_version_resources_to_share_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_screening_kits_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_organization_id\` integer,
  	\`version_review_by\` text,
  	\`version_film_year\` numeric,
  	\`version_film_runtime_minutes\` numeric,
  	\`version_film_age_guidance\` text,
  	\`version_poster_id\` integer,
  	\`version_panel_question_set_id\` integer,
  	\`version_donation_list_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`screening_kits\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_poster_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_panel_question_set_id\`) REFERENCES \`panel_question_sets\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_donation_list_id\`) REFERENCES \`donation_lists\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_screening_kits_v_parent_idx\` ON \`_screening_kits_v\` (\`parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_screening_kits_v_version_version_slug_idx\` ON \`_screening_kits_v\` (\`version_slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_screening_kits_v_version_version_organization_idx\` ON \`_screening_kits_v\` (\`version_organization_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_screening_kits_v_version_version_poster_idx\` ON \`_screening_kits_v\` (\`version_poster_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_screening_kits_v_version_version_panel_question_set_idx\` ON \`_screening_kits_v\` (\`version_panel_question_set_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_screening_kits_v_version_version_donation_list_idx\` ON \`_screening_kits_v\` (\`version_donation_list_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_screening_kits_v_version_version_updated_at_idx\` ON \`_screening_kits_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_screening_kits_v_version_version_created_at_idx\` ON \`_screening_kits_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_screening_kits_v_version_version__status_idx\` ON \`_screening_kits_v\` (\`version__status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_screening_kits_v_created_at_idx\` ON \`_screening_kits_v\` (\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_screening_kits_v_updated_at_idx\` ON \`_screening_kits_v\` (\`updated_at\`);`,
  )
  await db.run(sql`CREATE INDEX \`_screening_kits_v_snapshot_idx\` ON \`_screening_kits_v\` (\`snapshot\`);`)
  await db.run(
    sql`CREATE INDEX \`_screening_kits_v_published_locale_idx\` ON \`_screening_kits_v\` (\`published_locale\`);`,
  )
  await db.run(sql`CREATE INDEX \`_screening_kits_v_latest_idx\` ON \`_screening_kits_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_screening_kits_v_autosave_idx\` ON \`_screening_kits_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`_screening_kits_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_film_title\` text,
  	\`version_film_synopsis\` text,
  	\`version_film_licence_note\` text,
  	\`version_facilitator_guide\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_screening_kits_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_screening_kits_v_locales_locale_parent_id_unique\` ON \`_screening_kits_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_screening_kits_v_rels\` (
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
  await db.run(sql`CREATE TABLE \`panel_question_sets_audiences\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`panel_question_sets\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`panel_question_sets_audiences_order_idx\` ON \`panel_question_sets_audiences\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`panel_question_sets_audiences_parent_idx\` ON \`panel_question_sets_audiences\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`panel_question_sets_content_warnings\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`panel_question_sets\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`panel_question_sets_content_warnings_order_idx\` ON \`panel_question_sets_content_warnings\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`panel_question_sets_content_warnings_parent_idx\` ON \`panel_question_sets_content_warnings\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`panel_question_sets_questions_follow_ups\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`panel_question_sets_questions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`panel_question_sets_questions_follow_ups_order_idx\` ON \`panel_question_sets_questions_follow_ups\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`panel_question_sets_questions_follow_ups_parent_id_idx\` ON \`panel_question_sets_questions_follow_ups\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`panel_question_sets_questions_follow_ups_locales\` (
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`panel_question_sets_questions_follow_ups\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`panel_question_sets_questions_follow_ups_locales_locale_pare\` ON \`panel_question_sets_questions_follow_ups_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`panel_question_sets_questions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`panel_question_sets\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`panel_question_sets_questions_order_idx\` ON \`panel_question_sets_questions\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`panel_question_sets_questions_parent_id_idx\` ON \`panel_question_sets_questions\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`panel_question_sets_questions_locales\` (
  	\`question\` text,
  	\`moderator_notes\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`panel_question_sets_questions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`panel_question_sets_questions_locales_locale_parent_id_uniqu\` ON \`panel_question_sets_questions_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`panel_question_sets\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`organization_id\` integer,
  	\`review_by\` text,
  	\`recommended_length_minutes\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`panel_question_sets_slug_idx\` ON \`panel_question_sets\` (\`slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`panel_question_sets_organization_idx\` ON \`panel_question_sets\` (\`organization_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`panel_question_sets_updated_at_idx\` ON \`panel_question_sets\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`panel_question_sets_created_at_idx\` ON \`panel_question_sets\` (\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`panel_question_sets__status_idx\` ON \`panel_question_sets\` (\`_status\`);`,
  )
  await db.run(sql`CREATE TABLE \`panel_question_sets_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`intro\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`panel_question_sets\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`panel_question_sets_locales_locale_parent_id_unique\` ON \`panel_question_sets_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`panel_question_sets_rels\` (
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
  await db.run(sql`CREATE TABLE \`_panel_question_sets_v_version_audiences\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_panel_question_sets_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_panel_question_sets_v_version_audiences_order_idx\` ON \`_panel_question_sets_v_version_audiences\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_panel_question_sets_v_version_audiences_parent_idx\` ON \`_panel_question_sets_v_version_audiences\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_panel_question_sets_v_version_content_warnings\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_panel_question_sets_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_panel_question_sets_v_version_content_warnings_order_idx\` ON \`_panel_question_sets_v_version_content_warnings\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_panel_question_sets_v_version_content_warnings_parent_idx\` ON \`_panel_question_sets_v_version_content_warnings\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_panel_question_sets_v_version_questions_follow_ups\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_panel_question_sets_v_version_questions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_panel_question_sets_v_version_questions_follow_ups_order_idx\` ON \`_panel_question_sets_v_version_questions_follow_ups\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_panel_question_sets_v_version_questions_follow_ups_parent_id_idx\` ON \`_panel_question_sets_v_version_questions_follow_ups\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_panel_question_sets_v_version_questions_follow_ups_locales\` (
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_panel_question_sets_v_version_questions_follow_ups\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_panel_question_sets_v_version_questions_follow_ups_locales_\` ON \`_panel_question_sets_v_version_questions_follow_ups_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_panel_question_sets_v_version_questions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_panel_question_sets_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_panel_question_sets_v_version_questions_order_idx\` ON \`_panel_question_sets_v_version_questions\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_panel_question_sets_v_version_questions_parent_id_idx\` ON \`_panel_question_sets_v_version_questions\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_panel_question_sets_v_version_questions_locales\` (
  	\`question\` text,
  	\`moderator_notes\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_panel_question_sets_v_version_questions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_panel_question_sets_v_version_questions_locales_locale_pare\` ON \`_panel_question_sets_v_version_questions_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_panel_question_sets_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_organization_id\` integer,
  	\`version_review_by\` text,
  	\`version_recommended_length_minutes\` numeric,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`panel_question_sets\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_panel_question_sets_v_parent_idx\` ON \`_panel_question_sets_v\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_panel_question_sets_v_version_version_slug_idx\` ON \`_panel_question_sets_v\` (\`version_slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_panel_question_sets_v_version_version_organization_idx\` ON \`_panel_question_sets_v\` (\`version_organization_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_panel_question_sets_v_version_version_updated_at_idx\` ON \`_panel_question_sets_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_panel_question_sets_v_version_version_created_at_idx\` ON \`_panel_question_sets_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_panel_question_sets_v_version_version__status_idx\` ON \`_panel_question_sets_v\` (\`version__status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_panel_question_sets_v_created_at_idx\` ON \`_panel_question_sets_v\` (\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_panel_question_sets_v_updated_at_idx\` ON \`_panel_question_sets_v\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_panel_question_sets_v_snapshot_idx\` ON \`_panel_question_sets_v\` (\`snapshot\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_panel_question_sets_v_published_locale_idx\` ON \`_panel_question_sets_v\` (\`published_locale\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_panel_question_sets_v_latest_idx\` ON \`_panel_question_sets_v\` (\`latest\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_panel_question_sets_v_autosave_idx\` ON \`_panel_question_sets_v\` (\`autosave\`);`,
  )
  await db.run(sql`CREATE TABLE \`_panel_question_sets_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_intro\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_panel_question_sets_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_panel_question_sets_v_locales_locale_parent_id_unique\` ON \`_panel_question_sets_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_panel_question_sets_v_rels\` (
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
  await db.run(sql`CREATE TABLE \`donation_lists_audiences\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`donation_lists\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`donation_lists_audiences_order_idx\` ON \`donation_lists_audiences\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`donation_lists_audiences_parent_idx\` ON \`donation_lists_audiences\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`donation_lists_content_warnings\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`donation_lists\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`donation_lists_content_warnings_order_idx\` ON \`donation_lists_content_warnings\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`donation_lists_content_warnings_parent_idx\` ON \`donation_lists_content_warnings\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`donation_lists_items\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`category\` text,
  	\`priority\` text DEFAULT 'normal',
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`donation_lists\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`donation_lists_items_order_idx\` ON \`donation_lists_items\` (\`_order\`);`)
  await db.run(
    sql`CREATE INDEX \`donation_lists_items_parent_id_idx\` ON \`donation_lists_items\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`donation_lists_items_locales\` (
  	\`name\` text,
  	\`notes\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`donation_lists_items\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`donation_lists_items_locales_locale_parent_id_unique\` ON \`donation_lists_items_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`donation_lists_monetary_funds\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`url\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`donation_lists\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`donation_lists_monetary_funds_order_idx\` ON \`donation_lists_monetary_funds\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`donation_lists_monetary_funds_parent_id_idx\` ON \`donation_lists_monetary_funds\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`donation_lists_monetary_funds_locales\` (
  	\`label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`donation_lists_monetary_funds\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`donation_lists_monetary_funds_locales_locale_parent_id_uniqu\` ON \`donation_lists_monetary_funds_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`donation_lists\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`organization_id\` integer,
  	\`review_by\` text,
  	\`last_verified\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`donation_lists_slug_idx\` ON \`donation_lists\` (\`slug\`);`)
  await db.run(
    sql`CREATE INDEX \`donation_lists_organization_idx\` ON \`donation_lists\` (\`organization_id\`);`,
  )
  await db.run(sql`CREATE INDEX \`donation_lists_updated_at_idx\` ON \`donation_lists\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`donation_lists_created_at_idx\` ON \`donation_lists\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`donation_lists__status_idx\` ON \`donation_lists\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`donation_lists_locales\` (
  	\`title\` text,
  	\`summary\` text,
  	\`how_to_donate\` text,
  	\`drop_off\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`donation_lists\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`donation_lists_locales_locale_parent_id_unique\` ON \`donation_lists_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`donation_lists_rels\` (
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
  await db.run(sql`CREATE TABLE \`_donation_lists_v_version_audiences\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_donation_lists_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_donation_lists_v_version_audiences_order_idx\` ON \`_donation_lists_v_version_audiences\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_donation_lists_v_version_audiences_parent_idx\` ON \`_donation_lists_v_version_audiences\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_donation_lists_v_version_content_warnings\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_donation_lists_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_donation_lists_v_version_content_warnings_order_idx\` ON \`_donation_lists_v_version_content_warnings\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_donation_lists_v_version_content_warnings_parent_idx\` ON \`_donation_lists_v_version_content_warnings\` (\`parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_donation_lists_v_version_items\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`category\` text,
  	\`priority\` text DEFAULT 'normal',
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_donation_lists_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_donation_lists_v_version_items_order_idx\` ON \`_donation_lists_v_version_items\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_donation_lists_v_version_items_parent_id_idx\` ON \`_donation_lists_v_version_items\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_donation_lists_v_version_items_locales\` (
  	\`name\` text,
  	\`notes\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_donation_lists_v_version_items\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_donation_lists_v_version_items_locales_locale_parent_id_uni\` ON \`_donation_lists_v_version_items_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_donation_lists_v_version_monetary_funds\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`url\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_donation_lists_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_donation_lists_v_version_monetary_funds_order_idx\` ON \`_donation_lists_v_version_monetary_funds\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_donation_lists_v_version_monetary_funds_parent_id_idx\` ON \`_donation_lists_v_version_monetary_funds\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_donation_lists_v_version_monetary_funds_locales\` (
  	\`label\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_donation_lists_v_version_monetary_funds\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_donation_lists_v_version_monetary_funds_locales_locale_pare\` ON \`_donation_lists_v_version_monetary_funds_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_donation_lists_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_organization_id\` integer,
  	\`version_review_by\` text,
  	\`version_last_verified\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`donation_lists\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_donation_lists_v_parent_idx\` ON \`_donation_lists_v\` (\`parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_donation_lists_v_version_version_slug_idx\` ON \`_donation_lists_v\` (\`version_slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_donation_lists_v_version_version_organization_idx\` ON \`_donation_lists_v\` (\`version_organization_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_donation_lists_v_version_version_updated_at_idx\` ON \`_donation_lists_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_donation_lists_v_version_version_created_at_idx\` ON \`_donation_lists_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_donation_lists_v_version_version__status_idx\` ON \`_donation_lists_v\` (\`version__status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_donation_lists_v_created_at_idx\` ON \`_donation_lists_v\` (\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_donation_lists_v_updated_at_idx\` ON \`_donation_lists_v\` (\`updated_at\`);`,
  )
  await db.run(sql`CREATE INDEX \`_donation_lists_v_snapshot_idx\` ON \`_donation_lists_v\` (\`snapshot\`);`)
  await db.run(
    sql`CREATE INDEX \`_donation_lists_v_published_locale_idx\` ON \`_donation_lists_v\` (\`published_locale\`);`,
  )
  await db.run(sql`CREATE INDEX \`_donation_lists_v_latest_idx\` ON \`_donation_lists_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_donation_lists_v_autosave_idx\` ON \`_donation_lists_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`_donation_lists_v_locales\` (
  	\`version_title\` text,
  	\`version_summary\` text,
  	\`version_how_to_donate\` text,
  	\`version_drop_off\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_donation_lists_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_donation_lists_v_locales_locale_parent_id_unique\` ON \`_donation_lists_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_donation_lists_v_rels\` (
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
  await db.run(sql`CREATE TABLE \`organizations_services\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`organizations_services_order_idx\` ON \`organizations_services\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`organizations_services_parent_id_idx\` ON \`organizations_services\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`organizations_services_locales\` (
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`organizations_services\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`organizations_services_locales_locale_parent_id_unique\` ON \`organizations_services_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`organizations_projects\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`organizations_projects_order_idx\` ON \`organizations_projects\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`organizations_projects_parent_id_idx\` ON \`organizations_projects\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`organizations_projects_locales\` (
  	\`name\` text,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`organizations_projects\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`organizations_projects_locales_locale_parent_id_unique\` ON \`organizations_projects_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`organizations_languages_served\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`code\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`organizations_languages_served_order_idx\` ON \`organizations_languages_served\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`organizations_languages_served_parent_id_idx\` ON \`organizations_languages_served\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`organizations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`review_by\` text,
  	\`country\` text,
  	\`founded\` numeric,
  	\`website\` text,
  	\`public_contact_email\` text,
  	\`public_contact_phone\` text,
  	\`logo_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`logo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`organizations_slug_idx\` ON \`organizations\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`organizations_logo_idx\` ON \`organizations\` (\`logo_id\`);`)
  await db.run(sql`CREATE INDEX \`organizations_updated_at_idx\` ON \`organizations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`organizations_created_at_idx\` ON \`organizations\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`organizations__status_idx\` ON \`organizations\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`organizations_locales\` (
  	\`name\` text,
  	\`mission\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`organizations_locales_locale_parent_id_unique\` ON \`organizations_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_organizations_v_version_services\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_organizations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_organizations_v_version_services_order_idx\` ON \`_organizations_v_version_services\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_organizations_v_version_services_parent_id_idx\` ON \`_organizations_v_version_services\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_organizations_v_version_services_locales\` (
  	\`text\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_organizations_v_version_services\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_organizations_v_version_services_locales_locale_parent_id_u\` ON \`_organizations_v_version_services_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_organizations_v_version_projects\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_organizations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_organizations_v_version_projects_order_idx\` ON \`_organizations_v_version_projects\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_organizations_v_version_projects_parent_id_idx\` ON \`_organizations_v_version_projects\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_organizations_v_version_projects_locales\` (
  	\`name\` text,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_organizations_v_version_projects\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_organizations_v_version_projects_locales_locale_parent_id_u\` ON \`_organizations_v_version_projects_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_organizations_v_version_languages_served\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`code\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_organizations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_organizations_v_version_languages_served_order_idx\` ON \`_organizations_v_version_languages_served\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_organizations_v_version_languages_served_parent_id_idx\` ON \`_organizations_v_version_languages_served\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_organizations_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_review_by\` text,
  	\`version_country\` text,
  	\`version_founded\` numeric,
  	\`version_website\` text,
  	\`version_public_contact_email\` text,
  	\`version_public_contact_phone\` text,
  	\`version_logo_id\` integer,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_logo_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_organizations_v_parent_idx\` ON \`_organizations_v\` (\`parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_organizations_v_version_version_slug_idx\` ON \`_organizations_v\` (\`version_slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_organizations_v_version_version_logo_idx\` ON \`_organizations_v\` (\`version_logo_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_organizations_v_version_version_updated_at_idx\` ON \`_organizations_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_organizations_v_version_version_created_at_idx\` ON \`_organizations_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_organizations_v_version_version__status_idx\` ON \`_organizations_v\` (\`version__status\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_organizations_v_created_at_idx\` ON \`_organizations_v\` (\`created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_organizations_v_updated_at_idx\` ON \`_organizations_v\` (\`updated_at\`);`,
  )
  await db.run(sql`CREATE INDEX \`_organizations_v_snapshot_idx\` ON \`_organizations_v\` (\`snapshot\`);`)
  await db.run(
    sql`CREATE INDEX \`_organizations_v_published_locale_idx\` ON \`_organizations_v\` (\`published_locale\`);`,
  )
  await db.run(sql`CREATE INDEX \`_organizations_v_latest_idx\` ON \`_organizations_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_organizations_v_autosave_idx\` ON \`_organizations_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`_organizations_v_locales\` (
  	\`version_name\` text,
  	\`version_mission\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_organizations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_organizations_v_locales_locale_parent_id_unique\` ON \`_organizations_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`hotlines_languages\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`code\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`hotlines\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`hotlines_languages_order_idx\` ON \`hotlines_languages\` (\`_order\`);`)
  await db.run(
    sql`CREATE INDEX \`hotlines_languages_parent_id_idx\` ON \`hotlines_languages\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`hotlines\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`review_by\` text,
  	\`phone\` text,
  	\`sms\` text,
  	\`website\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`hotlines_slug_idx\` ON \`hotlines\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`hotlines_updated_at_idx\` ON \`hotlines\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`hotlines_created_at_idx\` ON \`hotlines\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`hotlines__status_idx\` ON \`hotlines\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`hotlines_locales\` (
  	\`name\` text,
  	\`description\` text,
  	\`hours\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`hotlines\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`hotlines_locales_locale_parent_id_unique\` ON \`hotlines_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`hotlines_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`regions_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`hotlines\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`regions_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`hotlines_rels_order_idx\` ON \`hotlines_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`hotlines_rels_parent_idx\` ON \`hotlines_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`hotlines_rels_path_idx\` ON \`hotlines_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`hotlines_rels_regions_id_idx\` ON \`hotlines_rels\` (\`regions_id\`);`)
  await db.run(sql`CREATE TABLE \`_hotlines_v_version_languages\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`code\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_hotlines_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`_hotlines_v_version_languages_order_idx\` ON \`_hotlines_v_version_languages\` (\`_order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_hotlines_v_version_languages_parent_id_idx\` ON \`_hotlines_v_version_languages\` (\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_hotlines_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_review_by\` text,
  	\`version_phone\` text,
  	\`version_sms\` text,
  	\`version_website\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`hotlines\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_hotlines_v_parent_idx\` ON \`_hotlines_v\` (\`parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_hotlines_v_version_version_slug_idx\` ON \`_hotlines_v\` (\`version_slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_hotlines_v_version_version_updated_at_idx\` ON \`_hotlines_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_hotlines_v_version_version_created_at_idx\` ON \`_hotlines_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_hotlines_v_version_version__status_idx\` ON \`_hotlines_v\` (\`version__status\`);`,
  )
  await db.run(sql`CREATE INDEX \`_hotlines_v_created_at_idx\` ON \`_hotlines_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_hotlines_v_updated_at_idx\` ON \`_hotlines_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_hotlines_v_snapshot_idx\` ON \`_hotlines_v\` (\`snapshot\`);`)
  await db.run(
    sql`CREATE INDEX \`_hotlines_v_published_locale_idx\` ON \`_hotlines_v\` (\`published_locale\`);`,
  )
  await db.run(sql`CREATE INDEX \`_hotlines_v_latest_idx\` ON \`_hotlines_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_hotlines_v_autosave_idx\` ON \`_hotlines_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`_hotlines_v_locales\` (
  	\`version_name\` text,
  	\`version_description\` text,
  	\`version_hours\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_hotlines_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_hotlines_v_locales_locale_parent_id_unique\` ON \`_hotlines_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_hotlines_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`regions_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_hotlines_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`regions_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_hotlines_v_rels_order_idx\` ON \`_hotlines_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_hotlines_v_rels_parent_idx\` ON \`_hotlines_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_hotlines_v_rels_path_idx\` ON \`_hotlines_v_rels\` (\`path\`);`)
  await db.run(
    sql`CREATE INDEX \`_hotlines_v_rels_regions_id_idx\` ON \`_hotlines_v_rels\` (\`regions_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`topics\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`topics_slug_idx\` ON \`topics\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`topics_updated_at_idx\` ON \`topics\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`topics_created_at_idx\` ON \`topics\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`topics__status_idx\` ON \`topics\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`topics_locales\` (
  	\`name\` text,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`topics_locales_locale_parent_id_unique\` ON \`topics_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_topics_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`topics\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_topics_v_parent_idx\` ON \`_topics_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_version_version_slug_idx\` ON \`_topics_v\` (\`version_slug\`);`)
  await db.run(
    sql`CREATE INDEX \`_topics_v_version_version_updated_at_idx\` ON \`_topics_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_topics_v_version_version_created_at_idx\` ON \`_topics_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_topics_v_version_version__status_idx\` ON \`_topics_v\` (\`version__status\`);`,
  )
  await db.run(sql`CREATE INDEX \`_topics_v_created_at_idx\` ON \`_topics_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_updated_at_idx\` ON \`_topics_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_snapshot_idx\` ON \`_topics_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_published_locale_idx\` ON \`_topics_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_latest_idx\` ON \`_topics_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_topics_v_autosave_idx\` ON \`_topics_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`_topics_v_locales\` (
  	\`version_name\` text,
  	\`version_description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_topics_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_topics_v_locales_locale_parent_id_unique\` ON \`_topics_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`regions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`regions_slug_idx\` ON \`regions\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`regions_updated_at_idx\` ON \`regions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`regions_created_at_idx\` ON \`regions\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`regions__status_idx\` ON \`regions\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`regions_locales\` (
  	\`name\` text,
  	\`description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`regions_locales_locale_parent_id_unique\` ON \`regions_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`_regions_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`regions\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`_regions_v_parent_idx\` ON \`_regions_v\` (\`parent_id\`);`)
  await db.run(
    sql`CREATE INDEX \`_regions_v_version_version_slug_idx\` ON \`_regions_v\` (\`version_slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_regions_v_version_version_updated_at_idx\` ON \`_regions_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_regions_v_version_version_created_at_idx\` ON \`_regions_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_regions_v_version_version__status_idx\` ON \`_regions_v\` (\`version__status\`);`,
  )
  await db.run(sql`CREATE INDEX \`_regions_v_created_at_idx\` ON \`_regions_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_regions_v_updated_at_idx\` ON \`_regions_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_regions_v_snapshot_idx\` ON \`_regions_v\` (\`snapshot\`);`)
  await db.run(
    sql`CREATE INDEX \`_regions_v_published_locale_idx\` ON \`_regions_v\` (\`published_locale\`);`,
  )
  await db.run(sql`CREATE INDEX \`_regions_v_latest_idx\` ON \`_regions_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_regions_v_autosave_idx\` ON \`_regions_v\` (\`autosave\`);`)
  await db.run(sql`CREATE TABLE \`_regions_v_locales\` (
  	\`version_name\` text,
  	\`version_description\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_regions_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`_regions_v_locales_locale_parent_id_unique\` ON \`_regions_v_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`credit\` text,
  	\`shows_people\` integer DEFAULT false,
  	\`consent_recorded\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_thumbnail_url\` text,
  	\`sizes_thumbnail_width\` numeric,
  	\`sizes_thumbnail_height\` numeric,
  	\`sizes_thumbnail_mime_type\` text,
  	\`sizes_thumbnail_filesize\` numeric,
  	\`sizes_thumbnail_filename\` text,
  	\`sizes_card_url\` text,
  	\`sizes_card_width\` numeric,
  	\`sizes_card_height\` numeric,
  	\`sizes_card_mime_type\` text,
  	\`sizes_card_filesize\` numeric,
  	\`sizes_card_filename\` text,
  	\`sizes_content_url\` text,
  	\`sizes_content_width\` numeric,
  	\`sizes_content_height\` numeric,
  	\`sizes_content_mime_type\` text,
  	\`sizes_content_filesize\` numeric,
  	\`sizes_content_filename\` text,
  	\`sizes_poster_url\` text,
  	\`sizes_poster_width\` numeric,
  	\`sizes_poster_height\` numeric,
  	\`sizes_poster_mime_type\` text,
  	\`sizes_poster_filesize\` numeric,
  	\`sizes_poster_filename\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(
    sql`CREATE INDEX \`media_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`media\` (\`sizes_thumbnail_filename\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`media_sizes_card_sizes_card_filename_idx\` ON \`media\` (\`sizes_card_filename\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`media_sizes_content_sizes_content_filename_idx\` ON \`media\` (\`sizes_content_filename\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`media_sizes_poster_sizes_poster_filename_idx\` ON \`media\` (\`sizes_poster_filename\`);`,
  )
  await db.run(sql`CREATE TABLE \`media_locales\` (
  	\`alt\` text NOT NULL,
  	\`caption\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`_locale\` text NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE UNIQUE INDEX \`media_locales_locale_parent_id_unique\` ON \`media_locales\` (\`_locale\`,\`_parent_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`role\` text DEFAULT 'editor' NOT NULL,
  	\`organization_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text,
  	\`reset_password_requested_at\` text,
  	\`login_attempts\` numeric DEFAULT 0,
  	\`lock_until\` text,
  	FOREIGN KEY (\`organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`users_organization_idx\` ON \`users\` (\`organization_id\`);`)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
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
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
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
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(
    sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`,
  )
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(
    sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`,
  )
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(
    sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`guides_audiences\`;`)
  await db.run(sql`DROP TABLE \`guides_content_warnings\`;`)
  await db.run(sql`DROP TABLE \`guides\`;`)
  await db.run(sql`DROP TABLE \`guides_locales\`;`)
  await db.run(sql`DROP TABLE \`guides_rels\`;`)
  await db.run(sql`DROP TABLE \`_guides_v_version_audiences\`;`)
  await db.run(sql`DROP TABLE \`_guides_v_version_content_warnings\`;`)
  await db.run(sql`DROP TABLE \`_guides_v\`;`)
  await db.run(sql`DROP TABLE \`_guides_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_guides_v_rels\`;`)
  await db.run(sql`DROP TABLE \`screening_kits_audiences\`;`)
  await db.run(sql`DROP TABLE \`screening_kits_content_warnings\`;`)
  await db.run(sql`DROP TABLE \`screening_kits_film_themes\`;`)
  await db.run(sql`DROP TABLE \`screening_kits_film_themes_locales\`;`)
  await db.run(sql`DROP TABLE \`screening_kits_film_where_to_watch\`;`)
  await db.run(sql`DROP TABLE \`screening_kits_film_where_to_watch_locales\`;`)
  await db.run(sql`DROP TABLE \`screening_kits_panelist_roles\`;`)
  await db.run(sql`DROP TABLE \`screening_kits_panelist_roles_locales\`;`)
  await db.run(sql`DROP TABLE \`screening_kits_timeline\`;`)
  await db.run(sql`DROP TABLE \`screening_kits_timeline_locales\`;`)
  await db.run(sql`DROP TABLE \`screening_kits_resources_to_share\`;`)
  await db.run(sql`DROP TABLE \`screening_kits_resources_to_share_locales\`;`)
  await db.run(sql`DROP TABLE \`screening_kits\`;`)
  await db.run(sql`DROP TABLE \`screening_kits_locales\`;`)
  await db.run(sql`DROP TABLE \`screening_kits_rels\`;`)
  await db.run(sql`DROP TABLE \`_screening_kits_v_version_audiences\`;`)
  await db.run(sql`DROP TABLE \`_screening_kits_v_version_content_warnings\`;`)
  await db.run(sql`DROP TABLE \`_screening_kits_v_version_film_themes\`;`)
  await db.run(sql`DROP TABLE \`_screening_kits_v_version_film_themes_locales\`;`)
  await db.run(sql`DROP TABLE \`_screening_kits_v_version_film_where_to_watch\`;`)
  await db.run(sql`DROP TABLE \`_screening_kits_v_version_film_where_to_watch_locales\`;`)
  await db.run(sql`DROP TABLE \`_screening_kits_v_version_panelist_roles\`;`)
  await db.run(sql`DROP TABLE \`_screening_kits_v_version_panelist_roles_locales\`;`)
  await db.run(sql`DROP TABLE \`_screening_kits_v_version_timeline\`;`)
  await db.run(sql`DROP TABLE \`_screening_kits_v_version_timeline_locales\`;`)
  await db.run(sql`DROP TABLE \`_screening_kits_v_version_resources_to_share\`;`)
  await db.run(sql`DROP TABLE \`_screening_kits_v_version_resources_to_share_locales\`;`)
  await db.run(sql`DROP TABLE \`_screening_kits_v\`;`)
  await db.run(sql`DROP TABLE \`_screening_kits_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_screening_kits_v_rels\`;`)
  await db.run(sql`DROP TABLE \`panel_question_sets_audiences\`;`)
  await db.run(sql`DROP TABLE \`panel_question_sets_content_warnings\`;`)
  await db.run(sql`DROP TABLE \`panel_question_sets_questions_follow_ups\`;`)
  await db.run(sql`DROP TABLE \`panel_question_sets_questions_follow_ups_locales\`;`)
  await db.run(sql`DROP TABLE \`panel_question_sets_questions\`;`)
  await db.run(sql`DROP TABLE \`panel_question_sets_questions_locales\`;`)
  await db.run(sql`DROP TABLE \`panel_question_sets\`;`)
  await db.run(sql`DROP TABLE \`panel_question_sets_locales\`;`)
  await db.run(sql`DROP TABLE \`panel_question_sets_rels\`;`)
  await db.run(sql`DROP TABLE \`_panel_question_sets_v_version_audiences\`;`)
  await db.run(sql`DROP TABLE \`_panel_question_sets_v_version_content_warnings\`;`)
  await db.run(sql`DROP TABLE \`_panel_question_sets_v_version_questions_follow_ups\`;`)
  await db.run(sql`DROP TABLE \`_panel_question_sets_v_version_questions_follow_ups_locales\`;`)
  await db.run(sql`DROP TABLE \`_panel_question_sets_v_version_questions\`;`)
  await db.run(sql`DROP TABLE \`_panel_question_sets_v_version_questions_locales\`;`)
  await db.run(sql`DROP TABLE \`_panel_question_sets_v\`;`)
  await db.run(sql`DROP TABLE \`_panel_question_sets_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_panel_question_sets_v_rels\`;`)
  await db.run(sql`DROP TABLE \`donation_lists_audiences\`;`)
  await db.run(sql`DROP TABLE \`donation_lists_content_warnings\`;`)
  await db.run(sql`DROP TABLE \`donation_lists_items\`;`)
  await db.run(sql`DROP TABLE \`donation_lists_items_locales\`;`)
  await db.run(sql`DROP TABLE \`donation_lists_monetary_funds\`;`)
  await db.run(sql`DROP TABLE \`donation_lists_monetary_funds_locales\`;`)
  await db.run(sql`DROP TABLE \`donation_lists\`;`)
  await db.run(sql`DROP TABLE \`donation_lists_locales\`;`)
  await db.run(sql`DROP TABLE \`donation_lists_rels\`;`)
  await db.run(sql`DROP TABLE \`_donation_lists_v_version_audiences\`;`)
  await db.run(sql`DROP TABLE \`_donation_lists_v_version_content_warnings\`;`)
  await db.run(sql`DROP TABLE \`_donation_lists_v_version_items\`;`)
  await db.run(sql`DROP TABLE \`_donation_lists_v_version_items_locales\`;`)
  await db.run(sql`DROP TABLE \`_donation_lists_v_version_monetary_funds\`;`)
  await db.run(sql`DROP TABLE \`_donation_lists_v_version_monetary_funds_locales\`;`)
  await db.run(sql`DROP TABLE \`_donation_lists_v\`;`)
  await db.run(sql`DROP TABLE \`_donation_lists_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_donation_lists_v_rels\`;`)
  await db.run(sql`DROP TABLE \`organizations_services\`;`)
  await db.run(sql`DROP TABLE \`organizations_services_locales\`;`)
  await db.run(sql`DROP TABLE \`organizations_projects\`;`)
  await db.run(sql`DROP TABLE \`organizations_projects_locales\`;`)
  await db.run(sql`DROP TABLE \`organizations_languages_served\`;`)
  await db.run(sql`DROP TABLE \`organizations\`;`)
  await db.run(sql`DROP TABLE \`organizations_locales\`;`)
  await db.run(sql`DROP TABLE \`_organizations_v_version_services\`;`)
  await db.run(sql`DROP TABLE \`_organizations_v_version_services_locales\`;`)
  await db.run(sql`DROP TABLE \`_organizations_v_version_projects\`;`)
  await db.run(sql`DROP TABLE \`_organizations_v_version_projects_locales\`;`)
  await db.run(sql`DROP TABLE \`_organizations_v_version_languages_served\`;`)
  await db.run(sql`DROP TABLE \`_organizations_v\`;`)
  await db.run(sql`DROP TABLE \`_organizations_v_locales\`;`)
  await db.run(sql`DROP TABLE \`hotlines_languages\`;`)
  await db.run(sql`DROP TABLE \`hotlines\`;`)
  await db.run(sql`DROP TABLE \`hotlines_locales\`;`)
  await db.run(sql`DROP TABLE \`hotlines_rels\`;`)
  await db.run(sql`DROP TABLE \`_hotlines_v_version_languages\`;`)
  await db.run(sql`DROP TABLE \`_hotlines_v\`;`)
  await db.run(sql`DROP TABLE \`_hotlines_v_locales\`;`)
  await db.run(sql`DROP TABLE \`_hotlines_v_rels\`;`)
  await db.run(sql`DROP TABLE \`topics\`;`)
  await db.run(sql`DROP TABLE \`topics_locales\`;`)
  await db.run(sql`DROP TABLE \`_topics_v\`;`)
  await db.run(sql`DROP TABLE \`_topics_v_locales\`;`)
  await db.run(sql`DROP TABLE \`regions\`;`)
  await db.run(sql`DROP TABLE \`regions_locales\`;`)
  await db.run(sql`DROP TABLE \`_regions_v\`;`)
  await db.run(sql`DROP TABLE \`_regions_v_locales\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`media_locales\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
}
