import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_posts_audiences" AS ENUM('survivors', 'workers', 'volunteers', 'educators', 'faith-groups', 'students', 'employers', 'service-providers', 'general-public');
  CREATE TYPE "public"."enum_posts_content_warnings" AS ENUM('sexual-violence', 'physical-violence', 'child-exploitation', 'self-harm', 'substance-use', 'coercion-and-threats', 'racism-and-xenophobia');
  CREATE TYPE "public"."enum_posts_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__posts_v_version_audiences" AS ENUM('survivors', 'workers', 'volunteers', 'educators', 'faith-groups', 'students', 'employers', 'service-providers', 'general-public');
  CREATE TYPE "public"."enum__posts_v_version_content_warnings" AS ENUM('sexual-violence', 'physical-violence', 'child-exploitation', 'self-harm', 'substance-use', 'coercion-and-threats', 'racism-and-xenophobia');
  CREATE TYPE "public"."enum__posts_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__posts_v_published_locale" AS ENUM('en', 'es', 'fr', 'ar', 'th');
  CREATE TYPE "public"."enum_actions_audiences" AS ENUM('survivors', 'workers', 'volunteers', 'educators', 'faith-groups', 'students', 'employers', 'service-providers', 'general-public');
  CREATE TYPE "public"."enum_actions_content_warnings" AS ENUM('sexual-violence', 'physical-violence', 'child-exploitation', 'self-harm', 'substance-use', 'coercion-and-threats', 'racism-and-xenophobia');
  CREATE TYPE "public"."enum_actions_kind" AS ENUM('learn', 'give', 'volunteer', 'advocate', 'shop-responsibly', 'host-an-event');
  CREATE TYPE "public"."enum_actions_effort" AS ENUM('minutes', 'an-afternoon', 'ongoing');
  CREATE TYPE "public"."enum_actions_cost" AS ENUM('free', 'low-cost', 'paid');
  CREATE TYPE "public"."enum_actions_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__actions_v_version_audiences" AS ENUM('survivors', 'workers', 'volunteers', 'educators', 'faith-groups', 'students', 'employers', 'service-providers', 'general-public');
  CREATE TYPE "public"."enum__actions_v_version_content_warnings" AS ENUM('sexual-violence', 'physical-violence', 'child-exploitation', 'self-harm', 'substance-use', 'coercion-and-threats', 'racism-and-xenophobia');
  CREATE TYPE "public"."enum__actions_v_version_kind" AS ENUM('learn', 'give', 'volunteer', 'advocate', 'shop-responsibly', 'host-an-event');
  CREATE TYPE "public"."enum__actions_v_version_effort" AS ENUM('minutes', 'an-afternoon', 'ongoing');
  CREATE TYPE "public"."enum__actions_v_version_cost" AS ENUM('free', 'low-cost', 'paid');
  CREATE TYPE "public"."enum__actions_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__actions_v_published_locale" AS ENUM('en', 'es', 'fr', 'ar', 'th');
  ALTER TYPE "public"."enum_review_requests_collection" ADD VALUE 'posts' BEFORE 'organizations';
  ALTER TYPE "public"."enum_review_requests_collection" ADD VALUE 'actions' BEFORE 'organizations';
  CREATE TABLE "posts_audiences" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_posts_audiences",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "posts_content_warnings" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_posts_content_warnings",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "posts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"organization_id" integer,
  	"review_by" timestamp(3) with time zone,
  	"published_on" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_posts_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "posts_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "posts_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"organizations_id" integer,
  	"topics_id" integer,
  	"regions_id" integer,
  	"guides_id" integer,
  	"screening_kits_id" integer,
  	"actions_id" integer
  );
  
  CREATE TABLE "_posts_v_version_audiences" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__posts_v_version_audiences",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_posts_v_version_content_warnings" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__posts_v_version_content_warnings",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_posts_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_organization_id" integer,
  	"version_review_by" timestamp(3) with time zone,
  	"version_published_on" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__posts_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__posts_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_posts_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_posts_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"organizations_id" integer,
  	"topics_id" integer,
  	"regions_id" integer,
  	"guides_id" integer,
  	"screening_kits_id" integer,
  	"actions_id" integer
  );
  
  CREATE TABLE "actions_audiences" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_actions_audiences",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "actions_content_warnings" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_actions_content_warnings",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "actions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"organization_id" integer,
  	"review_by" timestamp(3) with time zone,
  	"kind" "enum_actions_kind",
  	"effort" "enum_actions_effort",
  	"cost" "enum_actions_cost",
  	"link" varchar,
  	"guide_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_actions_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "actions_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"cost_note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "actions_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"organizations_id" integer,
  	"topics_id" integer,
  	"regions_id" integer
  );
  
  CREATE TABLE "_actions_v_version_audiences" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__actions_v_version_audiences",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_actions_v_version_content_warnings" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__actions_v_version_content_warnings",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_actions_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_organization_id" integer,
  	"version_review_by" timestamp(3) with time zone,
  	"version_kind" "enum__actions_v_version_kind",
  	"version_effort" "enum__actions_v_version_effort",
  	"version_cost" "enum__actions_v_version_cost",
  	"version_link" varchar,
  	"version_guide_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__actions_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__actions_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_actions_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_cost_note" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_actions_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"organizations_id" integer,
  	"topics_id" integer,
  	"regions_id" integer
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "posts_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "actions_id" integer;
  ALTER TABLE "posts_audiences" ADD CONSTRAINT "posts_audiences_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."posts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "posts_content_warnings" ADD CONSTRAINT "posts_content_warnings_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."posts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "posts" ADD CONSTRAINT "posts_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "posts_locales" ADD CONSTRAINT "posts_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."posts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "posts_rels" ADD CONSTRAINT "posts_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."posts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "posts_rels" ADD CONSTRAINT "posts_rels_organizations_fk" FOREIGN KEY ("organizations_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "posts_rels" ADD CONSTRAINT "posts_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "posts_rels" ADD CONSTRAINT "posts_rels_regions_fk" FOREIGN KEY ("regions_id") REFERENCES "public"."regions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "posts_rels" ADD CONSTRAINT "posts_rels_guides_fk" FOREIGN KEY ("guides_id") REFERENCES "public"."guides"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "posts_rels" ADD CONSTRAINT "posts_rels_screening_kits_fk" FOREIGN KEY ("screening_kits_id") REFERENCES "public"."screening_kits"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "posts_rels" ADD CONSTRAINT "posts_rels_actions_fk" FOREIGN KEY ("actions_id") REFERENCES "public"."actions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_posts_v_version_audiences" ADD CONSTRAINT "_posts_v_version_audiences_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_posts_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_posts_v_version_content_warnings" ADD CONSTRAINT "_posts_v_version_content_warnings_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_posts_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_posts_v" ADD CONSTRAINT "_posts_v_parent_id_posts_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."posts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_posts_v" ADD CONSTRAINT "_posts_v_version_organization_id_organizations_id_fk" FOREIGN KEY ("version_organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_posts_v_locales" ADD CONSTRAINT "_posts_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_posts_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_posts_v_rels" ADD CONSTRAINT "_posts_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_posts_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_posts_v_rels" ADD CONSTRAINT "_posts_v_rels_organizations_fk" FOREIGN KEY ("organizations_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_posts_v_rels" ADD CONSTRAINT "_posts_v_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_posts_v_rels" ADD CONSTRAINT "_posts_v_rels_regions_fk" FOREIGN KEY ("regions_id") REFERENCES "public"."regions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_posts_v_rels" ADD CONSTRAINT "_posts_v_rels_guides_fk" FOREIGN KEY ("guides_id") REFERENCES "public"."guides"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_posts_v_rels" ADD CONSTRAINT "_posts_v_rels_screening_kits_fk" FOREIGN KEY ("screening_kits_id") REFERENCES "public"."screening_kits"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_posts_v_rels" ADD CONSTRAINT "_posts_v_rels_actions_fk" FOREIGN KEY ("actions_id") REFERENCES "public"."actions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "actions_audiences" ADD CONSTRAINT "actions_audiences_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."actions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "actions_content_warnings" ADD CONSTRAINT "actions_content_warnings_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."actions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "actions" ADD CONSTRAINT "actions_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "actions" ADD CONSTRAINT "actions_guide_id_guides_id_fk" FOREIGN KEY ("guide_id") REFERENCES "public"."guides"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "actions_locales" ADD CONSTRAINT "actions_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."actions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "actions_rels" ADD CONSTRAINT "actions_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."actions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "actions_rels" ADD CONSTRAINT "actions_rels_organizations_fk" FOREIGN KEY ("organizations_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "actions_rels" ADD CONSTRAINT "actions_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "actions_rels" ADD CONSTRAINT "actions_rels_regions_fk" FOREIGN KEY ("regions_id") REFERENCES "public"."regions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_actions_v_version_audiences" ADD CONSTRAINT "_actions_v_version_audiences_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_actions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_actions_v_version_content_warnings" ADD CONSTRAINT "_actions_v_version_content_warnings_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_actions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_actions_v" ADD CONSTRAINT "_actions_v_parent_id_actions_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."actions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_actions_v" ADD CONSTRAINT "_actions_v_version_organization_id_organizations_id_fk" FOREIGN KEY ("version_organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_actions_v" ADD CONSTRAINT "_actions_v_version_guide_id_guides_id_fk" FOREIGN KEY ("version_guide_id") REFERENCES "public"."guides"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_actions_v_locales" ADD CONSTRAINT "_actions_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_actions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_actions_v_rels" ADD CONSTRAINT "_actions_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_actions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_actions_v_rels" ADD CONSTRAINT "_actions_v_rels_organizations_fk" FOREIGN KEY ("organizations_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_actions_v_rels" ADD CONSTRAINT "_actions_v_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_actions_v_rels" ADD CONSTRAINT "_actions_v_rels_regions_fk" FOREIGN KEY ("regions_id") REFERENCES "public"."regions"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "posts_audiences_order_idx" ON "posts_audiences" USING btree ("order");
  CREATE INDEX "posts_audiences_parent_idx" ON "posts_audiences" USING btree ("parent_id");
  CREATE INDEX "posts_content_warnings_order_idx" ON "posts_content_warnings" USING btree ("order");
  CREATE INDEX "posts_content_warnings_parent_idx" ON "posts_content_warnings" USING btree ("parent_id");
  CREATE UNIQUE INDEX "posts_slug_idx" ON "posts" USING btree ("slug");
  CREATE INDEX "posts_organization_idx" ON "posts" USING btree ("organization_id");
  CREATE INDEX "posts_updated_at_idx" ON "posts" USING btree ("updated_at");
  CREATE INDEX "posts_created_at_idx" ON "posts" USING btree ("created_at");
  CREATE INDEX "posts__status_idx" ON "posts" USING btree ("_status");
  CREATE UNIQUE INDEX "posts_locales_locale_parent_id_unique" ON "posts_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "posts_rels_order_idx" ON "posts_rels" USING btree ("order");
  CREATE INDEX "posts_rels_parent_idx" ON "posts_rels" USING btree ("parent_id");
  CREATE INDEX "posts_rels_path_idx" ON "posts_rels" USING btree ("path");
  CREATE INDEX "posts_rels_organizations_id_idx" ON "posts_rels" USING btree ("organizations_id");
  CREATE INDEX "posts_rels_topics_id_idx" ON "posts_rels" USING btree ("topics_id");
  CREATE INDEX "posts_rels_regions_id_idx" ON "posts_rels" USING btree ("regions_id");
  CREATE INDEX "posts_rels_guides_id_idx" ON "posts_rels" USING btree ("guides_id");
  CREATE INDEX "posts_rels_screening_kits_id_idx" ON "posts_rels" USING btree ("screening_kits_id");
  CREATE INDEX "posts_rels_actions_id_idx" ON "posts_rels" USING btree ("actions_id");
  CREATE INDEX "_posts_v_version_audiences_order_idx" ON "_posts_v_version_audiences" USING btree ("order");
  CREATE INDEX "_posts_v_version_audiences_parent_idx" ON "_posts_v_version_audiences" USING btree ("parent_id");
  CREATE INDEX "_posts_v_version_content_warnings_order_idx" ON "_posts_v_version_content_warnings" USING btree ("order");
  CREATE INDEX "_posts_v_version_content_warnings_parent_idx" ON "_posts_v_version_content_warnings" USING btree ("parent_id");
  CREATE INDEX "_posts_v_parent_idx" ON "_posts_v" USING btree ("parent_id");
  CREATE INDEX "_posts_v_version_version_slug_idx" ON "_posts_v" USING btree ("version_slug");
  CREATE INDEX "_posts_v_version_version_organization_idx" ON "_posts_v" USING btree ("version_organization_id");
  CREATE INDEX "_posts_v_version_version_updated_at_idx" ON "_posts_v" USING btree ("version_updated_at");
  CREATE INDEX "_posts_v_version_version_created_at_idx" ON "_posts_v" USING btree ("version_created_at");
  CREATE INDEX "_posts_v_version_version__status_idx" ON "_posts_v" USING btree ("version__status");
  CREATE INDEX "_posts_v_created_at_idx" ON "_posts_v" USING btree ("created_at");
  CREATE INDEX "_posts_v_updated_at_idx" ON "_posts_v" USING btree ("updated_at");
  CREATE INDEX "_posts_v_snapshot_idx" ON "_posts_v" USING btree ("snapshot");
  CREATE INDEX "_posts_v_published_locale_idx" ON "_posts_v" USING btree ("published_locale");
  CREATE INDEX "_posts_v_latest_idx" ON "_posts_v" USING btree ("latest");
  CREATE INDEX "_posts_v_autosave_idx" ON "_posts_v" USING btree ("autosave");
  CREATE UNIQUE INDEX "_posts_v_locales_locale_parent_id_unique" ON "_posts_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_posts_v_rels_order_idx" ON "_posts_v_rels" USING btree ("order");
  CREATE INDEX "_posts_v_rels_parent_idx" ON "_posts_v_rels" USING btree ("parent_id");
  CREATE INDEX "_posts_v_rels_path_idx" ON "_posts_v_rels" USING btree ("path");
  CREATE INDEX "_posts_v_rels_organizations_id_idx" ON "_posts_v_rels" USING btree ("organizations_id");
  CREATE INDEX "_posts_v_rels_topics_id_idx" ON "_posts_v_rels" USING btree ("topics_id");
  CREATE INDEX "_posts_v_rels_regions_id_idx" ON "_posts_v_rels" USING btree ("regions_id");
  CREATE INDEX "_posts_v_rels_guides_id_idx" ON "_posts_v_rels" USING btree ("guides_id");
  CREATE INDEX "_posts_v_rels_screening_kits_id_idx" ON "_posts_v_rels" USING btree ("screening_kits_id");
  CREATE INDEX "_posts_v_rels_actions_id_idx" ON "_posts_v_rels" USING btree ("actions_id");
  CREATE INDEX "actions_audiences_order_idx" ON "actions_audiences" USING btree ("order");
  CREATE INDEX "actions_audiences_parent_idx" ON "actions_audiences" USING btree ("parent_id");
  CREATE INDEX "actions_content_warnings_order_idx" ON "actions_content_warnings" USING btree ("order");
  CREATE INDEX "actions_content_warnings_parent_idx" ON "actions_content_warnings" USING btree ("parent_id");
  CREATE UNIQUE INDEX "actions_slug_idx" ON "actions" USING btree ("slug");
  CREATE INDEX "actions_organization_idx" ON "actions" USING btree ("organization_id");
  CREATE INDEX "actions_guide_idx" ON "actions" USING btree ("guide_id");
  CREATE INDEX "actions_updated_at_idx" ON "actions" USING btree ("updated_at");
  CREATE INDEX "actions_created_at_idx" ON "actions" USING btree ("created_at");
  CREATE INDEX "actions__status_idx" ON "actions" USING btree ("_status");
  CREATE UNIQUE INDEX "actions_locales_locale_parent_id_unique" ON "actions_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "actions_rels_order_idx" ON "actions_rels" USING btree ("order");
  CREATE INDEX "actions_rels_parent_idx" ON "actions_rels" USING btree ("parent_id");
  CREATE INDEX "actions_rels_path_idx" ON "actions_rels" USING btree ("path");
  CREATE INDEX "actions_rels_organizations_id_idx" ON "actions_rels" USING btree ("organizations_id");
  CREATE INDEX "actions_rels_topics_id_idx" ON "actions_rels" USING btree ("topics_id");
  CREATE INDEX "actions_rels_regions_id_idx" ON "actions_rels" USING btree ("regions_id");
  CREATE INDEX "_actions_v_version_audiences_order_idx" ON "_actions_v_version_audiences" USING btree ("order");
  CREATE INDEX "_actions_v_version_audiences_parent_idx" ON "_actions_v_version_audiences" USING btree ("parent_id");
  CREATE INDEX "_actions_v_version_content_warnings_order_idx" ON "_actions_v_version_content_warnings" USING btree ("order");
  CREATE INDEX "_actions_v_version_content_warnings_parent_idx" ON "_actions_v_version_content_warnings" USING btree ("parent_id");
  CREATE INDEX "_actions_v_parent_idx" ON "_actions_v" USING btree ("parent_id");
  CREATE INDEX "_actions_v_version_version_slug_idx" ON "_actions_v" USING btree ("version_slug");
  CREATE INDEX "_actions_v_version_version_organization_idx" ON "_actions_v" USING btree ("version_organization_id");
  CREATE INDEX "_actions_v_version_version_guide_idx" ON "_actions_v" USING btree ("version_guide_id");
  CREATE INDEX "_actions_v_version_version_updated_at_idx" ON "_actions_v" USING btree ("version_updated_at");
  CREATE INDEX "_actions_v_version_version_created_at_idx" ON "_actions_v" USING btree ("version_created_at");
  CREATE INDEX "_actions_v_version_version__status_idx" ON "_actions_v" USING btree ("version__status");
  CREATE INDEX "_actions_v_created_at_idx" ON "_actions_v" USING btree ("created_at");
  CREATE INDEX "_actions_v_updated_at_idx" ON "_actions_v" USING btree ("updated_at");
  CREATE INDEX "_actions_v_snapshot_idx" ON "_actions_v" USING btree ("snapshot");
  CREATE INDEX "_actions_v_published_locale_idx" ON "_actions_v" USING btree ("published_locale");
  CREATE INDEX "_actions_v_latest_idx" ON "_actions_v" USING btree ("latest");
  CREATE INDEX "_actions_v_autosave_idx" ON "_actions_v" USING btree ("autosave");
  CREATE UNIQUE INDEX "_actions_v_locales_locale_parent_id_unique" ON "_actions_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_actions_v_rels_order_idx" ON "_actions_v_rels" USING btree ("order");
  CREATE INDEX "_actions_v_rels_parent_idx" ON "_actions_v_rels" USING btree ("parent_id");
  CREATE INDEX "_actions_v_rels_path_idx" ON "_actions_v_rels" USING btree ("path");
  CREATE INDEX "_actions_v_rels_organizations_id_idx" ON "_actions_v_rels" USING btree ("organizations_id");
  CREATE INDEX "_actions_v_rels_topics_id_idx" ON "_actions_v_rels" USING btree ("topics_id");
  CREATE INDEX "_actions_v_rels_regions_id_idx" ON "_actions_v_rels" USING btree ("regions_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_posts_fk" FOREIGN KEY ("posts_id") REFERENCES "public"."posts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_actions_fk" FOREIGN KEY ("actions_id") REFERENCES "public"."actions"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_posts_id_idx" ON "payload_locked_documents_rels" USING btree ("posts_id");
  CREATE INDEX "payload_locked_documents_rels_actions_id_idx" ON "payload_locked_documents_rels" USING btree ("actions_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "posts_audiences" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "posts_content_warnings" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "posts" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "posts_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "posts_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_posts_v_version_audiences" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_posts_v_version_content_warnings" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_posts_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_posts_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_posts_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "actions_audiences" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "actions_content_warnings" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "actions" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "actions_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "actions_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_actions_v_version_audiences" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_actions_v_version_content_warnings" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_actions_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_actions_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_actions_v_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "posts_audiences" CASCADE;
  DROP TABLE "posts_content_warnings" CASCADE;
  DROP TABLE "posts" CASCADE;
  DROP TABLE "posts_locales" CASCADE;
  DROP TABLE "posts_rels" CASCADE;
  DROP TABLE "_posts_v_version_audiences" CASCADE;
  DROP TABLE "_posts_v_version_content_warnings" CASCADE;
  DROP TABLE "_posts_v" CASCADE;
  DROP TABLE "_posts_v_locales" CASCADE;
  DROP TABLE "_posts_v_rels" CASCADE;
  DROP TABLE "actions_audiences" CASCADE;
  DROP TABLE "actions_content_warnings" CASCADE;
  DROP TABLE "actions" CASCADE;
  DROP TABLE "actions_locales" CASCADE;
  DROP TABLE "actions_rels" CASCADE;
  DROP TABLE "_actions_v_version_audiences" CASCADE;
  DROP TABLE "_actions_v_version_content_warnings" CASCADE;
  DROP TABLE "_actions_v" CASCADE;
  DROP TABLE "_actions_v_locales" CASCADE;
  DROP TABLE "_actions_v_rels" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_posts_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_actions_fk";
  
  ALTER TABLE "review_requests" ALTER COLUMN "collection" SET DATA TYPE text;
  DROP TYPE "public"."enum_review_requests_collection";
  CREATE TYPE "public"."enum_review_requests_collection" AS ENUM('guides', 'screening-kits', 'panel-question-sets', 'donation-lists', 'volunteer-opportunities', 'outreach-materials', 'organizations', 'hotlines', 'topics', 'regions');
  ALTER TABLE "review_requests" ALTER COLUMN "collection" SET DATA TYPE "public"."enum_review_requests_collection" USING "collection"::"public"."enum_review_requests_collection";
  DROP INDEX "payload_locked_documents_rels_posts_id_idx";
  DROP INDEX "payload_locked_documents_rels_actions_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "posts_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "actions_id";
  DROP TYPE "public"."enum_posts_audiences";
  DROP TYPE "public"."enum_posts_content_warnings";
  DROP TYPE "public"."enum_posts_status";
  DROP TYPE "public"."enum__posts_v_version_audiences";
  DROP TYPE "public"."enum__posts_v_version_content_warnings";
  DROP TYPE "public"."enum__posts_v_version_status";
  DROP TYPE "public"."enum__posts_v_published_locale";
  DROP TYPE "public"."enum_actions_audiences";
  DROP TYPE "public"."enum_actions_content_warnings";
  DROP TYPE "public"."enum_actions_kind";
  DROP TYPE "public"."enum_actions_effort";
  DROP TYPE "public"."enum_actions_cost";
  DROP TYPE "public"."enum_actions_status";
  DROP TYPE "public"."enum__actions_v_version_audiences";
  DROP TYPE "public"."enum__actions_v_version_content_warnings";
  DROP TYPE "public"."enum__actions_v_version_kind";
  DROP TYPE "public"."enum__actions_v_version_effort";
  DROP TYPE "public"."enum__actions_v_version_cost";
  DROP TYPE "public"."enum__actions_v_version_status";
  DROP TYPE "public"."enum__actions_v_published_locale";`)
}
