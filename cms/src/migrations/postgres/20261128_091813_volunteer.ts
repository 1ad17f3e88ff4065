import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_volunteer_opportunities_audiences" AS ENUM('survivors', 'workers', 'volunteers', 'educators', 'faith-groups', 'students', 'employers', 'service-providers', 'general-public');
  CREATE TYPE "public"."enum_volunteer_opportunities_content_warnings" AS ENUM('sexual-violence', 'physical-violence', 'child-exploitation', 'self-harm', 'substance-use', 'coercion-and-threats', 'racism-and-xenophobia');
  CREATE TYPE "public"."enum_volunteer_opportunities_workplace" AS ENUM('in-person', 'remote', 'hybrid');
  CREATE TYPE "public"."enum_volunteer_opportunities_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__volunteer_opportunities_v_version_audiences" AS ENUM('survivors', 'workers', 'volunteers', 'educators', 'faith-groups', 'students', 'employers', 'service-providers', 'general-public');
  CREATE TYPE "public"."enum__volunteer_opportunities_v_version_content_warnings" AS ENUM('sexual-violence', 'physical-violence', 'child-exploitation', 'self-harm', 'substance-use', 'coercion-and-threats', 'racism-and-xenophobia');
  CREATE TYPE "public"."enum__volunteer_opportunities_v_version_workplace" AS ENUM('in-person', 'remote', 'hybrid');
  CREATE TYPE "public"."enum__volunteer_opportunities_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__volunteer_opportunities_v_published_locale" AS ENUM('en', 'es', 'fr', 'ar', 'th');
  CREATE TYPE "public"."enum_outreach_materials_audiences" AS ENUM('survivors', 'workers', 'volunteers', 'educators', 'faith-groups', 'students', 'employers', 'service-providers', 'general-public');
  CREATE TYPE "public"."enum_outreach_materials_content_warnings" AS ENUM('sexual-violence', 'physical-violence', 'child-exploitation', 'self-harm', 'substance-use', 'coercion-and-threats', 'racism-and-xenophobia');
  CREATE TYPE "public"."enum_outreach_materials_kind" AS ENUM('poster', 'palm-card', 'flyer');
  CREATE TYPE "public"."enum_outreach_materials_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__outreach_materials_v_version_audiences" AS ENUM('survivors', 'workers', 'volunteers', 'educators', 'faith-groups', 'students', 'employers', 'service-providers', 'general-public');
  CREATE TYPE "public"."enum__outreach_materials_v_version_content_warnings" AS ENUM('sexual-violence', 'physical-violence', 'child-exploitation', 'self-harm', 'substance-use', 'coercion-and-threats', 'racism-and-xenophobia');
  CREATE TYPE "public"."enum__outreach_materials_v_version_kind" AS ENUM('poster', 'palm-card', 'flyer');
  CREATE TYPE "public"."enum__outreach_materials_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__outreach_materials_v_published_locale" AS ENUM('en', 'es', 'fr', 'ar', 'th');
  ALTER TYPE "public"."enum_review_requests_collection" ADD VALUE 'volunteer-opportunities' BEFORE 'organizations';
  ALTER TYPE "public"."enum_review_requests_collection" ADD VALUE 'outreach-materials' BEFORE 'organizations';
  CREATE TABLE "volunteer_opportunities_audiences" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_volunteer_opportunities_audiences",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "volunteer_opportunities_content_warnings" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_volunteer_opportunities_content_warnings",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "volunteer_opportunities_skills" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "volunteer_opportunities_skills_locales" (
  	"text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "volunteer_opportunities" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"organization_id" integer,
  	"review_by" timestamp(3) with time zone,
  	"closing_date" timestamp(3) with time zone,
  	"workplace" "enum_volunteer_opportunities_workplace",
  	"training_required" boolean,
  	"apply_url" varchar,
  	"apply_email" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_volunteer_opportunities_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "volunteer_opportunities_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"commitment" varchar,
  	"place" varchar,
  	"training" varchar,
  	"how_to_apply" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "volunteer_opportunities_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"organizations_id" integer,
  	"topics_id" integer,
  	"regions_id" integer
  );
  
  CREATE TABLE "_volunteer_opportunities_v_version_audiences" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__volunteer_opportunities_v_version_audiences",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_volunteer_opportunities_v_version_content_warnings" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__volunteer_opportunities_v_version_content_warnings",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_volunteer_opportunities_v_version_skills" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_volunteer_opportunities_v_version_skills_locales" (
  	"text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_volunteer_opportunities_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_organization_id" integer,
  	"version_review_by" timestamp(3) with time zone,
  	"version_closing_date" timestamp(3) with time zone,
  	"version_workplace" "enum__volunteer_opportunities_v_version_workplace",
  	"version_training_required" boolean,
  	"version_apply_url" varchar,
  	"version_apply_email" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__volunteer_opportunities_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__volunteer_opportunities_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_volunteer_opportunities_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_commitment" varchar,
  	"version_place" varchar,
  	"version_training" varchar,
  	"version_how_to_apply" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_volunteer_opportunities_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"organizations_id" integer,
  	"topics_id" integer,
  	"regions_id" integer
  );
  
  CREATE TABLE "outreach_materials_audiences" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_outreach_materials_audiences",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "outreach_materials_content_warnings" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_outreach_materials_content_warnings",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "outreach_materials_files" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"language" varchar,
  	"file_id" integer
  );
  
  CREATE TABLE "outreach_materials" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"organization_id" integer,
  	"review_by" timestamp(3) with time zone,
  	"kind" "enum_outreach_materials_kind",
  	"screening_kit_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_outreach_materials_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "outreach_materials_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"placement" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "outreach_materials_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"organizations_id" integer,
  	"topics_id" integer,
  	"regions_id" integer
  );
  
  CREATE TABLE "_outreach_materials_v_version_audiences" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__outreach_materials_v_version_audiences",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_outreach_materials_v_version_content_warnings" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__outreach_materials_v_version_content_warnings",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_outreach_materials_v_version_files" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"language" varchar,
  	"file_id" integer,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_outreach_materials_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_organization_id" integer,
  	"version_review_by" timestamp(3) with time zone,
  	"version_kind" "enum__outreach_materials_v_version_kind",
  	"version_screening_kit_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__outreach_materials_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__outreach_materials_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_outreach_materials_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_placement" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_outreach_materials_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"organizations_id" integer,
  	"topics_id" integer,
  	"regions_id" integer
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "volunteer_opportunities_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "outreach_materials_id" integer;
  ALTER TABLE "volunteer_opportunities_audiences" ADD CONSTRAINT "volunteer_opportunities_audiences_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."volunteer_opportunities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "volunteer_opportunities_content_warnings" ADD CONSTRAINT "volunteer_opportunities_content_warnings_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."volunteer_opportunities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "volunteer_opportunities_skills" ADD CONSTRAINT "volunteer_opportunities_skills_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."volunteer_opportunities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "volunteer_opportunities_skills_locales" ADD CONSTRAINT "volunteer_opportunities_skills_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."volunteer_opportunities_skills"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "volunteer_opportunities" ADD CONSTRAINT "volunteer_opportunities_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "volunteer_opportunities_locales" ADD CONSTRAINT "volunteer_opportunities_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."volunteer_opportunities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "volunteer_opportunities_rels" ADD CONSTRAINT "volunteer_opportunities_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."volunteer_opportunities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "volunteer_opportunities_rels" ADD CONSTRAINT "volunteer_opportunities_rels_organizations_fk" FOREIGN KEY ("organizations_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "volunteer_opportunities_rels" ADD CONSTRAINT "volunteer_opportunities_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "volunteer_opportunities_rels" ADD CONSTRAINT "volunteer_opportunities_rels_regions_fk" FOREIGN KEY ("regions_id") REFERENCES "public"."regions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_volunteer_opportunities_v_version_audiences" ADD CONSTRAINT "_volunteer_opportunities_v_version_audiences_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_volunteer_opportunities_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_volunteer_opportunities_v_version_content_warnings" ADD CONSTRAINT "_volunteer_opportunities_v_version_content_warnings_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_volunteer_opportunities_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_volunteer_opportunities_v_version_skills" ADD CONSTRAINT "_volunteer_opportunities_v_version_skills_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_volunteer_opportunities_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_volunteer_opportunities_v_version_skills_locales" ADD CONSTRAINT "_volunteer_opportunities_v_version_skills_locales_parent__fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_volunteer_opportunities_v_version_skills"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_volunteer_opportunities_v" ADD CONSTRAINT "_volunteer_opportunities_v_parent_id_volunteer_opportunities_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."volunteer_opportunities"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_volunteer_opportunities_v" ADD CONSTRAINT "_volunteer_opportunities_v_version_organization_id_organizations_id_fk" FOREIGN KEY ("version_organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_volunteer_opportunities_v_locales" ADD CONSTRAINT "_volunteer_opportunities_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_volunteer_opportunities_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_volunteer_opportunities_v_rels" ADD CONSTRAINT "_volunteer_opportunities_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_volunteer_opportunities_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_volunteer_opportunities_v_rels" ADD CONSTRAINT "_volunteer_opportunities_v_rels_organizations_fk" FOREIGN KEY ("organizations_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_volunteer_opportunities_v_rels" ADD CONSTRAINT "_volunteer_opportunities_v_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_volunteer_opportunities_v_rels" ADD CONSTRAINT "_volunteer_opportunities_v_rels_regions_fk" FOREIGN KEY ("regions_id") REFERENCES "public"."regions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "outreach_materials_audiences" ADD CONSTRAINT "outreach_materials_audiences_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."outreach_materials"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "outreach_materials_content_warnings" ADD CONSTRAINT "outreach_materials_content_warnings_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."outreach_materials"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "outreach_materials_files" ADD CONSTRAINT "outreach_materials_files_file_id_media_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "outreach_materials_files" ADD CONSTRAINT "outreach_materials_files_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."outreach_materials"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "outreach_materials" ADD CONSTRAINT "outreach_materials_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "outreach_materials" ADD CONSTRAINT "outreach_materials_screening_kit_id_screening_kits_id_fk" FOREIGN KEY ("screening_kit_id") REFERENCES "public"."screening_kits"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "outreach_materials_locales" ADD CONSTRAINT "outreach_materials_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."outreach_materials"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "outreach_materials_rels" ADD CONSTRAINT "outreach_materials_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."outreach_materials"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "outreach_materials_rels" ADD CONSTRAINT "outreach_materials_rels_organizations_fk" FOREIGN KEY ("organizations_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "outreach_materials_rels" ADD CONSTRAINT "outreach_materials_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "outreach_materials_rels" ADD CONSTRAINT "outreach_materials_rels_regions_fk" FOREIGN KEY ("regions_id") REFERENCES "public"."regions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_outreach_materials_v_version_audiences" ADD CONSTRAINT "_outreach_materials_v_version_audiences_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_outreach_materials_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_outreach_materials_v_version_content_warnings" ADD CONSTRAINT "_outreach_materials_v_version_content_warnings_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_outreach_materials_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_outreach_materials_v_version_files" ADD CONSTRAINT "_outreach_materials_v_version_files_file_id_media_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_outreach_materials_v_version_files" ADD CONSTRAINT "_outreach_materials_v_version_files_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_outreach_materials_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_outreach_materials_v" ADD CONSTRAINT "_outreach_materials_v_parent_id_outreach_materials_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."outreach_materials"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_outreach_materials_v" ADD CONSTRAINT "_outreach_materials_v_version_organization_id_organizations_id_fk" FOREIGN KEY ("version_organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_outreach_materials_v" ADD CONSTRAINT "_outreach_materials_v_version_screening_kit_id_screening_kits_id_fk" FOREIGN KEY ("version_screening_kit_id") REFERENCES "public"."screening_kits"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_outreach_materials_v_locales" ADD CONSTRAINT "_outreach_materials_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_outreach_materials_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_outreach_materials_v_rels" ADD CONSTRAINT "_outreach_materials_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_outreach_materials_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_outreach_materials_v_rels" ADD CONSTRAINT "_outreach_materials_v_rels_organizations_fk" FOREIGN KEY ("organizations_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_outreach_materials_v_rels" ADD CONSTRAINT "_outreach_materials_v_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_outreach_materials_v_rels" ADD CONSTRAINT "_outreach_materials_v_rels_regions_fk" FOREIGN KEY ("regions_id") REFERENCES "public"."regions"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "volunteer_opportunities_audiences_order_idx" ON "volunteer_opportunities_audiences" USING btree ("order");
  CREATE INDEX "volunteer_opportunities_audiences_parent_idx" ON "volunteer_opportunities_audiences" USING btree ("parent_id");
  CREATE INDEX "volunteer_opportunities_content_warnings_order_idx" ON "volunteer_opportunities_content_warnings" USING btree ("order");
  CREATE INDEX "volunteer_opportunities_content_warnings_parent_idx" ON "volunteer_opportunities_content_warnings" USING btree ("parent_id");
  CREATE INDEX "volunteer_opportunities_skills_order_idx" ON "volunteer_opportunities_skills" USING btree ("_order");
  CREATE INDEX "volunteer_opportunities_skills_parent_id_idx" ON "volunteer_opportunities_skills" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "volunteer_opportunities_skills_locales_locale_parent_id_uniq" ON "volunteer_opportunities_skills_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "volunteer_opportunities_slug_idx" ON "volunteer_opportunities" USING btree ("slug");
  CREATE INDEX "volunteer_opportunities_organization_idx" ON "volunteer_opportunities" USING btree ("organization_id");
  CREATE INDEX "volunteer_opportunities_updated_at_idx" ON "volunteer_opportunities" USING btree ("updated_at");
  CREATE INDEX "volunteer_opportunities_created_at_idx" ON "volunteer_opportunities" USING btree ("created_at");
  CREATE INDEX "volunteer_opportunities__status_idx" ON "volunteer_opportunities" USING btree ("_status");
  CREATE UNIQUE INDEX "volunteer_opportunities_locales_locale_parent_id_unique" ON "volunteer_opportunities_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "volunteer_opportunities_rels_order_idx" ON "volunteer_opportunities_rels" USING btree ("order");
  CREATE INDEX "volunteer_opportunities_rels_parent_idx" ON "volunteer_opportunities_rels" USING btree ("parent_id");
  CREATE INDEX "volunteer_opportunities_rels_path_idx" ON "volunteer_opportunities_rels" USING btree ("path");
  CREATE INDEX "volunteer_opportunities_rels_organizations_id_idx" ON "volunteer_opportunities_rels" USING btree ("organizations_id");
  CREATE INDEX "volunteer_opportunities_rels_topics_id_idx" ON "volunteer_opportunities_rels" USING btree ("topics_id");
  CREATE INDEX "volunteer_opportunities_rels_regions_id_idx" ON "volunteer_opportunities_rels" USING btree ("regions_id");
  CREATE INDEX "_volunteer_opportunities_v_version_audiences_order_idx" ON "_volunteer_opportunities_v_version_audiences" USING btree ("order");
  CREATE INDEX "_volunteer_opportunities_v_version_audiences_parent_idx" ON "_volunteer_opportunities_v_version_audiences" USING btree ("parent_id");
  CREATE INDEX "_volunteer_opportunities_v_version_content_warnings_order_idx" ON "_volunteer_opportunities_v_version_content_warnings" USING btree ("order");
  CREATE INDEX "_volunteer_opportunities_v_version_content_warnings_parent_idx" ON "_volunteer_opportunities_v_version_content_warnings" USING btree ("parent_id");
  CREATE INDEX "_volunteer_opportunities_v_version_skills_order_idx" ON "_volunteer_opportunities_v_version_skills" USING btree ("_order");
  CREATE INDEX "_volunteer_opportunities_v_version_skills_parent_id_idx" ON "_volunteer_opportunities_v_version_skills" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_volunteer_opportunities_v_version_skills_locales_locale_par" ON "_volunteer_opportunities_v_version_skills_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_volunteer_opportunities_v_parent_idx" ON "_volunteer_opportunities_v" USING btree ("parent_id");
  CREATE INDEX "_volunteer_opportunities_v_version_version_slug_idx" ON "_volunteer_opportunities_v" USING btree ("version_slug");
  CREATE INDEX "_volunteer_opportunities_v_version_version_organization_idx" ON "_volunteer_opportunities_v" USING btree ("version_organization_id");
  CREATE INDEX "_volunteer_opportunities_v_version_version_updated_at_idx" ON "_volunteer_opportunities_v" USING btree ("version_updated_at");
  CREATE INDEX "_volunteer_opportunities_v_version_version_created_at_idx" ON "_volunteer_opportunities_v" USING btree ("version_created_at");
  CREATE INDEX "_volunteer_opportunities_v_version_version__status_idx" ON "_volunteer_opportunities_v" USING btree ("version__status");
  CREATE INDEX "_volunteer_opportunities_v_created_at_idx" ON "_volunteer_opportunities_v" USING btree ("created_at");
  CREATE INDEX "_volunteer_opportunities_v_updated_at_idx" ON "_volunteer_opportunities_v" USING btree ("updated_at");
  CREATE INDEX "_volunteer_opportunities_v_snapshot_idx" ON "_volunteer_opportunities_v" USING btree ("snapshot");
  CREATE INDEX "_volunteer_opportunities_v_published_locale_idx" ON "_volunteer_opportunities_v" USING btree ("published_locale");
  CREATE INDEX "_volunteer_opportunities_v_latest_idx" ON "_volunteer_opportunities_v" USING btree ("latest");
  CREATE INDEX "_volunteer_opportunities_v_autosave_idx" ON "_volunteer_opportunities_v" USING btree ("autosave");
  CREATE UNIQUE INDEX "_volunteer_opportunities_v_locales_locale_parent_id_unique" ON "_volunteer_opportunities_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_volunteer_opportunities_v_rels_order_idx" ON "_volunteer_opportunities_v_rels" USING btree ("order");
  CREATE INDEX "_volunteer_opportunities_v_rels_parent_idx" ON "_volunteer_opportunities_v_rels" USING btree ("parent_id");
  CREATE INDEX "_volunteer_opportunities_v_rels_path_idx" ON "_volunteer_opportunities_v_rels" USING btree ("path");
  CREATE INDEX "_volunteer_opportunities_v_rels_organizations_id_idx" ON "_volunteer_opportunities_v_rels" USING btree ("organizations_id");
  CREATE INDEX "_volunteer_opportunities_v_rels_topics_id_idx" ON "_volunteer_opportunities_v_rels" USING btree ("topics_id");
  CREATE INDEX "_volunteer_opportunities_v_rels_regions_id_idx" ON "_volunteer_opportunities_v_rels" USING btree ("regions_id");
  CREATE INDEX "outreach_materials_audiences_order_idx" ON "outreach_materials_audiences" USING btree ("order");
  CREATE INDEX "outreach_materials_audiences_parent_idx" ON "outreach_materials_audiences" USING btree ("parent_id");
  CREATE INDEX "outreach_materials_content_warnings_order_idx" ON "outreach_materials_content_warnings" USING btree ("order");
  CREATE INDEX "outreach_materials_content_warnings_parent_idx" ON "outreach_materials_content_warnings" USING btree ("parent_id");
  CREATE INDEX "outreach_materials_files_order_idx" ON "outreach_materials_files" USING btree ("_order");
  CREATE INDEX "outreach_materials_files_parent_id_idx" ON "outreach_materials_files" USING btree ("_parent_id");
  CREATE INDEX "outreach_materials_files_file_idx" ON "outreach_materials_files" USING btree ("file_id");
  CREATE UNIQUE INDEX "outreach_materials_slug_idx" ON "outreach_materials" USING btree ("slug");
  CREATE INDEX "outreach_materials_organization_idx" ON "outreach_materials" USING btree ("organization_id");
  CREATE INDEX "outreach_materials_screening_kit_idx" ON "outreach_materials" USING btree ("screening_kit_id");
  CREATE INDEX "outreach_materials_updated_at_idx" ON "outreach_materials" USING btree ("updated_at");
  CREATE INDEX "outreach_materials_created_at_idx" ON "outreach_materials" USING btree ("created_at");
  CREATE INDEX "outreach_materials__status_idx" ON "outreach_materials" USING btree ("_status");
  CREATE UNIQUE INDEX "outreach_materials_locales_locale_parent_id_unique" ON "outreach_materials_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "outreach_materials_rels_order_idx" ON "outreach_materials_rels" USING btree ("order");
  CREATE INDEX "outreach_materials_rels_parent_idx" ON "outreach_materials_rels" USING btree ("parent_id");
  CREATE INDEX "outreach_materials_rels_path_idx" ON "outreach_materials_rels" USING btree ("path");
  CREATE INDEX "outreach_materials_rels_organizations_id_idx" ON "outreach_materials_rels" USING btree ("organizations_id");
  CREATE INDEX "outreach_materials_rels_topics_id_idx" ON "outreach_materials_rels" USING btree ("topics_id");
  CREATE INDEX "outreach_materials_rels_regions_id_idx" ON "outreach_materials_rels" USING btree ("regions_id");
  CREATE INDEX "_outreach_materials_v_version_audiences_order_idx" ON "_outreach_materials_v_version_audiences" USING btree ("order");
  CREATE INDEX "_outreach_materials_v_version_audiences_parent_idx" ON "_outreach_materials_v_version_audiences" USING btree ("parent_id");
  CREATE INDEX "_outreach_materials_v_version_content_warnings_order_idx" ON "_outreach_materials_v_version_content_warnings" USING btree ("order");
  CREATE INDEX "_outreach_materials_v_version_content_warnings_parent_idx" ON "_outreach_materials_v_version_content_warnings" USING btree ("parent_id");
  CREATE INDEX "_outreach_materials_v_version_files_order_idx" ON "_outreach_materials_v_version_files" USING btree ("_order");
  CREATE INDEX "_outreach_materials_v_version_files_parent_id_idx" ON "_outreach_materials_v_version_files" USING btree ("_parent_id");
  CREATE INDEX "_outreach_materials_v_version_files_file_idx" ON "_outreach_materials_v_version_files" USING btree ("file_id");
  CREATE INDEX "_outreach_materials_v_parent_idx" ON "_outreach_materials_v" USING btree ("parent_id");
  CREATE INDEX "_outreach_materials_v_version_version_slug_idx" ON "_outreach_materials_v" USING btree ("version_slug");
  CREATE INDEX "_outreach_materials_v_version_version_organization_idx" ON "_outreach_materials_v" USING btree ("version_organization_id");
  CREATE INDEX "_outreach_materials_v_version_version_screening_kit_idx" ON "_outreach_materials_v" USING btree ("version_screening_kit_id");
  CREATE INDEX "_outreach_materials_v_version_version_updated_at_idx" ON "_outreach_materials_v" USING btree ("version_updated_at");
  CREATE INDEX "_outreach_materials_v_version_version_created_at_idx" ON "_outreach_materials_v" USING btree ("version_created_at");
  CREATE INDEX "_outreach_materials_v_version_version__status_idx" ON "_outreach_materials_v" USING btree ("version__status");
  CREATE INDEX "_outreach_materials_v_created_at_idx" ON "_outreach_materials_v" USING btree ("created_at");
  CREATE INDEX "_outreach_materials_v_updated_at_idx" ON "_outreach_materials_v" USING btree ("updated_at");
  CREATE INDEX "_outreach_materials_v_snapshot_idx" ON "_outreach_materials_v" USING btree ("snapshot");
  CREATE INDEX "_outreach_materials_v_published_locale_idx" ON "_outreach_materials_v" USING btree ("published_locale");
  CREATE INDEX "_outreach_materials_v_latest_idx" ON "_outreach_materials_v" USING btree ("latest");
  CREATE INDEX "_outreach_materials_v_autosave_idx" ON "_outreach_materials_v" USING btree ("autosave");
  CREATE UNIQUE INDEX "_outreach_materials_v_locales_locale_parent_id_unique" ON "_outreach_materials_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_outreach_materials_v_rels_order_idx" ON "_outreach_materials_v_rels" USING btree ("order");
  CREATE INDEX "_outreach_materials_v_rels_parent_idx" ON "_outreach_materials_v_rels" USING btree ("parent_id");
  CREATE INDEX "_outreach_materials_v_rels_path_idx" ON "_outreach_materials_v_rels" USING btree ("path");
  CREATE INDEX "_outreach_materials_v_rels_organizations_id_idx" ON "_outreach_materials_v_rels" USING btree ("organizations_id");
  CREATE INDEX "_outreach_materials_v_rels_topics_id_idx" ON "_outreach_materials_v_rels" USING btree ("topics_id");
  CREATE INDEX "_outreach_materials_v_rels_regions_id_idx" ON "_outreach_materials_v_rels" USING btree ("regions_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_volunteer_opportunities_fk" FOREIGN KEY ("volunteer_opportunities_id") REFERENCES "public"."volunteer_opportunities"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_outreach_materials_fk" FOREIGN KEY ("outreach_materials_id") REFERENCES "public"."outreach_materials"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_volunteer_opportunities_id_idx" ON "payload_locked_documents_rels" USING btree ("volunteer_opportunities_id");
  CREATE INDEX "payload_locked_documents_rels_outreach_materials_id_idx" ON "payload_locked_documents_rels" USING btree ("outreach_materials_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "volunteer_opportunities_audiences" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "volunteer_opportunities_content_warnings" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "volunteer_opportunities_skills" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "volunteer_opportunities_skills_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "volunteer_opportunities" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "volunteer_opportunities_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "volunteer_opportunities_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_volunteer_opportunities_v_version_audiences" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_volunteer_opportunities_v_version_content_warnings" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_volunteer_opportunities_v_version_skills" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_volunteer_opportunities_v_version_skills_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_volunteer_opportunities_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_volunteer_opportunities_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_volunteer_opportunities_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "outreach_materials_audiences" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "outreach_materials_content_warnings" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "outreach_materials_files" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "outreach_materials" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "outreach_materials_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "outreach_materials_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_outreach_materials_v_version_audiences" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_outreach_materials_v_version_content_warnings" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_outreach_materials_v_version_files" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_outreach_materials_v" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_outreach_materials_v_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_outreach_materials_v_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "volunteer_opportunities_audiences" CASCADE;
  DROP TABLE "volunteer_opportunities_content_warnings" CASCADE;
  DROP TABLE "volunteer_opportunities_skills" CASCADE;
  DROP TABLE "volunteer_opportunities_skills_locales" CASCADE;
  DROP TABLE "volunteer_opportunities" CASCADE;
  DROP TABLE "volunteer_opportunities_locales" CASCADE;
  DROP TABLE "volunteer_opportunities_rels" CASCADE;
  DROP TABLE "_volunteer_opportunities_v_version_audiences" CASCADE;
  DROP TABLE "_volunteer_opportunities_v_version_content_warnings" CASCADE;
  DROP TABLE "_volunteer_opportunities_v_version_skills" CASCADE;
  DROP TABLE "_volunteer_opportunities_v_version_skills_locales" CASCADE;
  DROP TABLE "_volunteer_opportunities_v" CASCADE;
  DROP TABLE "_volunteer_opportunities_v_locales" CASCADE;
  DROP TABLE "_volunteer_opportunities_v_rels" CASCADE;
  DROP TABLE "outreach_materials_audiences" CASCADE;
  DROP TABLE "outreach_materials_content_warnings" CASCADE;
  DROP TABLE "outreach_materials_files" CASCADE;
  DROP TABLE "outreach_materials" CASCADE;
  DROP TABLE "outreach_materials_locales" CASCADE;
  DROP TABLE "outreach_materials_rels" CASCADE;
  DROP TABLE "_outreach_materials_v_version_audiences" CASCADE;
  DROP TABLE "_outreach_materials_v_version_content_warnings" CASCADE;
  DROP TABLE "_outreach_materials_v_version_files" CASCADE;
  DROP TABLE "_outreach_materials_v" CASCADE;
  DROP TABLE "_outreach_materials_v_locales" CASCADE;
  DROP TABLE "_outreach_materials_v_rels" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_volunteer_opportunities_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_outreach_materials_fk";
  
  ALTER TABLE "review_requests" ALTER COLUMN "collection" SET DATA TYPE text;
  DROP TYPE "public"."enum_review_requests_collection";
  CREATE TYPE "public"."enum_review_requests_collection" AS ENUM('guides', 'screening-kits', 'panel-question-sets', 'donation-lists', 'organizations', 'hotlines', 'topics', 'regions');
  ALTER TABLE "review_requests" ALTER COLUMN "collection" SET DATA TYPE "public"."enum_review_requests_collection" USING "collection"::"public"."enum_review_requests_collection";
  DROP INDEX "payload_locked_documents_rels_volunteer_opportunities_id_idx";
  DROP INDEX "payload_locked_documents_rels_outreach_materials_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "volunteer_opportunities_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "outreach_materials_id";
  DROP TYPE "public"."enum_volunteer_opportunities_audiences";
  DROP TYPE "public"."enum_volunteer_opportunities_content_warnings";
  DROP TYPE "public"."enum_volunteer_opportunities_workplace";
  DROP TYPE "public"."enum_volunteer_opportunities_status";
  DROP TYPE "public"."enum__volunteer_opportunities_v_version_audiences";
  DROP TYPE "public"."enum__volunteer_opportunities_v_version_content_warnings";
  DROP TYPE "public"."enum__volunteer_opportunities_v_version_workplace";
  DROP TYPE "public"."enum__volunteer_opportunities_v_version_status";
  DROP TYPE "public"."enum__volunteer_opportunities_v_published_locale";
  DROP TYPE "public"."enum_outreach_materials_audiences";
  DROP TYPE "public"."enum_outreach_materials_content_warnings";
  DROP TYPE "public"."enum_outreach_materials_kind";
  DROP TYPE "public"."enum_outreach_materials_status";
  DROP TYPE "public"."enum__outreach_materials_v_version_audiences";
  DROP TYPE "public"."enum__outreach_materials_v_version_content_warnings";
  DROP TYPE "public"."enum__outreach_materials_v_version_kind";
  DROP TYPE "public"."enum__outreach_materials_v_version_status";
  DROP TYPE "public"."enum__outreach_materials_v_published_locale";`)
}
