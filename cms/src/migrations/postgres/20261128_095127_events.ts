import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_events_audiences" AS ENUM('survivors', 'workers', 'volunteers', 'educators', 'faith-groups', 'students', 'employers', 'service-providers', 'general-public');
  CREATE TYPE "public"."enum_events_content_warnings" AS ENUM('sexual-violence', 'physical-violence', 'child-exploitation', 'self-harm', 'substance-use', 'coercion-and-threats', 'racism-and-xenophobia');
  CREATE TYPE "public"."enum_events_kind" AS ENUM('awareness-event', 'workshop', 'training', 'screening', 'panel', 'coalition-meeting');
  CREATE TYPE "public"."enum_events_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__events_v_version_audiences" AS ENUM('survivors', 'workers', 'volunteers', 'educators', 'faith-groups', 'students', 'employers', 'service-providers', 'general-public');
  CREATE TYPE "public"."enum__events_v_version_content_warnings" AS ENUM('sexual-violence', 'physical-violence', 'child-exploitation', 'self-harm', 'substance-use', 'coercion-and-threats', 'racism-and-xenophobia');
  CREATE TYPE "public"."enum__events_v_version_kind" AS ENUM('awareness-event', 'workshop', 'training', 'screening', 'panel', 'coalition-meeting');
  CREATE TYPE "public"."enum__events_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__events_v_published_locale" AS ENUM('en', 'es', 'fr', 'ar', 'th');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'dailyRebuild' BEFORE 'checkLinks';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'dailyRebuild' BEFORE 'checkLinks';
  CREATE TABLE "events_audiences" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_events_audiences",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "events_content_warnings" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_events_content_warnings",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "events_languages" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"code" varchar
  );
  
  CREATE TABLE "events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"organization_id" integer,
  	"review_by" timestamp(3) with time zone,
  	"kind" "enum_events_kind",
  	"all_day" boolean DEFAULT false,
  	"start" varchar,
  	"end" varchar,
  	"time_zone" varchar DEFAULT 'UTC',
  	"online_url" varchar,
  	"screening_kit_id" integer,
  	"registration_url" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_events_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "events_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"venue_name" varchar,
  	"venue_address" varchar,
  	"venue_accessibility" varchar,
  	"cost" varchar,
  	"registration_contact" varchar,
  	"capacity_notes" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "events_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"organizations_id" integer,
  	"topics_id" integer,
  	"regions_id" integer
  );
  
  CREATE TABLE "_events_v_version_audiences" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__events_v_version_audiences",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_events_v_version_content_warnings" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__events_v_version_content_warnings",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_events_v_version_languages" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_events_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_organization_id" integer,
  	"version_review_by" timestamp(3) with time zone,
  	"version_kind" "enum__events_v_version_kind",
  	"version_all_day" boolean DEFAULT false,
  	"version_start" varchar,
  	"version_end" varchar,
  	"version_time_zone" varchar DEFAULT 'UTC',
  	"version_online_url" varchar,
  	"version_screening_kit_id" integer,
  	"version_registration_url" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__events_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__events_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_events_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_venue_name" varchar,
  	"version_venue_address" varchar,
  	"version_venue_accessibility" varchar,
  	"version_cost" varchar,
  	"version_registration_contact" varchar,
  	"version_capacity_notes" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_events_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"organizations_id" integer,
  	"topics_id" integer,
  	"regions_id" integer
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "events_id" integer;
  ALTER TABLE "events_audiences" ADD CONSTRAINT "events_audiences_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_content_warnings" ADD CONSTRAINT "events_content_warnings_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_languages" ADD CONSTRAINT "events_languages_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events" ADD CONSTRAINT "events_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events" ADD CONSTRAINT "events_screening_kit_id_screening_kits_id_fk" FOREIGN KEY ("screening_kit_id") REFERENCES "public"."screening_kits"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "events_locales" ADD CONSTRAINT "events_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_rels" ADD CONSTRAINT "events_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_rels" ADD CONSTRAINT "events_rels_organizations_fk" FOREIGN KEY ("organizations_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_rels" ADD CONSTRAINT "events_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "events_rels" ADD CONSTRAINT "events_rels_regions_fk" FOREIGN KEY ("regions_id") REFERENCES "public"."regions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_version_audiences" ADD CONSTRAINT "_events_v_version_audiences_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_version_content_warnings" ADD CONSTRAINT "_events_v_version_content_warnings_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_version_languages" ADD CONSTRAINT "_events_v_version_languages_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_parent_id_events_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."events"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_version_organization_id_organizations_id_fk" FOREIGN KEY ("version_organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_version_screening_kit_id_screening_kits_id_fk" FOREIGN KEY ("version_screening_kit_id") REFERENCES "public"."screening_kits"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v_locales" ADD CONSTRAINT "_events_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_rels" ADD CONSTRAINT "_events_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_events_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_rels" ADD CONSTRAINT "_events_v_rels_organizations_fk" FOREIGN KEY ("organizations_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_rels" ADD CONSTRAINT "_events_v_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_events_v_rels" ADD CONSTRAINT "_events_v_rels_regions_fk" FOREIGN KEY ("regions_id") REFERENCES "public"."regions"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "events_audiences_order_idx" ON "events_audiences" USING btree ("order");
  CREATE INDEX "events_audiences_parent_idx" ON "events_audiences" USING btree ("parent_id");
  CREATE INDEX "events_content_warnings_order_idx" ON "events_content_warnings" USING btree ("order");
  CREATE INDEX "events_content_warnings_parent_idx" ON "events_content_warnings" USING btree ("parent_id");
  CREATE INDEX "events_languages_order_idx" ON "events_languages" USING btree ("_order");
  CREATE INDEX "events_languages_parent_id_idx" ON "events_languages" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "events_slug_idx" ON "events" USING btree ("slug");
  CREATE INDEX "events_organization_idx" ON "events" USING btree ("organization_id");
  CREATE INDEX "events_screening_kit_idx" ON "events" USING btree ("screening_kit_id");
  CREATE INDEX "events_updated_at_idx" ON "events" USING btree ("updated_at");
  CREATE INDEX "events_created_at_idx" ON "events" USING btree ("created_at");
  CREATE INDEX "events__status_idx" ON "events" USING btree ("_status");
  CREATE UNIQUE INDEX "events_locales_locale_parent_id_unique" ON "events_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "events_rels_order_idx" ON "events_rels" USING btree ("order");
  CREATE INDEX "events_rels_parent_idx" ON "events_rels" USING btree ("parent_id");
  CREATE INDEX "events_rels_path_idx" ON "events_rels" USING btree ("path");
  CREATE INDEX "events_rels_organizations_id_idx" ON "events_rels" USING btree ("organizations_id");
  CREATE INDEX "events_rels_topics_id_idx" ON "events_rels" USING btree ("topics_id");
  CREATE INDEX "events_rels_regions_id_idx" ON "events_rels" USING btree ("regions_id");
  CREATE INDEX "_events_v_version_audiences_order_idx" ON "_events_v_version_audiences" USING btree ("order");
  CREATE INDEX "_events_v_version_audiences_parent_idx" ON "_events_v_version_audiences" USING btree ("parent_id");
  CREATE INDEX "_events_v_version_content_warnings_order_idx" ON "_events_v_version_content_warnings" USING btree ("order");
  CREATE INDEX "_events_v_version_content_warnings_parent_idx" ON "_events_v_version_content_warnings" USING btree ("parent_id");
  CREATE INDEX "_events_v_version_languages_order_idx" ON "_events_v_version_languages" USING btree ("_order");
  CREATE INDEX "_events_v_version_languages_parent_id_idx" ON "_events_v_version_languages" USING btree ("_parent_id");
  CREATE INDEX "_events_v_parent_idx" ON "_events_v" USING btree ("parent_id");
  CREATE INDEX "_events_v_version_version_slug_idx" ON "_events_v" USING btree ("version_slug");
  CREATE INDEX "_events_v_version_version_organization_idx" ON "_events_v" USING btree ("version_organization_id");
  CREATE INDEX "_events_v_version_version_screening_kit_idx" ON "_events_v" USING btree ("version_screening_kit_id");
  CREATE INDEX "_events_v_version_version_updated_at_idx" ON "_events_v" USING btree ("version_updated_at");
  CREATE INDEX "_events_v_version_version_created_at_idx" ON "_events_v" USING btree ("version_created_at");
  CREATE INDEX "_events_v_version_version__status_idx" ON "_events_v" USING btree ("version__status");
  CREATE INDEX "_events_v_created_at_idx" ON "_events_v" USING btree ("created_at");
  CREATE INDEX "_events_v_updated_at_idx" ON "_events_v" USING btree ("updated_at");
  CREATE INDEX "_events_v_snapshot_idx" ON "_events_v" USING btree ("snapshot");
  CREATE INDEX "_events_v_published_locale_idx" ON "_events_v" USING btree ("published_locale");
  CREATE INDEX "_events_v_latest_idx" ON "_events_v" USING btree ("latest");
  CREATE INDEX "_events_v_autosave_idx" ON "_events_v" USING btree ("autosave");
  CREATE UNIQUE INDEX "_events_v_locales_locale_parent_id_unique" ON "_events_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_events_v_rels_order_idx" ON "_events_v_rels" USING btree ("order");
  CREATE INDEX "_events_v_rels_parent_idx" ON "_events_v_rels" USING btree ("parent_id");
  CREATE INDEX "_events_v_rels_path_idx" ON "_events_v_rels" USING btree ("path");
  CREATE INDEX "_events_v_rels_organizations_id_idx" ON "_events_v_rels" USING btree ("organizations_id");
  CREATE INDEX "_events_v_rels_topics_id_idx" ON "_events_v_rels" USING btree ("topics_id");
  CREATE INDEX "_events_v_rels_regions_id_idx" ON "_events_v_rels" USING btree ("regions_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_events_fk" FOREIGN KEY ("events_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_events_id_idx" ON "payload_locked_documents_rels" USING btree ("events_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "events_audiences" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "events_content_warnings" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "events_languages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "events" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "events_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "events_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_events_v_version_audiences" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_events_v_version_content_warnings" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_events_v_version_languages" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_events_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_events_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_events_v_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "events_audiences" CASCADE;
  DROP TABLE "events_content_warnings" CASCADE;
  DROP TABLE "events_languages" CASCADE;
  DROP TABLE "events" CASCADE;
  DROP TABLE "events_locales" CASCADE;
  DROP TABLE "events_rels" CASCADE;
  DROP TABLE "_events_v_version_audiences" CASCADE;
  DROP TABLE "_events_v_version_content_warnings" CASCADE;
  DROP TABLE "_events_v_version_languages" CASCADE;
  DROP TABLE "_events_v" CASCADE;
  DROP TABLE "_events_v_locales" CASCADE;
  DROP TABLE "_events_v_rels" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_events_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'publishSite', 'checkLinks', 'sendDigests', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'publishSite', 'checkLinks', 'sendDigests', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_events_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "events_id";
  DROP TYPE "public"."enum_events_audiences";
  DROP TYPE "public"."enum_events_content_warnings";
  DROP TYPE "public"."enum_events_kind";
  DROP TYPE "public"."enum_events_status";
  DROP TYPE "public"."enum__events_v_version_audiences";
  DROP TYPE "public"."enum__events_v_version_content_warnings";
  DROP TYPE "public"."enum__events_v_version_kind";
  DROP TYPE "public"."enum__events_v_version_status";
  DROP TYPE "public"."enum__events_v_published_locale";`)
}
