import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`events\` ADD \`recap_id\` integer REFERENCES posts(id);`)
  await db.run(sql`CREATE INDEX \`events_recap_idx\` ON \`events\` (\`recap_id\`);`)
  await db.run(sql`ALTER TABLE \`_events_v\` ADD \`version_recap_id\` integer REFERENCES posts(id);`)
  await db.run(
    sql`CREATE INDEX \`_events_v_version_version_recap_idx\` ON \`_events_v\` (\`version_recap_id\`);`,
  )
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_events\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`organization_id\` integer,
  	\`review_by\` text,
  	\`kind\` text,
  	\`all_day\` integer DEFAULT false,
  	\`start\` text,
  	\`end\` text,
  	\`time_zone\` text DEFAULT 'UTC',
  	\`online_url\` text,
  	\`screening_kit_id\` integer,
  	\`registration_url\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`screening_kit_id\`) REFERENCES \`screening_kits\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new_events\`("id", "slug", "organization_id", "review_by", "kind", "all_day", "start", "end", "time_zone", "online_url", "screening_kit_id", "registration_url", "updated_at", "created_at", "_status") SELECT "id", "slug", "organization_id", "review_by", "kind", "all_day", "start", "end", "time_zone", "online_url", "screening_kit_id", "registration_url", "updated_at", "created_at", "_status" FROM \`events\`;`,
  )
  await db.run(sql`DROP TABLE \`events\`;`)
  await db.run(sql`ALTER TABLE \`__new_events\` RENAME TO \`events\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`events_slug_idx\` ON \`events\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`events_organization_idx\` ON \`events\` (\`organization_id\`);`)
  await db.run(sql`CREATE INDEX \`events_screening_kit_idx\` ON \`events\` (\`screening_kit_id\`);`)
  await db.run(sql`CREATE INDEX \`events_updated_at_idx\` ON \`events\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`events_created_at_idx\` ON \`events\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`events__status_idx\` ON \`events\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__events_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_organization_id\` integer,
  	\`version_review_by\` text,
  	\`version_kind\` text,
  	\`version_all_day\` integer DEFAULT false,
  	\`version_start\` text,
  	\`version_end\` text,
  	\`version_time_zone\` text DEFAULT 'UTC',
  	\`version_online_url\` text,
  	\`version_screening_kit_id\` integer,
  	\`version_registration_url\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	\`autosave\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`events\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_organization_id\`) REFERENCES \`organizations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_screening_kit_id\`) REFERENCES \`screening_kits\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(
    sql`INSERT INTO \`__new__events_v\`("id", "parent_id", "version_slug", "version_organization_id", "version_review_by", "version_kind", "version_all_day", "version_start", "version_end", "version_time_zone", "version_online_url", "version_screening_kit_id", "version_registration_url", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave") SELECT "id", "parent_id", "version_slug", "version_organization_id", "version_review_by", "version_kind", "version_all_day", "version_start", "version_end", "version_time_zone", "version_online_url", "version_screening_kit_id", "version_registration_url", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest", "autosave" FROM \`_events_v\`;`,
  )
  await db.run(sql`DROP TABLE \`_events_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__events_v\` RENAME TO \`_events_v\`;`)
  await db.run(sql`CREATE INDEX \`_events_v_parent_idx\` ON \`_events_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_version_version_slug_idx\` ON \`_events_v\` (\`version_slug\`);`)
  await db.run(
    sql`CREATE INDEX \`_events_v_version_version_organization_idx\` ON \`_events_v\` (\`version_organization_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_events_v_version_version_screening_kit_idx\` ON \`_events_v\` (\`version_screening_kit_id\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_events_v_version_version_updated_at_idx\` ON \`_events_v\` (\`version_updated_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_events_v_version_version_created_at_idx\` ON \`_events_v\` (\`version_created_at\`);`,
  )
  await db.run(
    sql`CREATE INDEX \`_events_v_version_version__status_idx\` ON \`_events_v\` (\`version__status\`);`,
  )
  await db.run(sql`CREATE INDEX \`_events_v_created_at_idx\` ON \`_events_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_updated_at_idx\` ON \`_events_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_snapshot_idx\` ON \`_events_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_published_locale_idx\` ON \`_events_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_latest_idx\` ON \`_events_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`_events_v_autosave_idx\` ON \`_events_v\` (\`autosave\`);`)
}
