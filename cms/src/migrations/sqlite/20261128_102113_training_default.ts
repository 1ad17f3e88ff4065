import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_volunteer_opportunities\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`organization_id\` integer,
  	\`review_by\` text,
  	\`closing_date\` text,
  	\`workplace\` text,
  	\`training_required\` integer DEFAULT false,
  	\`apply_url\` text,
  	\`apply_email\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_volunteer_opportunities\`("id", "slug", "organization_id", "review_by", "closing_date", "workplace", "training_required", "apply_url", "apply_email", "updated_at", "created_at", "_status") SELECT "id", "slug", "organization_id", "review_by", "closing_date", "workplace", "training_required", "apply_url", "apply_email", "updated_at", "created_at", "_status" FROM \`volunteer_opportunities\`;`,
  )
  await db.run(sql`DROP TABLE \`volunteer_opportunities\`;`)
  await db.run(sql`ALTER TABLE \`__new_volunteer_opportunities\` RENAME TO \`volunteer_opportunities\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
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
  await db.run(sql`CREATE TABLE \`__new__volunteer_opportunities_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_organization_id\` integer,
  	\`version_review_by\` text,
  	\`version_closing_date\` text,
  	\`version_workplace\` text,
  	\`version_training_required\` integer DEFAULT false,
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
    sql`INSERT INTO \`__new__volunteer_opportunities_v\`("id", "parent_id", "version_slug", "version_organization_id", "version_review_by", "version_closing_date", "version_workplace", "version_training_required", "version_apply_url", "version_apply_email", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave") SELECT "id", "parent_id", "version_slug", "version_organization_id", "version_review_by", "version_closing_date", "version_workplace", "version_training_required", "version_apply_url", "version_apply_email", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave" FROM \`_volunteer_opportunities_v\`;`,
  )
  await db.run(sql`DROP TABLE \`_volunteer_opportunities_v\`;`)
  await db.run(
    sql`ALTER TABLE \`__new__volunteer_opportunities_v\` RENAME TO \`_volunteer_opportunities_v\`;`,
  )
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
  // Roles saved before the default have no answer stored: no training was asked for.
  await db.run(
    sql`UPDATE \`volunteer_opportunities\` SET \`training_required\` = false WHERE \`training_required\` IS NULL;`,
  )
  await db.run(
    sql`UPDATE \`_volunteer_opportunities_v\` SET \`version_training_required\` = false WHERE \`version_training_required\` IS NULL;`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_volunteer_opportunities\` (
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
    sql`INSERT INTO \`__new_volunteer_opportunities\`("id", "slug", "organization_id", "review_by", "closing_date", "workplace", "training_required", "apply_url", "apply_email", "updated_at", "created_at", "_status") SELECT "id", "slug", "organization_id", "review_by", "closing_date", "workplace", "training_required", "apply_url", "apply_email", "updated_at", "created_at", "_status" FROM \`volunteer_opportunities\`;`,
  )
  await db.run(sql`DROP TABLE \`volunteer_opportunities\`;`)
  await db.run(sql`ALTER TABLE \`__new_volunteer_opportunities\` RENAME TO \`volunteer_opportunities\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
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
  await db.run(sql`CREATE TABLE \`__new__volunteer_opportunities_v\` (
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
    sql`INSERT INTO \`__new__volunteer_opportunities_v\`("id", "parent_id", "version_slug", "version_organization_id", "version_review_by", "version_closing_date", "version_workplace", "version_training_required", "version_apply_url", "version_apply_email", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave") SELECT "id", "parent_id", "version_slug", "version_organization_id", "version_review_by", "version_closing_date", "version_workplace", "version_training_required", "version_apply_url", "version_apply_email", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave" FROM \`_volunteer_opportunities_v\`;`,
  )
  await db.run(sql`DROP TABLE \`_volunteer_opportunities_v\`;`)
  await db.run(
    sql`ALTER TABLE \`__new__volunteer_opportunities_v\` RENAME TO \`_volunteer_opportunities_v\`;`,
  )
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
}
