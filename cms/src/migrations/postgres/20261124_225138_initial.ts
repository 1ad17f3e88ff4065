import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."_locales" AS ENUM('en', 'es', 'fr', 'ar', 'th');
  CREATE TYPE "public"."enum_guides_audiences" AS ENUM('survivors', 'workers', 'volunteers', 'educators', 'faith-groups', 'students', 'employers', 'service-providers', 'general-public');
  CREATE TYPE "public"."enum_guides_content_warnings" AS ENUM('sexual-violence', 'physical-violence', 'child-exploitation', 'self-harm', 'substance-use', 'coercion-and-threats', 'racism-and-xenophobia');
  CREATE TYPE "public"."enum_guides_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__guides_v_version_audiences" AS ENUM('survivors', 'workers', 'volunteers', 'educators', 'faith-groups', 'students', 'employers', 'service-providers', 'general-public');
  CREATE TYPE "public"."enum__guides_v_version_content_warnings" AS ENUM('sexual-violence', 'physical-violence', 'child-exploitation', 'self-harm', 'substance-use', 'coercion-and-threats', 'racism-and-xenophobia');
  CREATE TYPE "public"."enum__guides_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__guides_v_published_locale" AS ENUM('en', 'es', 'fr', 'ar', 'th');
  CREATE TYPE "public"."enum_screening_kits_audiences" AS ENUM('survivors', 'workers', 'volunteers', 'educators', 'faith-groups', 'students', 'employers', 'service-providers', 'general-public');
  CREATE TYPE "public"."enum_screening_kits_content_warnings" AS ENUM('sexual-violence', 'physical-violence', 'child-exploitation', 'self-harm', 'substance-use', 'coercion-and-threats', 'racism-and-xenophobia');
  CREATE TYPE "public"."enum_screening_kits_timeline_phase" AS ENUM('weeks-before', 'week-before', 'day-of', 'after');
  CREATE TYPE "public"."enum_screening_kits_film_age_guidance" AS ENUM('all-ages', '12-plus', '15-plus', '16-plus', '18-plus');
  CREATE TYPE "public"."enum_screening_kits_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__screening_kits_v_version_audiences" AS ENUM('survivors', 'workers', 'volunteers', 'educators', 'faith-groups', 'students', 'employers', 'service-providers', 'general-public');
  CREATE TYPE "public"."enum__screening_kits_v_version_content_warnings" AS ENUM('sexual-violence', 'physical-violence', 'child-exploitation', 'self-harm', 'substance-use', 'coercion-and-threats', 'racism-and-xenophobia');
  CREATE TYPE "public"."enum__screening_kits_v_version_timeline_phase" AS ENUM('weeks-before', 'week-before', 'day-of', 'after');
  CREATE TYPE "public"."enum__screening_kits_v_version_film_age_guidance" AS ENUM('all-ages', '12-plus', '15-plus', '16-plus', '18-plus');
  CREATE TYPE "public"."enum__screening_kits_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__screening_kits_v_published_locale" AS ENUM('en', 'es', 'fr', 'ar', 'th');
  CREATE TYPE "public"."enum_panel_question_sets_audiences" AS ENUM('survivors', 'workers', 'volunteers', 'educators', 'faith-groups', 'students', 'employers', 'service-providers', 'general-public');
  CREATE TYPE "public"."enum_panel_question_sets_content_warnings" AS ENUM('sexual-violence', 'physical-violence', 'child-exploitation', 'self-harm', 'substance-use', 'coercion-and-threats', 'racism-and-xenophobia');
  CREATE TYPE "public"."enum_panel_question_sets_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__panel_question_sets_v_version_audiences" AS ENUM('survivors', 'workers', 'volunteers', 'educators', 'faith-groups', 'students', 'employers', 'service-providers', 'general-public');
  CREATE TYPE "public"."enum__panel_question_sets_v_version_content_warnings" AS ENUM('sexual-violence', 'physical-violence', 'child-exploitation', 'self-harm', 'substance-use', 'coercion-and-threats', 'racism-and-xenophobia');
  CREATE TYPE "public"."enum__panel_question_sets_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__panel_question_sets_v_published_locale" AS ENUM('en', 'es', 'fr', 'ar', 'th');
  CREATE TYPE "public"."enum_donation_lists_audiences" AS ENUM('survivors', 'workers', 'volunteers', 'educators', 'faith-groups', 'students', 'employers', 'service-providers', 'general-public');
  CREATE TYPE "public"."enum_donation_lists_content_warnings" AS ENUM('sexual-violence', 'physical-violence', 'child-exploitation', 'self-harm', 'substance-use', 'coercion-and-threats', 'racism-and-xenophobia');
  CREATE TYPE "public"."enum_donation_lists_items_category" AS ENUM('food', 'hygiene', 'clothing', 'baby', 'household', 'school', 'medical', 'phone-and-transport', 'gift-cards', 'other');
  CREATE TYPE "public"."enum_donation_lists_items_priority" AS ENUM('urgent', 'high', 'normal');
  CREATE TYPE "public"."enum_donation_lists_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__donation_lists_v_version_audiences" AS ENUM('survivors', 'workers', 'volunteers', 'educators', 'faith-groups', 'students', 'employers', 'service-providers', 'general-public');
  CREATE TYPE "public"."enum__donation_lists_v_version_content_warnings" AS ENUM('sexual-violence', 'physical-violence', 'child-exploitation', 'self-harm', 'substance-use', 'coercion-and-threats', 'racism-and-xenophobia');
  CREATE TYPE "public"."enum__donation_lists_v_version_items_category" AS ENUM('food', 'hygiene', 'clothing', 'baby', 'household', 'school', 'medical', 'phone-and-transport', 'gift-cards', 'other');
  CREATE TYPE "public"."enum__donation_lists_v_version_items_priority" AS ENUM('urgent', 'high', 'normal');
  CREATE TYPE "public"."enum__donation_lists_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__donation_lists_v_published_locale" AS ENUM('en', 'es', 'fr', 'ar', 'th');
  CREATE TYPE "public"."enum_organizations_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__organizations_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__organizations_v_published_locale" AS ENUM('en', 'es', 'fr', 'ar', 'th');
  CREATE TYPE "public"."enum_hotlines_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__hotlines_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__hotlines_v_published_locale" AS ENUM('en', 'es', 'fr', 'ar', 'th');
  CREATE TYPE "public"."enum_topics_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__topics_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__topics_v_published_locale" AS ENUM('en', 'es', 'fr', 'ar', 'th');
  CREATE TYPE "public"."enum_regions_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__regions_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__regions_v_published_locale" AS ENUM('en', 'es', 'fr', 'ar', 'th');
  CREATE TYPE "public"."enum_users_role" AS ENUM('admin', 'editor', 'translator');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'schedulePublish');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'schedulePublish');
  CREATE TABLE "guides_audiences" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_guides_audiences",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "guides_content_warnings" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_guides_content_warnings",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "guides" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"organization_id" integer,
  	"review_by" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_guides_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "guides_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "guides_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" integer,
  	"regions_id" integer,
  	"guides_id" integer,
  	"media_id" integer
  );
  
  CREATE TABLE "_guides_v_version_audiences" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__guides_v_version_audiences",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_guides_v_version_content_warnings" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__guides_v_version_content_warnings",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_guides_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_organization_id" integer,
  	"version_review_by" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__guides_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__guides_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_guides_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_guides_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" integer,
  	"regions_id" integer,
  	"guides_id" integer,
  	"media_id" integer
  );
  
  CREATE TABLE "screening_kits_audiences" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_screening_kits_audiences",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "screening_kits_content_warnings" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_screening_kits_content_warnings",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "screening_kits_film_themes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "screening_kits_film_themes_locales" (
  	"text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "screening_kits_film_where_to_watch" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"url" varchar
  );
  
  CREATE TABLE "screening_kits_film_where_to_watch_locales" (
  	"label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "screening_kits_panelist_roles" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "screening_kits_panelist_roles_locales" (
  	"role" varchar,
  	"why" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "screening_kits_timeline" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"phase" "enum_screening_kits_timeline_phase"
  );
  
  CREATE TABLE "screening_kits_timeline_locales" (
  	"task" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "screening_kits_resources_to_share" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"url" varchar
  );
  
  CREATE TABLE "screening_kits_resources_to_share_locales" (
  	"label" varchar,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "screening_kits" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"organization_id" integer,
  	"review_by" timestamp(3) with time zone,
  	"film_year" numeric,
  	"film_runtime_minutes" numeric,
  	"film_age_guidance" "enum_screening_kits_film_age_guidance",
  	"poster_id" integer,
  	"panel_question_set_id" integer,
  	"donation_list_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_screening_kits_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "screening_kits_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"film_title" varchar,
  	"film_synopsis" varchar,
  	"film_licence_note" varchar,
  	"facilitator_guide" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "screening_kits_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" integer,
  	"regions_id" integer
  );
  
  CREATE TABLE "_screening_kits_v_version_audiences" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__screening_kits_v_version_audiences",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_screening_kits_v_version_content_warnings" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__screening_kits_v_version_content_warnings",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_screening_kits_v_version_film_themes" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_screening_kits_v_version_film_themes_locales" (
  	"text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_screening_kits_v_version_film_where_to_watch" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"url" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_screening_kits_v_version_film_where_to_watch_locales" (
  	"label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_screening_kits_v_version_panelist_roles" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_screening_kits_v_version_panelist_roles_locales" (
  	"role" varchar,
  	"why" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_screening_kits_v_version_timeline" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"phase" "enum__screening_kits_v_version_timeline_phase",
  	"_uuid" varchar
  );
  
  CREATE TABLE "_screening_kits_v_version_timeline_locales" (
  	"task" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_screening_kits_v_version_resources_to_share" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"url" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_screening_kits_v_version_resources_to_share_locales" (
  	"label" varchar,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_screening_kits_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_organization_id" integer,
  	"version_review_by" timestamp(3) with time zone,
  	"version_film_year" numeric,
  	"version_film_runtime_minutes" numeric,
  	"version_film_age_guidance" "enum__screening_kits_v_version_film_age_guidance",
  	"version_poster_id" integer,
  	"version_panel_question_set_id" integer,
  	"version_donation_list_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__screening_kits_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__screening_kits_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_screening_kits_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_film_title" varchar,
  	"version_film_synopsis" varchar,
  	"version_film_licence_note" varchar,
  	"version_facilitator_guide" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_screening_kits_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" integer,
  	"regions_id" integer
  );
  
  CREATE TABLE "panel_question_sets_audiences" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_panel_question_sets_audiences",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "panel_question_sets_content_warnings" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_panel_question_sets_content_warnings",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "panel_question_sets_questions_follow_ups" (
  	"_order" integer NOT NULL,
  	"_parent_id" varchar NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "panel_question_sets_questions_follow_ups_locales" (
  	"text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "panel_question_sets_questions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "panel_question_sets_questions_locales" (
  	"question" varchar,
  	"moderator_notes" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "panel_question_sets" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"organization_id" integer,
  	"review_by" timestamp(3) with time zone,
  	"recommended_length_minutes" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_panel_question_sets_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "panel_question_sets_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"intro" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "panel_question_sets_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" integer,
  	"regions_id" integer
  );
  
  CREATE TABLE "_panel_question_sets_v_version_audiences" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__panel_question_sets_v_version_audiences",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_panel_question_sets_v_version_content_warnings" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__panel_question_sets_v_version_content_warnings",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_panel_question_sets_v_version_questions_follow_ups" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_panel_question_sets_v_version_questions_follow_ups_locales" (
  	"text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_panel_question_sets_v_version_questions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_panel_question_sets_v_version_questions_locales" (
  	"question" varchar,
  	"moderator_notes" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_panel_question_sets_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_organization_id" integer,
  	"version_review_by" timestamp(3) with time zone,
  	"version_recommended_length_minutes" numeric,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__panel_question_sets_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__panel_question_sets_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_panel_question_sets_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_intro" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_panel_question_sets_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" integer,
  	"regions_id" integer
  );
  
  CREATE TABLE "donation_lists_audiences" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_donation_lists_audiences",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "donation_lists_content_warnings" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_donation_lists_content_warnings",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "donation_lists_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"category" "enum_donation_lists_items_category",
  	"priority" "enum_donation_lists_items_priority" DEFAULT 'normal'
  );
  
  CREATE TABLE "donation_lists_items_locales" (
  	"name" varchar,
  	"notes" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "donation_lists_monetary_funds" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"url" varchar
  );
  
  CREATE TABLE "donation_lists_monetary_funds_locales" (
  	"label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "donation_lists" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"organization_id" integer,
  	"review_by" timestamp(3) with time zone,
  	"last_verified" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_donation_lists_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "donation_lists_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"how_to_donate" varchar,
  	"drop_off" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "donation_lists_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" integer,
  	"regions_id" integer
  );
  
  CREATE TABLE "_donation_lists_v_version_audiences" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__donation_lists_v_version_audiences",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_donation_lists_v_version_content_warnings" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__donation_lists_v_version_content_warnings",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_donation_lists_v_version_items" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"category" "enum__donation_lists_v_version_items_category",
  	"priority" "enum__donation_lists_v_version_items_priority" DEFAULT 'normal',
  	"_uuid" varchar
  );
  
  CREATE TABLE "_donation_lists_v_version_items_locales" (
  	"name" varchar,
  	"notes" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_donation_lists_v_version_monetary_funds" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"url" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_donation_lists_v_version_monetary_funds_locales" (
  	"label" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_donation_lists_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_organization_id" integer,
  	"version_review_by" timestamp(3) with time zone,
  	"version_last_verified" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__donation_lists_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__donation_lists_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_donation_lists_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_how_to_donate" varchar,
  	"version_drop_off" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_donation_lists_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" integer,
  	"regions_id" integer
  );
  
  CREATE TABLE "organizations_services" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "organizations_services_locales" (
  	"text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "organizations_projects" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "organizations_projects_locales" (
  	"name" varchar,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "organizations_languages_served" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"code" varchar
  );
  
  CREATE TABLE "organizations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"review_by" timestamp(3) with time zone,
  	"country" varchar,
  	"founded" numeric,
  	"website" varchar,
  	"public_contact_email" varchar,
  	"public_contact_phone" varchar,
  	"logo_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_organizations_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "organizations_locales" (
  	"name" varchar,
  	"mission" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_organizations_v_version_services" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_organizations_v_version_services_locales" (
  	"text" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_organizations_v_version_projects" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_organizations_v_version_projects_locales" (
  	"name" varchar,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_organizations_v_version_languages_served" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_organizations_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_review_by" timestamp(3) with time zone,
  	"version_country" varchar,
  	"version_founded" numeric,
  	"version_website" varchar,
  	"version_public_contact_email" varchar,
  	"version_public_contact_phone" varchar,
  	"version_logo_id" integer,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__organizations_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__organizations_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_organizations_v_locales" (
  	"version_name" varchar,
  	"version_mission" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "hotlines_languages" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"code" varchar
  );
  
  CREATE TABLE "hotlines" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"review_by" timestamp(3) with time zone,
  	"phone" varchar,
  	"sms" varchar,
  	"website" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_hotlines_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "hotlines_locales" (
  	"name" varchar,
  	"description" varchar,
  	"hours" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "hotlines_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"regions_id" integer
  );
  
  CREATE TABLE "_hotlines_v_version_languages" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"code" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_hotlines_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_review_by" timestamp(3) with time zone,
  	"version_phone" varchar,
  	"version_sms" varchar,
  	"version_website" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__hotlines_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__hotlines_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_hotlines_v_locales" (
  	"version_name" varchar,
  	"version_description" varchar,
  	"version_hours" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_hotlines_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"regions_id" integer
  );
  
  CREATE TABLE "topics" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_topics_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "topics_locales" (
  	"name" varchar,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_topics_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__topics_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__topics_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_topics_v_locales" (
  	"version_name" varchar,
  	"version_description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "regions" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_regions_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "regions_locales" (
  	"name" varchar,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_regions_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_slug" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__regions_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__regions_v_published_locale",
  	"latest" boolean,
  	"autosave" boolean
  );
  
  CREATE TABLE "_regions_v_locales" (
  	"version_name" varchar,
  	"version_description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"credit" varchar,
  	"shows_people" boolean DEFAULT false,
  	"consent_recorded" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar,
  	"sizes_card_url" varchar,
  	"sizes_card_width" numeric,
  	"sizes_card_height" numeric,
  	"sizes_card_mime_type" varchar,
  	"sizes_card_filesize" numeric,
  	"sizes_card_filename" varchar,
  	"sizes_content_url" varchar,
  	"sizes_content_width" numeric,
  	"sizes_content_height" numeric,
  	"sizes_content_mime_type" varchar,
  	"sizes_content_filesize" numeric,
  	"sizes_content_filename" varchar,
  	"sizes_poster_url" varchar,
  	"sizes_poster_width" numeric,
  	"sizes_poster_height" numeric,
  	"sizes_poster_mime_type" varchar,
  	"sizes_poster_filesize" numeric,
  	"sizes_poster_filename" varchar
  );
  
  CREATE TABLE "media_locales" (
  	"alt" varchar NOT NULL,
  	"caption" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"role" "enum_users_role" DEFAULT 'editor' NOT NULL,
  	"organization_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"guides_id" integer,
  	"screening_kits_id" integer,
  	"panel_question_sets_id" integer,
  	"donation_lists_id" integer,
  	"organizations_id" integer,
  	"hotlines_id" integer,
  	"topics_id" integer,
  	"regions_id" integer,
  	"media_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "guides_audiences" ADD CONSTRAINT "guides_audiences_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."guides"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "guides_content_warnings" ADD CONSTRAINT "guides_content_warnings_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."guides"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "guides" ADD CONSTRAINT "guides_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "guides_locales" ADD CONSTRAINT "guides_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."guides"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "guides_rels" ADD CONSTRAINT "guides_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."guides"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "guides_rels" ADD CONSTRAINT "guides_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "guides_rels" ADD CONSTRAINT "guides_rels_regions_fk" FOREIGN KEY ("regions_id") REFERENCES "public"."regions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "guides_rels" ADD CONSTRAINT "guides_rels_guides_fk" FOREIGN KEY ("guides_id") REFERENCES "public"."guides"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "guides_rels" ADD CONSTRAINT "guides_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_guides_v_version_audiences" ADD CONSTRAINT "_guides_v_version_audiences_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_guides_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_guides_v_version_content_warnings" ADD CONSTRAINT "_guides_v_version_content_warnings_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_guides_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_guides_v" ADD CONSTRAINT "_guides_v_parent_id_guides_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."guides"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_guides_v" ADD CONSTRAINT "_guides_v_version_organization_id_organizations_id_fk" FOREIGN KEY ("version_organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_guides_v_locales" ADD CONSTRAINT "_guides_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_guides_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_guides_v_rels" ADD CONSTRAINT "_guides_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_guides_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_guides_v_rels" ADD CONSTRAINT "_guides_v_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_guides_v_rels" ADD CONSTRAINT "_guides_v_rels_regions_fk" FOREIGN KEY ("regions_id") REFERENCES "public"."regions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_guides_v_rels" ADD CONSTRAINT "_guides_v_rels_guides_fk" FOREIGN KEY ("guides_id") REFERENCES "public"."guides"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_guides_v_rels" ADD CONSTRAINT "_guides_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "screening_kits_audiences" ADD CONSTRAINT "screening_kits_audiences_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."screening_kits"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "screening_kits_content_warnings" ADD CONSTRAINT "screening_kits_content_warnings_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."screening_kits"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "screening_kits_film_themes" ADD CONSTRAINT "screening_kits_film_themes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."screening_kits"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "screening_kits_film_themes_locales" ADD CONSTRAINT "screening_kits_film_themes_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."screening_kits_film_themes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "screening_kits_film_where_to_watch" ADD CONSTRAINT "screening_kits_film_where_to_watch_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."screening_kits"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "screening_kits_film_where_to_watch_locales" ADD CONSTRAINT "screening_kits_film_where_to_watch_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."screening_kits_film_where_to_watch"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "screening_kits_panelist_roles" ADD CONSTRAINT "screening_kits_panelist_roles_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."screening_kits"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "screening_kits_panelist_roles_locales" ADD CONSTRAINT "screening_kits_panelist_roles_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."screening_kits_panelist_roles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "screening_kits_timeline" ADD CONSTRAINT "screening_kits_timeline_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."screening_kits"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "screening_kits_timeline_locales" ADD CONSTRAINT "screening_kits_timeline_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."screening_kits_timeline"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "screening_kits_resources_to_share" ADD CONSTRAINT "screening_kits_resources_to_share_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."screening_kits"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "screening_kits_resources_to_share_locales" ADD CONSTRAINT "screening_kits_resources_to_share_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."screening_kits_resources_to_share"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "screening_kits" ADD CONSTRAINT "screening_kits_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "screening_kits" ADD CONSTRAINT "screening_kits_poster_id_media_id_fk" FOREIGN KEY ("poster_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "screening_kits" ADD CONSTRAINT "screening_kits_panel_question_set_id_panel_question_sets_id_fk" FOREIGN KEY ("panel_question_set_id") REFERENCES "public"."panel_question_sets"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "screening_kits" ADD CONSTRAINT "screening_kits_donation_list_id_donation_lists_id_fk" FOREIGN KEY ("donation_list_id") REFERENCES "public"."donation_lists"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "screening_kits_locales" ADD CONSTRAINT "screening_kits_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."screening_kits"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "screening_kits_rels" ADD CONSTRAINT "screening_kits_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."screening_kits"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "screening_kits_rels" ADD CONSTRAINT "screening_kits_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "screening_kits_rels" ADD CONSTRAINT "screening_kits_rels_regions_fk" FOREIGN KEY ("regions_id") REFERENCES "public"."regions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_screening_kits_v_version_audiences" ADD CONSTRAINT "_screening_kits_v_version_audiences_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_screening_kits_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_screening_kits_v_version_content_warnings" ADD CONSTRAINT "_screening_kits_v_version_content_warnings_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_screening_kits_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_screening_kits_v_version_film_themes" ADD CONSTRAINT "_screening_kits_v_version_film_themes_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_screening_kits_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_screening_kits_v_version_film_themes_locales" ADD CONSTRAINT "_screening_kits_v_version_film_themes_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_screening_kits_v_version_film_themes"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_screening_kits_v_version_film_where_to_watch" ADD CONSTRAINT "_screening_kits_v_version_film_where_to_watch_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_screening_kits_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_screening_kits_v_version_film_where_to_watch_locales" ADD CONSTRAINT "_screening_kits_v_version_film_where_to_watch_locales_par_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_screening_kits_v_version_film_where_to_watch"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_screening_kits_v_version_panelist_roles" ADD CONSTRAINT "_screening_kits_v_version_panelist_roles_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_screening_kits_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_screening_kits_v_version_panelist_roles_locales" ADD CONSTRAINT "_screening_kits_v_version_panelist_roles_locales_parent_i_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_screening_kits_v_version_panelist_roles"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_screening_kits_v_version_timeline" ADD CONSTRAINT "_screening_kits_v_version_timeline_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_screening_kits_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_screening_kits_v_version_timeline_locales" ADD CONSTRAINT "_screening_kits_v_version_timeline_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_screening_kits_v_version_timeline"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_screening_kits_v_version_resources_to_share" ADD CONSTRAINT "_screening_kits_v_version_resources_to_share_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_screening_kits_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_screening_kits_v_version_resources_to_share_locales" ADD CONSTRAINT "_screening_kits_v_version_resources_to_share_locales_pare_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_screening_kits_v_version_resources_to_share"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_screening_kits_v" ADD CONSTRAINT "_screening_kits_v_parent_id_screening_kits_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."screening_kits"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_screening_kits_v" ADD CONSTRAINT "_screening_kits_v_version_organization_id_organizations_id_fk" FOREIGN KEY ("version_organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_screening_kits_v" ADD CONSTRAINT "_screening_kits_v_version_poster_id_media_id_fk" FOREIGN KEY ("version_poster_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_screening_kits_v" ADD CONSTRAINT "_screening_kits_v_version_panel_question_set_id_panel_question_sets_id_fk" FOREIGN KEY ("version_panel_question_set_id") REFERENCES "public"."panel_question_sets"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_screening_kits_v" ADD CONSTRAINT "_screening_kits_v_version_donation_list_id_donation_lists_id_fk" FOREIGN KEY ("version_donation_list_id") REFERENCES "public"."donation_lists"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_screening_kits_v_locales" ADD CONSTRAINT "_screening_kits_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_screening_kits_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_screening_kits_v_rels" ADD CONSTRAINT "_screening_kits_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_screening_kits_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_screening_kits_v_rels" ADD CONSTRAINT "_screening_kits_v_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_screening_kits_v_rels" ADD CONSTRAINT "_screening_kits_v_rels_regions_fk" FOREIGN KEY ("regions_id") REFERENCES "public"."regions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "panel_question_sets_audiences" ADD CONSTRAINT "panel_question_sets_audiences_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."panel_question_sets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "panel_question_sets_content_warnings" ADD CONSTRAINT "panel_question_sets_content_warnings_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."panel_question_sets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "panel_question_sets_questions_follow_ups" ADD CONSTRAINT "panel_question_sets_questions_follow_ups_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."panel_question_sets_questions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "panel_question_sets_questions_follow_ups_locales" ADD CONSTRAINT "panel_question_sets_questions_follow_ups_locales_parent_i_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."panel_question_sets_questions_follow_ups"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "panel_question_sets_questions" ADD CONSTRAINT "panel_question_sets_questions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."panel_question_sets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "panel_question_sets_questions_locales" ADD CONSTRAINT "panel_question_sets_questions_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."panel_question_sets_questions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "panel_question_sets" ADD CONSTRAINT "panel_question_sets_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "panel_question_sets_locales" ADD CONSTRAINT "panel_question_sets_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."panel_question_sets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "panel_question_sets_rels" ADD CONSTRAINT "panel_question_sets_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."panel_question_sets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "panel_question_sets_rels" ADD CONSTRAINT "panel_question_sets_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "panel_question_sets_rels" ADD CONSTRAINT "panel_question_sets_rels_regions_fk" FOREIGN KEY ("regions_id") REFERENCES "public"."regions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_panel_question_sets_v_version_audiences" ADD CONSTRAINT "_panel_question_sets_v_version_audiences_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_panel_question_sets_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_panel_question_sets_v_version_content_warnings" ADD CONSTRAINT "_panel_question_sets_v_version_content_warnings_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_panel_question_sets_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_panel_question_sets_v_version_questions_follow_ups" ADD CONSTRAINT "_panel_question_sets_v_version_questions_follow_ups_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_panel_question_sets_v_version_questions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_panel_question_sets_v_version_questions_follow_ups_locales" ADD CONSTRAINT "_panel_question_sets_v_version_questions_follow_ups_local_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_panel_question_sets_v_version_questions_follow_ups"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_panel_question_sets_v_version_questions" ADD CONSTRAINT "_panel_question_sets_v_version_questions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_panel_question_sets_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_panel_question_sets_v_version_questions_locales" ADD CONSTRAINT "_panel_question_sets_v_version_questions_locales_parent_i_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_panel_question_sets_v_version_questions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_panel_question_sets_v" ADD CONSTRAINT "_panel_question_sets_v_parent_id_panel_question_sets_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."panel_question_sets"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_panel_question_sets_v" ADD CONSTRAINT "_panel_question_sets_v_version_organization_id_organizations_id_fk" FOREIGN KEY ("version_organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_panel_question_sets_v_locales" ADD CONSTRAINT "_panel_question_sets_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_panel_question_sets_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_panel_question_sets_v_rels" ADD CONSTRAINT "_panel_question_sets_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_panel_question_sets_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_panel_question_sets_v_rels" ADD CONSTRAINT "_panel_question_sets_v_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_panel_question_sets_v_rels" ADD CONSTRAINT "_panel_question_sets_v_rels_regions_fk" FOREIGN KEY ("regions_id") REFERENCES "public"."regions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "donation_lists_audiences" ADD CONSTRAINT "donation_lists_audiences_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."donation_lists"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "donation_lists_content_warnings" ADD CONSTRAINT "donation_lists_content_warnings_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."donation_lists"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "donation_lists_items" ADD CONSTRAINT "donation_lists_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."donation_lists"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "donation_lists_items_locales" ADD CONSTRAINT "donation_lists_items_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."donation_lists_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "donation_lists_monetary_funds" ADD CONSTRAINT "donation_lists_monetary_funds_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."donation_lists"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "donation_lists_monetary_funds_locales" ADD CONSTRAINT "donation_lists_monetary_funds_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."donation_lists_monetary_funds"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "donation_lists" ADD CONSTRAINT "donation_lists_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "donation_lists_locales" ADD CONSTRAINT "donation_lists_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."donation_lists"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "donation_lists_rels" ADD CONSTRAINT "donation_lists_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."donation_lists"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "donation_lists_rels" ADD CONSTRAINT "donation_lists_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "donation_lists_rels" ADD CONSTRAINT "donation_lists_rels_regions_fk" FOREIGN KEY ("regions_id") REFERENCES "public"."regions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_donation_lists_v_version_audiences" ADD CONSTRAINT "_donation_lists_v_version_audiences_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_donation_lists_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_donation_lists_v_version_content_warnings" ADD CONSTRAINT "_donation_lists_v_version_content_warnings_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_donation_lists_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_donation_lists_v_version_items" ADD CONSTRAINT "_donation_lists_v_version_items_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_donation_lists_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_donation_lists_v_version_items_locales" ADD CONSTRAINT "_donation_lists_v_version_items_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_donation_lists_v_version_items"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_donation_lists_v_version_monetary_funds" ADD CONSTRAINT "_donation_lists_v_version_monetary_funds_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_donation_lists_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_donation_lists_v_version_monetary_funds_locales" ADD CONSTRAINT "_donation_lists_v_version_monetary_funds_locales_parent_i_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_donation_lists_v_version_monetary_funds"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_donation_lists_v" ADD CONSTRAINT "_donation_lists_v_parent_id_donation_lists_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."donation_lists"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_donation_lists_v" ADD CONSTRAINT "_donation_lists_v_version_organization_id_organizations_id_fk" FOREIGN KEY ("version_organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_donation_lists_v_locales" ADD CONSTRAINT "_donation_lists_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_donation_lists_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_donation_lists_v_rels" ADD CONSTRAINT "_donation_lists_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_donation_lists_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_donation_lists_v_rels" ADD CONSTRAINT "_donation_lists_v_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_donation_lists_v_rels" ADD CONSTRAINT "_donation_lists_v_rels_regions_fk" FOREIGN KEY ("regions_id") REFERENCES "public"."regions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "organizations_services" ADD CONSTRAINT "organizations_services_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "organizations_services_locales" ADD CONSTRAINT "organizations_services_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."organizations_services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "organizations_projects" ADD CONSTRAINT "organizations_projects_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "organizations_projects_locales" ADD CONSTRAINT "organizations_projects_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."organizations_projects"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "organizations_languages_served" ADD CONSTRAINT "organizations_languages_served_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "organizations" ADD CONSTRAINT "organizations_logo_id_media_id_fk" FOREIGN KEY ("logo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "organizations_locales" ADD CONSTRAINT "organizations_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_organizations_v_version_services" ADD CONSTRAINT "_organizations_v_version_services_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_organizations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_organizations_v_version_services_locales" ADD CONSTRAINT "_organizations_v_version_services_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_organizations_v_version_services"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_organizations_v_version_projects" ADD CONSTRAINT "_organizations_v_version_projects_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_organizations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_organizations_v_version_projects_locales" ADD CONSTRAINT "_organizations_v_version_projects_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_organizations_v_version_projects"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_organizations_v_version_languages_served" ADD CONSTRAINT "_organizations_v_version_languages_served_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_organizations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_organizations_v" ADD CONSTRAINT "_organizations_v_parent_id_organizations_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_organizations_v" ADD CONSTRAINT "_organizations_v_version_logo_id_media_id_fk" FOREIGN KEY ("version_logo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_organizations_v_locales" ADD CONSTRAINT "_organizations_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_organizations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "hotlines_languages" ADD CONSTRAINT "hotlines_languages_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."hotlines"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "hotlines_locales" ADD CONSTRAINT "hotlines_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."hotlines"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "hotlines_rels" ADD CONSTRAINT "hotlines_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."hotlines"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "hotlines_rels" ADD CONSTRAINT "hotlines_rels_regions_fk" FOREIGN KEY ("regions_id") REFERENCES "public"."regions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_hotlines_v_version_languages" ADD CONSTRAINT "_hotlines_v_version_languages_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_hotlines_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_hotlines_v" ADD CONSTRAINT "_hotlines_v_parent_id_hotlines_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."hotlines"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_hotlines_v_locales" ADD CONSTRAINT "_hotlines_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_hotlines_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_hotlines_v_rels" ADD CONSTRAINT "_hotlines_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_hotlines_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_hotlines_v_rels" ADD CONSTRAINT "_hotlines_v_rels_regions_fk" FOREIGN KEY ("regions_id") REFERENCES "public"."regions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "topics_locales" ADD CONSTRAINT "topics_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_topics_v" ADD CONSTRAINT "_topics_v_parent_id_topics_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."topics"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_topics_v_locales" ADD CONSTRAINT "_topics_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_topics_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "regions_locales" ADD CONSTRAINT "regions_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."regions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_regions_v" ADD CONSTRAINT "_regions_v_parent_id_regions_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."regions"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_regions_v_locales" ADD CONSTRAINT "_regions_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_regions_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media_locales" ADD CONSTRAINT "media_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users" ADD CONSTRAINT "users_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_guides_fk" FOREIGN KEY ("guides_id") REFERENCES "public"."guides"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_screening_kits_fk" FOREIGN KEY ("screening_kits_id") REFERENCES "public"."screening_kits"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_panel_question_sets_fk" FOREIGN KEY ("panel_question_sets_id") REFERENCES "public"."panel_question_sets"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_donation_lists_fk" FOREIGN KEY ("donation_lists_id") REFERENCES "public"."donation_lists"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_organizations_fk" FOREIGN KEY ("organizations_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_hotlines_fk" FOREIGN KEY ("hotlines_id") REFERENCES "public"."hotlines"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_regions_fk" FOREIGN KEY ("regions_id") REFERENCES "public"."regions"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "guides_audiences_order_idx" ON "guides_audiences" USING btree ("order");
  CREATE INDEX "guides_audiences_parent_idx" ON "guides_audiences" USING btree ("parent_id");
  CREATE INDEX "guides_content_warnings_order_idx" ON "guides_content_warnings" USING btree ("order");
  CREATE INDEX "guides_content_warnings_parent_idx" ON "guides_content_warnings" USING btree ("parent_id");
  CREATE UNIQUE INDEX "guides_slug_idx" ON "guides" USING btree ("slug");
  CREATE INDEX "guides_organization_idx" ON "guides" USING btree ("organization_id");
  CREATE INDEX "guides_updated_at_idx" ON "guides" USING btree ("updated_at");
  CREATE INDEX "guides_created_at_idx" ON "guides" USING btree ("created_at");
  CREATE INDEX "guides__status_idx" ON "guides" USING btree ("_status");
  CREATE UNIQUE INDEX "guides_locales_locale_parent_id_unique" ON "guides_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "guides_rels_order_idx" ON "guides_rels" USING btree ("order");
  CREATE INDEX "guides_rels_parent_idx" ON "guides_rels" USING btree ("parent_id");
  CREATE INDEX "guides_rels_path_idx" ON "guides_rels" USING btree ("path");
  CREATE INDEX "guides_rels_topics_id_idx" ON "guides_rels" USING btree ("topics_id");
  CREATE INDEX "guides_rels_regions_id_idx" ON "guides_rels" USING btree ("regions_id");
  CREATE INDEX "guides_rels_guides_id_idx" ON "guides_rels" USING btree ("guides_id");
  CREATE INDEX "guides_rels_media_id_idx" ON "guides_rels" USING btree ("media_id");
  CREATE INDEX "_guides_v_version_audiences_order_idx" ON "_guides_v_version_audiences" USING btree ("order");
  CREATE INDEX "_guides_v_version_audiences_parent_idx" ON "_guides_v_version_audiences" USING btree ("parent_id");
  CREATE INDEX "_guides_v_version_content_warnings_order_idx" ON "_guides_v_version_content_warnings" USING btree ("order");
  CREATE INDEX "_guides_v_version_content_warnings_parent_idx" ON "_guides_v_version_content_warnings" USING btree ("parent_id");
  CREATE INDEX "_guides_v_parent_idx" ON "_guides_v" USING btree ("parent_id");
  CREATE INDEX "_guides_v_version_version_slug_idx" ON "_guides_v" USING btree ("version_slug");
  CREATE INDEX "_guides_v_version_version_organization_idx" ON "_guides_v" USING btree ("version_organization_id");
  CREATE INDEX "_guides_v_version_version_updated_at_idx" ON "_guides_v" USING btree ("version_updated_at");
  CREATE INDEX "_guides_v_version_version_created_at_idx" ON "_guides_v" USING btree ("version_created_at");
  CREATE INDEX "_guides_v_version_version__status_idx" ON "_guides_v" USING btree ("version__status");
  CREATE INDEX "_guides_v_created_at_idx" ON "_guides_v" USING btree ("created_at");
  CREATE INDEX "_guides_v_updated_at_idx" ON "_guides_v" USING btree ("updated_at");
  CREATE INDEX "_guides_v_snapshot_idx" ON "_guides_v" USING btree ("snapshot");
  CREATE INDEX "_guides_v_published_locale_idx" ON "_guides_v" USING btree ("published_locale");
  CREATE INDEX "_guides_v_latest_idx" ON "_guides_v" USING btree ("latest");
  CREATE INDEX "_guides_v_autosave_idx" ON "_guides_v" USING btree ("autosave");
  CREATE UNIQUE INDEX "_guides_v_locales_locale_parent_id_unique" ON "_guides_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_guides_v_rels_order_idx" ON "_guides_v_rels" USING btree ("order");
  CREATE INDEX "_guides_v_rels_parent_idx" ON "_guides_v_rels" USING btree ("parent_id");
  CREATE INDEX "_guides_v_rels_path_idx" ON "_guides_v_rels" USING btree ("path");
  CREATE INDEX "_guides_v_rels_topics_id_idx" ON "_guides_v_rels" USING btree ("topics_id");
  CREATE INDEX "_guides_v_rels_regions_id_idx" ON "_guides_v_rels" USING btree ("regions_id");
  CREATE INDEX "_guides_v_rels_guides_id_idx" ON "_guides_v_rels" USING btree ("guides_id");
  CREATE INDEX "_guides_v_rels_media_id_idx" ON "_guides_v_rels" USING btree ("media_id");
  CREATE INDEX "screening_kits_audiences_order_idx" ON "screening_kits_audiences" USING btree ("order");
  CREATE INDEX "screening_kits_audiences_parent_idx" ON "screening_kits_audiences" USING btree ("parent_id");
  CREATE INDEX "screening_kits_content_warnings_order_idx" ON "screening_kits_content_warnings" USING btree ("order");
  CREATE INDEX "screening_kits_content_warnings_parent_idx" ON "screening_kits_content_warnings" USING btree ("parent_id");
  CREATE INDEX "screening_kits_film_themes_order_idx" ON "screening_kits_film_themes" USING btree ("_order");
  CREATE INDEX "screening_kits_film_themes_parent_id_idx" ON "screening_kits_film_themes" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "screening_kits_film_themes_locales_locale_parent_id_unique" ON "screening_kits_film_themes_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "screening_kits_film_where_to_watch_order_idx" ON "screening_kits_film_where_to_watch" USING btree ("_order");
  CREATE INDEX "screening_kits_film_where_to_watch_parent_id_idx" ON "screening_kits_film_where_to_watch" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "screening_kits_film_where_to_watch_locales_locale_parent_id_" ON "screening_kits_film_where_to_watch_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "screening_kits_panelist_roles_order_idx" ON "screening_kits_panelist_roles" USING btree ("_order");
  CREATE INDEX "screening_kits_panelist_roles_parent_id_idx" ON "screening_kits_panelist_roles" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "screening_kits_panelist_roles_locales_locale_parent_id_uniqu" ON "screening_kits_panelist_roles_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "screening_kits_timeline_order_idx" ON "screening_kits_timeline" USING btree ("_order");
  CREATE INDEX "screening_kits_timeline_parent_id_idx" ON "screening_kits_timeline" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "screening_kits_timeline_locales_locale_parent_id_unique" ON "screening_kits_timeline_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "screening_kits_resources_to_share_order_idx" ON "screening_kits_resources_to_share" USING btree ("_order");
  CREATE INDEX "screening_kits_resources_to_share_parent_id_idx" ON "screening_kits_resources_to_share" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "screening_kits_resources_to_share_locales_locale_parent_id_u" ON "screening_kits_resources_to_share_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "screening_kits_slug_idx" ON "screening_kits" USING btree ("slug");
  CREATE INDEX "screening_kits_organization_idx" ON "screening_kits" USING btree ("organization_id");
  CREATE INDEX "screening_kits_poster_idx" ON "screening_kits" USING btree ("poster_id");
  CREATE INDEX "screening_kits_panel_question_set_idx" ON "screening_kits" USING btree ("panel_question_set_id");
  CREATE INDEX "screening_kits_donation_list_idx" ON "screening_kits" USING btree ("donation_list_id");
  CREATE INDEX "screening_kits_updated_at_idx" ON "screening_kits" USING btree ("updated_at");
  CREATE INDEX "screening_kits_created_at_idx" ON "screening_kits" USING btree ("created_at");
  CREATE INDEX "screening_kits__status_idx" ON "screening_kits" USING btree ("_status");
  CREATE UNIQUE INDEX "screening_kits_locales_locale_parent_id_unique" ON "screening_kits_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "screening_kits_rels_order_idx" ON "screening_kits_rels" USING btree ("order");
  CREATE INDEX "screening_kits_rels_parent_idx" ON "screening_kits_rels" USING btree ("parent_id");
  CREATE INDEX "screening_kits_rels_path_idx" ON "screening_kits_rels" USING btree ("path");
  CREATE INDEX "screening_kits_rels_topics_id_idx" ON "screening_kits_rels" USING btree ("topics_id");
  CREATE INDEX "screening_kits_rels_regions_id_idx" ON "screening_kits_rels" USING btree ("regions_id");
  CREATE INDEX "_screening_kits_v_version_audiences_order_idx" ON "_screening_kits_v_version_audiences" USING btree ("order");
  CREATE INDEX "_screening_kits_v_version_audiences_parent_idx" ON "_screening_kits_v_version_audiences" USING btree ("parent_id");
  CREATE INDEX "_screening_kits_v_version_content_warnings_order_idx" ON "_screening_kits_v_version_content_warnings" USING btree ("order");
  CREATE INDEX "_screening_kits_v_version_content_warnings_parent_idx" ON "_screening_kits_v_version_content_warnings" USING btree ("parent_id");
  CREATE INDEX "_screening_kits_v_version_film_themes_order_idx" ON "_screening_kits_v_version_film_themes" USING btree ("_order");
  CREATE INDEX "_screening_kits_v_version_film_themes_parent_id_idx" ON "_screening_kits_v_version_film_themes" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_screening_kits_v_version_film_themes_locales_locale_parent_" ON "_screening_kits_v_version_film_themes_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_screening_kits_v_version_film_where_to_watch_order_idx" ON "_screening_kits_v_version_film_where_to_watch" USING btree ("_order");
  CREATE INDEX "_screening_kits_v_version_film_where_to_watch_parent_id_idx" ON "_screening_kits_v_version_film_where_to_watch" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_screening_kits_v_version_film_where_to_watch_locales_locale" ON "_screening_kits_v_version_film_where_to_watch_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_screening_kits_v_version_panelist_roles_order_idx" ON "_screening_kits_v_version_panelist_roles" USING btree ("_order");
  CREATE INDEX "_screening_kits_v_version_panelist_roles_parent_id_idx" ON "_screening_kits_v_version_panelist_roles" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_screening_kits_v_version_panelist_roles_locales_locale_pare" ON "_screening_kits_v_version_panelist_roles_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_screening_kits_v_version_timeline_order_idx" ON "_screening_kits_v_version_timeline" USING btree ("_order");
  CREATE INDEX "_screening_kits_v_version_timeline_parent_id_idx" ON "_screening_kits_v_version_timeline" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_screening_kits_v_version_timeline_locales_locale_parent_id_" ON "_screening_kits_v_version_timeline_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_screening_kits_v_version_resources_to_share_order_idx" ON "_screening_kits_v_version_resources_to_share" USING btree ("_order");
  CREATE INDEX "_screening_kits_v_version_resources_to_share_parent_id_idx" ON "_screening_kits_v_version_resources_to_share" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_screening_kits_v_version_resources_to_share_locales_locale_" ON "_screening_kits_v_version_resources_to_share_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_screening_kits_v_parent_idx" ON "_screening_kits_v" USING btree ("parent_id");
  CREATE INDEX "_screening_kits_v_version_version_slug_idx" ON "_screening_kits_v" USING btree ("version_slug");
  CREATE INDEX "_screening_kits_v_version_version_organization_idx" ON "_screening_kits_v" USING btree ("version_organization_id");
  CREATE INDEX "_screening_kits_v_version_version_poster_idx" ON "_screening_kits_v" USING btree ("version_poster_id");
  CREATE INDEX "_screening_kits_v_version_version_panel_question_set_idx" ON "_screening_kits_v" USING btree ("version_panel_question_set_id");
  CREATE INDEX "_screening_kits_v_version_version_donation_list_idx" ON "_screening_kits_v" USING btree ("version_donation_list_id");
  CREATE INDEX "_screening_kits_v_version_version_updated_at_idx" ON "_screening_kits_v" USING btree ("version_updated_at");
  CREATE INDEX "_screening_kits_v_version_version_created_at_idx" ON "_screening_kits_v" USING btree ("version_created_at");
  CREATE INDEX "_screening_kits_v_version_version__status_idx" ON "_screening_kits_v" USING btree ("version__status");
  CREATE INDEX "_screening_kits_v_created_at_idx" ON "_screening_kits_v" USING btree ("created_at");
  CREATE INDEX "_screening_kits_v_updated_at_idx" ON "_screening_kits_v" USING btree ("updated_at");
  CREATE INDEX "_screening_kits_v_snapshot_idx" ON "_screening_kits_v" USING btree ("snapshot");
  CREATE INDEX "_screening_kits_v_published_locale_idx" ON "_screening_kits_v" USING btree ("published_locale");
  CREATE INDEX "_screening_kits_v_latest_idx" ON "_screening_kits_v" USING btree ("latest");
  CREATE INDEX "_screening_kits_v_autosave_idx" ON "_screening_kits_v" USING btree ("autosave");
  CREATE UNIQUE INDEX "_screening_kits_v_locales_locale_parent_id_unique" ON "_screening_kits_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_screening_kits_v_rels_order_idx" ON "_screening_kits_v_rels" USING btree ("order");
  CREATE INDEX "_screening_kits_v_rels_parent_idx" ON "_screening_kits_v_rels" USING btree ("parent_id");
  CREATE INDEX "_screening_kits_v_rels_path_idx" ON "_screening_kits_v_rels" USING btree ("path");
  CREATE INDEX "_screening_kits_v_rels_topics_id_idx" ON "_screening_kits_v_rels" USING btree ("topics_id");
  CREATE INDEX "_screening_kits_v_rels_regions_id_idx" ON "_screening_kits_v_rels" USING btree ("regions_id");
  CREATE INDEX "panel_question_sets_audiences_order_idx" ON "panel_question_sets_audiences" USING btree ("order");
  CREATE INDEX "panel_question_sets_audiences_parent_idx" ON "panel_question_sets_audiences" USING btree ("parent_id");
  CREATE INDEX "panel_question_sets_content_warnings_order_idx" ON "panel_question_sets_content_warnings" USING btree ("order");
  CREATE INDEX "panel_question_sets_content_warnings_parent_idx" ON "panel_question_sets_content_warnings" USING btree ("parent_id");
  CREATE INDEX "panel_question_sets_questions_follow_ups_order_idx" ON "panel_question_sets_questions_follow_ups" USING btree ("_order");
  CREATE INDEX "panel_question_sets_questions_follow_ups_parent_id_idx" ON "panel_question_sets_questions_follow_ups" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "panel_question_sets_questions_follow_ups_locales_locale_pare" ON "panel_question_sets_questions_follow_ups_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "panel_question_sets_questions_order_idx" ON "panel_question_sets_questions" USING btree ("_order");
  CREATE INDEX "panel_question_sets_questions_parent_id_idx" ON "panel_question_sets_questions" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "panel_question_sets_questions_locales_locale_parent_id_uniqu" ON "panel_question_sets_questions_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "panel_question_sets_slug_idx" ON "panel_question_sets" USING btree ("slug");
  CREATE INDEX "panel_question_sets_organization_idx" ON "panel_question_sets" USING btree ("organization_id");
  CREATE INDEX "panel_question_sets_updated_at_idx" ON "panel_question_sets" USING btree ("updated_at");
  CREATE INDEX "panel_question_sets_created_at_idx" ON "panel_question_sets" USING btree ("created_at");
  CREATE INDEX "panel_question_sets__status_idx" ON "panel_question_sets" USING btree ("_status");
  CREATE UNIQUE INDEX "panel_question_sets_locales_locale_parent_id_unique" ON "panel_question_sets_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "panel_question_sets_rels_order_idx" ON "panel_question_sets_rels" USING btree ("order");
  CREATE INDEX "panel_question_sets_rels_parent_idx" ON "panel_question_sets_rels" USING btree ("parent_id");
  CREATE INDEX "panel_question_sets_rels_path_idx" ON "panel_question_sets_rels" USING btree ("path");
  CREATE INDEX "panel_question_sets_rels_topics_id_idx" ON "panel_question_sets_rels" USING btree ("topics_id");
  CREATE INDEX "panel_question_sets_rels_regions_id_idx" ON "panel_question_sets_rels" USING btree ("regions_id");
  CREATE INDEX "_panel_question_sets_v_version_audiences_order_idx" ON "_panel_question_sets_v_version_audiences" USING btree ("order");
  CREATE INDEX "_panel_question_sets_v_version_audiences_parent_idx" ON "_panel_question_sets_v_version_audiences" USING btree ("parent_id");
  CREATE INDEX "_panel_question_sets_v_version_content_warnings_order_idx" ON "_panel_question_sets_v_version_content_warnings" USING btree ("order");
  CREATE INDEX "_panel_question_sets_v_version_content_warnings_parent_idx" ON "_panel_question_sets_v_version_content_warnings" USING btree ("parent_id");
  CREATE INDEX "_panel_question_sets_v_version_questions_follow_ups_order_idx" ON "_panel_question_sets_v_version_questions_follow_ups" USING btree ("_order");
  CREATE INDEX "_panel_question_sets_v_version_questions_follow_ups_parent_id_idx" ON "_panel_question_sets_v_version_questions_follow_ups" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_panel_question_sets_v_version_questions_follow_ups_locales_" ON "_panel_question_sets_v_version_questions_follow_ups_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_panel_question_sets_v_version_questions_order_idx" ON "_panel_question_sets_v_version_questions" USING btree ("_order");
  CREATE INDEX "_panel_question_sets_v_version_questions_parent_id_idx" ON "_panel_question_sets_v_version_questions" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_panel_question_sets_v_version_questions_locales_locale_pare" ON "_panel_question_sets_v_version_questions_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_panel_question_sets_v_parent_idx" ON "_panel_question_sets_v" USING btree ("parent_id");
  CREATE INDEX "_panel_question_sets_v_version_version_slug_idx" ON "_panel_question_sets_v" USING btree ("version_slug");
  CREATE INDEX "_panel_question_sets_v_version_version_organization_idx" ON "_panel_question_sets_v" USING btree ("version_organization_id");
  CREATE INDEX "_panel_question_sets_v_version_version_updated_at_idx" ON "_panel_question_sets_v" USING btree ("version_updated_at");
  CREATE INDEX "_panel_question_sets_v_version_version_created_at_idx" ON "_panel_question_sets_v" USING btree ("version_created_at");
  CREATE INDEX "_panel_question_sets_v_version_version__status_idx" ON "_panel_question_sets_v" USING btree ("version__status");
  CREATE INDEX "_panel_question_sets_v_created_at_idx" ON "_panel_question_sets_v" USING btree ("created_at");
  CREATE INDEX "_panel_question_sets_v_updated_at_idx" ON "_panel_question_sets_v" USING btree ("updated_at");
  CREATE INDEX "_panel_question_sets_v_snapshot_idx" ON "_panel_question_sets_v" USING btree ("snapshot");
  CREATE INDEX "_panel_question_sets_v_published_locale_idx" ON "_panel_question_sets_v" USING btree ("published_locale");
  CREATE INDEX "_panel_question_sets_v_latest_idx" ON "_panel_question_sets_v" USING btree ("latest");
  CREATE INDEX "_panel_question_sets_v_autosave_idx" ON "_panel_question_sets_v" USING btree ("autosave");
  CREATE UNIQUE INDEX "_panel_question_sets_v_locales_locale_parent_id_unique" ON "_panel_question_sets_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_panel_question_sets_v_rels_order_idx" ON "_panel_question_sets_v_rels" USING btree ("order");
  CREATE INDEX "_panel_question_sets_v_rels_parent_idx" ON "_panel_question_sets_v_rels" USING btree ("parent_id");
  CREATE INDEX "_panel_question_sets_v_rels_path_idx" ON "_panel_question_sets_v_rels" USING btree ("path");
  CREATE INDEX "_panel_question_sets_v_rels_topics_id_idx" ON "_panel_question_sets_v_rels" USING btree ("topics_id");
  CREATE INDEX "_panel_question_sets_v_rels_regions_id_idx" ON "_panel_question_sets_v_rels" USING btree ("regions_id");
  CREATE INDEX "donation_lists_audiences_order_idx" ON "donation_lists_audiences" USING btree ("order");
  CREATE INDEX "donation_lists_audiences_parent_idx" ON "donation_lists_audiences" USING btree ("parent_id");
  CREATE INDEX "donation_lists_content_warnings_order_idx" ON "donation_lists_content_warnings" USING btree ("order");
  CREATE INDEX "donation_lists_content_warnings_parent_idx" ON "donation_lists_content_warnings" USING btree ("parent_id");
  CREATE INDEX "donation_lists_items_order_idx" ON "donation_lists_items" USING btree ("_order");
  CREATE INDEX "donation_lists_items_parent_id_idx" ON "donation_lists_items" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "donation_lists_items_locales_locale_parent_id_unique" ON "donation_lists_items_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "donation_lists_monetary_funds_order_idx" ON "donation_lists_monetary_funds" USING btree ("_order");
  CREATE INDEX "donation_lists_monetary_funds_parent_id_idx" ON "donation_lists_monetary_funds" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "donation_lists_monetary_funds_locales_locale_parent_id_uniqu" ON "donation_lists_monetary_funds_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "donation_lists_slug_idx" ON "donation_lists" USING btree ("slug");
  CREATE INDEX "donation_lists_organization_idx" ON "donation_lists" USING btree ("organization_id");
  CREATE INDEX "donation_lists_updated_at_idx" ON "donation_lists" USING btree ("updated_at");
  CREATE INDEX "donation_lists_created_at_idx" ON "donation_lists" USING btree ("created_at");
  CREATE INDEX "donation_lists__status_idx" ON "donation_lists" USING btree ("_status");
  CREATE UNIQUE INDEX "donation_lists_locales_locale_parent_id_unique" ON "donation_lists_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "donation_lists_rels_order_idx" ON "donation_lists_rels" USING btree ("order");
  CREATE INDEX "donation_lists_rels_parent_idx" ON "donation_lists_rels" USING btree ("parent_id");
  CREATE INDEX "donation_lists_rels_path_idx" ON "donation_lists_rels" USING btree ("path");
  CREATE INDEX "donation_lists_rels_topics_id_idx" ON "donation_lists_rels" USING btree ("topics_id");
  CREATE INDEX "donation_lists_rels_regions_id_idx" ON "donation_lists_rels" USING btree ("regions_id");
  CREATE INDEX "_donation_lists_v_version_audiences_order_idx" ON "_donation_lists_v_version_audiences" USING btree ("order");
  CREATE INDEX "_donation_lists_v_version_audiences_parent_idx" ON "_donation_lists_v_version_audiences" USING btree ("parent_id");
  CREATE INDEX "_donation_lists_v_version_content_warnings_order_idx" ON "_donation_lists_v_version_content_warnings" USING btree ("order");
  CREATE INDEX "_donation_lists_v_version_content_warnings_parent_idx" ON "_donation_lists_v_version_content_warnings" USING btree ("parent_id");
  CREATE INDEX "_donation_lists_v_version_items_order_idx" ON "_donation_lists_v_version_items" USING btree ("_order");
  CREATE INDEX "_donation_lists_v_version_items_parent_id_idx" ON "_donation_lists_v_version_items" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_donation_lists_v_version_items_locales_locale_parent_id_uni" ON "_donation_lists_v_version_items_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_donation_lists_v_version_monetary_funds_order_idx" ON "_donation_lists_v_version_monetary_funds" USING btree ("_order");
  CREATE INDEX "_donation_lists_v_version_monetary_funds_parent_id_idx" ON "_donation_lists_v_version_monetary_funds" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_donation_lists_v_version_monetary_funds_locales_locale_pare" ON "_donation_lists_v_version_monetary_funds_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_donation_lists_v_parent_idx" ON "_donation_lists_v" USING btree ("parent_id");
  CREATE INDEX "_donation_lists_v_version_version_slug_idx" ON "_donation_lists_v" USING btree ("version_slug");
  CREATE INDEX "_donation_lists_v_version_version_organization_idx" ON "_donation_lists_v" USING btree ("version_organization_id");
  CREATE INDEX "_donation_lists_v_version_version_updated_at_idx" ON "_donation_lists_v" USING btree ("version_updated_at");
  CREATE INDEX "_donation_lists_v_version_version_created_at_idx" ON "_donation_lists_v" USING btree ("version_created_at");
  CREATE INDEX "_donation_lists_v_version_version__status_idx" ON "_donation_lists_v" USING btree ("version__status");
  CREATE INDEX "_donation_lists_v_created_at_idx" ON "_donation_lists_v" USING btree ("created_at");
  CREATE INDEX "_donation_lists_v_updated_at_idx" ON "_donation_lists_v" USING btree ("updated_at");
  CREATE INDEX "_donation_lists_v_snapshot_idx" ON "_donation_lists_v" USING btree ("snapshot");
  CREATE INDEX "_donation_lists_v_published_locale_idx" ON "_donation_lists_v" USING btree ("published_locale");
  CREATE INDEX "_donation_lists_v_latest_idx" ON "_donation_lists_v" USING btree ("latest");
  CREATE INDEX "_donation_lists_v_autosave_idx" ON "_donation_lists_v" USING btree ("autosave");
  CREATE UNIQUE INDEX "_donation_lists_v_locales_locale_parent_id_unique" ON "_donation_lists_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_donation_lists_v_rels_order_idx" ON "_donation_lists_v_rels" USING btree ("order");
  CREATE INDEX "_donation_lists_v_rels_parent_idx" ON "_donation_lists_v_rels" USING btree ("parent_id");
  CREATE INDEX "_donation_lists_v_rels_path_idx" ON "_donation_lists_v_rels" USING btree ("path");
  CREATE INDEX "_donation_lists_v_rels_topics_id_idx" ON "_donation_lists_v_rels" USING btree ("topics_id");
  CREATE INDEX "_donation_lists_v_rels_regions_id_idx" ON "_donation_lists_v_rels" USING btree ("regions_id");
  CREATE INDEX "organizations_services_order_idx" ON "organizations_services" USING btree ("_order");
  CREATE INDEX "organizations_services_parent_id_idx" ON "organizations_services" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "organizations_services_locales_locale_parent_id_unique" ON "organizations_services_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "organizations_projects_order_idx" ON "organizations_projects" USING btree ("_order");
  CREATE INDEX "organizations_projects_parent_id_idx" ON "organizations_projects" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "organizations_projects_locales_locale_parent_id_unique" ON "organizations_projects_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "organizations_languages_served_order_idx" ON "organizations_languages_served" USING btree ("_order");
  CREATE INDEX "organizations_languages_served_parent_id_idx" ON "organizations_languages_served" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "organizations_slug_idx" ON "organizations" USING btree ("slug");
  CREATE INDEX "organizations_logo_idx" ON "organizations" USING btree ("logo_id");
  CREATE INDEX "organizations_updated_at_idx" ON "organizations" USING btree ("updated_at");
  CREATE INDEX "organizations_created_at_idx" ON "organizations" USING btree ("created_at");
  CREATE INDEX "organizations__status_idx" ON "organizations" USING btree ("_status");
  CREATE UNIQUE INDEX "organizations_locales_locale_parent_id_unique" ON "organizations_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_organizations_v_version_services_order_idx" ON "_organizations_v_version_services" USING btree ("_order");
  CREATE INDEX "_organizations_v_version_services_parent_id_idx" ON "_organizations_v_version_services" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_organizations_v_version_services_locales_locale_parent_id_u" ON "_organizations_v_version_services_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_organizations_v_version_projects_order_idx" ON "_organizations_v_version_projects" USING btree ("_order");
  CREATE INDEX "_organizations_v_version_projects_parent_id_idx" ON "_organizations_v_version_projects" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_organizations_v_version_projects_locales_locale_parent_id_u" ON "_organizations_v_version_projects_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_organizations_v_version_languages_served_order_idx" ON "_organizations_v_version_languages_served" USING btree ("_order");
  CREATE INDEX "_organizations_v_version_languages_served_parent_id_idx" ON "_organizations_v_version_languages_served" USING btree ("_parent_id");
  CREATE INDEX "_organizations_v_parent_idx" ON "_organizations_v" USING btree ("parent_id");
  CREATE INDEX "_organizations_v_version_version_slug_idx" ON "_organizations_v" USING btree ("version_slug");
  CREATE INDEX "_organizations_v_version_version_logo_idx" ON "_organizations_v" USING btree ("version_logo_id");
  CREATE INDEX "_organizations_v_version_version_updated_at_idx" ON "_organizations_v" USING btree ("version_updated_at");
  CREATE INDEX "_organizations_v_version_version_created_at_idx" ON "_organizations_v" USING btree ("version_created_at");
  CREATE INDEX "_organizations_v_version_version__status_idx" ON "_organizations_v" USING btree ("version__status");
  CREATE INDEX "_organizations_v_created_at_idx" ON "_organizations_v" USING btree ("created_at");
  CREATE INDEX "_organizations_v_updated_at_idx" ON "_organizations_v" USING btree ("updated_at");
  CREATE INDEX "_organizations_v_snapshot_idx" ON "_organizations_v" USING btree ("snapshot");
  CREATE INDEX "_organizations_v_published_locale_idx" ON "_organizations_v" USING btree ("published_locale");
  CREATE INDEX "_organizations_v_latest_idx" ON "_organizations_v" USING btree ("latest");
  CREATE INDEX "_organizations_v_autosave_idx" ON "_organizations_v" USING btree ("autosave");
  CREATE UNIQUE INDEX "_organizations_v_locales_locale_parent_id_unique" ON "_organizations_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "hotlines_languages_order_idx" ON "hotlines_languages" USING btree ("_order");
  CREATE INDEX "hotlines_languages_parent_id_idx" ON "hotlines_languages" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "hotlines_slug_idx" ON "hotlines" USING btree ("slug");
  CREATE INDEX "hotlines_updated_at_idx" ON "hotlines" USING btree ("updated_at");
  CREATE INDEX "hotlines_created_at_idx" ON "hotlines" USING btree ("created_at");
  CREATE INDEX "hotlines__status_idx" ON "hotlines" USING btree ("_status");
  CREATE UNIQUE INDEX "hotlines_locales_locale_parent_id_unique" ON "hotlines_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "hotlines_rels_order_idx" ON "hotlines_rels" USING btree ("order");
  CREATE INDEX "hotlines_rels_parent_idx" ON "hotlines_rels" USING btree ("parent_id");
  CREATE INDEX "hotlines_rels_path_idx" ON "hotlines_rels" USING btree ("path");
  CREATE INDEX "hotlines_rels_regions_id_idx" ON "hotlines_rels" USING btree ("regions_id");
  CREATE INDEX "_hotlines_v_version_languages_order_idx" ON "_hotlines_v_version_languages" USING btree ("_order");
  CREATE INDEX "_hotlines_v_version_languages_parent_id_idx" ON "_hotlines_v_version_languages" USING btree ("_parent_id");
  CREATE INDEX "_hotlines_v_parent_idx" ON "_hotlines_v" USING btree ("parent_id");
  CREATE INDEX "_hotlines_v_version_version_slug_idx" ON "_hotlines_v" USING btree ("version_slug");
  CREATE INDEX "_hotlines_v_version_version_updated_at_idx" ON "_hotlines_v" USING btree ("version_updated_at");
  CREATE INDEX "_hotlines_v_version_version_created_at_idx" ON "_hotlines_v" USING btree ("version_created_at");
  CREATE INDEX "_hotlines_v_version_version__status_idx" ON "_hotlines_v" USING btree ("version__status");
  CREATE INDEX "_hotlines_v_created_at_idx" ON "_hotlines_v" USING btree ("created_at");
  CREATE INDEX "_hotlines_v_updated_at_idx" ON "_hotlines_v" USING btree ("updated_at");
  CREATE INDEX "_hotlines_v_snapshot_idx" ON "_hotlines_v" USING btree ("snapshot");
  CREATE INDEX "_hotlines_v_published_locale_idx" ON "_hotlines_v" USING btree ("published_locale");
  CREATE INDEX "_hotlines_v_latest_idx" ON "_hotlines_v" USING btree ("latest");
  CREATE INDEX "_hotlines_v_autosave_idx" ON "_hotlines_v" USING btree ("autosave");
  CREATE UNIQUE INDEX "_hotlines_v_locales_locale_parent_id_unique" ON "_hotlines_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_hotlines_v_rels_order_idx" ON "_hotlines_v_rels" USING btree ("order");
  CREATE INDEX "_hotlines_v_rels_parent_idx" ON "_hotlines_v_rels" USING btree ("parent_id");
  CREATE INDEX "_hotlines_v_rels_path_idx" ON "_hotlines_v_rels" USING btree ("path");
  CREATE INDEX "_hotlines_v_rels_regions_id_idx" ON "_hotlines_v_rels" USING btree ("regions_id");
  CREATE UNIQUE INDEX "topics_slug_idx" ON "topics" USING btree ("slug");
  CREATE INDEX "topics_updated_at_idx" ON "topics" USING btree ("updated_at");
  CREATE INDEX "topics_created_at_idx" ON "topics" USING btree ("created_at");
  CREATE INDEX "topics__status_idx" ON "topics" USING btree ("_status");
  CREATE UNIQUE INDEX "topics_locales_locale_parent_id_unique" ON "topics_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_topics_v_parent_idx" ON "_topics_v" USING btree ("parent_id");
  CREATE INDEX "_topics_v_version_version_slug_idx" ON "_topics_v" USING btree ("version_slug");
  CREATE INDEX "_topics_v_version_version_updated_at_idx" ON "_topics_v" USING btree ("version_updated_at");
  CREATE INDEX "_topics_v_version_version_created_at_idx" ON "_topics_v" USING btree ("version_created_at");
  CREATE INDEX "_topics_v_version_version__status_idx" ON "_topics_v" USING btree ("version__status");
  CREATE INDEX "_topics_v_created_at_idx" ON "_topics_v" USING btree ("created_at");
  CREATE INDEX "_topics_v_updated_at_idx" ON "_topics_v" USING btree ("updated_at");
  CREATE INDEX "_topics_v_snapshot_idx" ON "_topics_v" USING btree ("snapshot");
  CREATE INDEX "_topics_v_published_locale_idx" ON "_topics_v" USING btree ("published_locale");
  CREATE INDEX "_topics_v_latest_idx" ON "_topics_v" USING btree ("latest");
  CREATE INDEX "_topics_v_autosave_idx" ON "_topics_v" USING btree ("autosave");
  CREATE UNIQUE INDEX "_topics_v_locales_locale_parent_id_unique" ON "_topics_v_locales" USING btree ("_locale","_parent_id");
  CREATE UNIQUE INDEX "regions_slug_idx" ON "regions" USING btree ("slug");
  CREATE INDEX "regions_updated_at_idx" ON "regions" USING btree ("updated_at");
  CREATE INDEX "regions_created_at_idx" ON "regions" USING btree ("created_at");
  CREATE INDEX "regions__status_idx" ON "regions" USING btree ("_status");
  CREATE UNIQUE INDEX "regions_locales_locale_parent_id_unique" ON "regions_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_regions_v_parent_idx" ON "_regions_v" USING btree ("parent_id");
  CREATE INDEX "_regions_v_version_version_slug_idx" ON "_regions_v" USING btree ("version_slug");
  CREATE INDEX "_regions_v_version_version_updated_at_idx" ON "_regions_v" USING btree ("version_updated_at");
  CREATE INDEX "_regions_v_version_version_created_at_idx" ON "_regions_v" USING btree ("version_created_at");
  CREATE INDEX "_regions_v_version_version__status_idx" ON "_regions_v" USING btree ("version__status");
  CREATE INDEX "_regions_v_created_at_idx" ON "_regions_v" USING btree ("created_at");
  CREATE INDEX "_regions_v_updated_at_idx" ON "_regions_v" USING btree ("updated_at");
  CREATE INDEX "_regions_v_snapshot_idx" ON "_regions_v" USING btree ("snapshot");
  CREATE INDEX "_regions_v_published_locale_idx" ON "_regions_v" USING btree ("published_locale");
  CREATE INDEX "_regions_v_latest_idx" ON "_regions_v" USING btree ("latest");
  CREATE INDEX "_regions_v_autosave_idx" ON "_regions_v" USING btree ("autosave");
  CREATE UNIQUE INDEX "_regions_v_locales_locale_parent_id_unique" ON "_regions_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "media" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "media_sizes_card_sizes_card_filename_idx" ON "media" USING btree ("sizes_card_filename");
  CREATE INDEX "media_sizes_content_sizes_content_filename_idx" ON "media" USING btree ("sizes_content_filename");
  CREATE INDEX "media_sizes_poster_sizes_poster_filename_idx" ON "media" USING btree ("sizes_poster_filename");
  CREATE UNIQUE INDEX "media_locales_locale_parent_id_unique" ON "media_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_organization_idx" ON "users" USING btree ("organization_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_guides_id_idx" ON "payload_locked_documents_rels" USING btree ("guides_id");
  CREATE INDEX "payload_locked_documents_rels_screening_kits_id_idx" ON "payload_locked_documents_rels" USING btree ("screening_kits_id");
  CREATE INDEX "payload_locked_documents_rels_panel_question_sets_id_idx" ON "payload_locked_documents_rels" USING btree ("panel_question_sets_id");
  CREATE INDEX "payload_locked_documents_rels_donation_lists_id_idx" ON "payload_locked_documents_rels" USING btree ("donation_lists_id");
  CREATE INDEX "payload_locked_documents_rels_organizations_id_idx" ON "payload_locked_documents_rels" USING btree ("organizations_id");
  CREATE INDEX "payload_locked_documents_rels_hotlines_id_idx" ON "payload_locked_documents_rels" USING btree ("hotlines_id");
  CREATE INDEX "payload_locked_documents_rels_topics_id_idx" ON "payload_locked_documents_rels" USING btree ("topics_id");
  CREATE INDEX "payload_locked_documents_rels_regions_id_idx" ON "payload_locked_documents_rels" USING btree ("regions_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "guides_audiences" CASCADE;
  DROP TABLE "guides_content_warnings" CASCADE;
  DROP TABLE "guides" CASCADE;
  DROP TABLE "guides_locales" CASCADE;
  DROP TABLE "guides_rels" CASCADE;
  DROP TABLE "_guides_v_version_audiences" CASCADE;
  DROP TABLE "_guides_v_version_content_warnings" CASCADE;
  DROP TABLE "_guides_v" CASCADE;
  DROP TABLE "_guides_v_locales" CASCADE;
  DROP TABLE "_guides_v_rels" CASCADE;
  DROP TABLE "screening_kits_audiences" CASCADE;
  DROP TABLE "screening_kits_content_warnings" CASCADE;
  DROP TABLE "screening_kits_film_themes" CASCADE;
  DROP TABLE "screening_kits_film_themes_locales" CASCADE;
  DROP TABLE "screening_kits_film_where_to_watch" CASCADE;
  DROP TABLE "screening_kits_film_where_to_watch_locales" CASCADE;
  DROP TABLE "screening_kits_panelist_roles" CASCADE;
  DROP TABLE "screening_kits_panelist_roles_locales" CASCADE;
  DROP TABLE "screening_kits_timeline" CASCADE;
  DROP TABLE "screening_kits_timeline_locales" CASCADE;
  DROP TABLE "screening_kits_resources_to_share" CASCADE;
  DROP TABLE "screening_kits_resources_to_share_locales" CASCADE;
  DROP TABLE "screening_kits" CASCADE;
  DROP TABLE "screening_kits_locales" CASCADE;
  DROP TABLE "screening_kits_rels" CASCADE;
  DROP TABLE "_screening_kits_v_version_audiences" CASCADE;
  DROP TABLE "_screening_kits_v_version_content_warnings" CASCADE;
  DROP TABLE "_screening_kits_v_version_film_themes" CASCADE;
  DROP TABLE "_screening_kits_v_version_film_themes_locales" CASCADE;
  DROP TABLE "_screening_kits_v_version_film_where_to_watch" CASCADE;
  DROP TABLE "_screening_kits_v_version_film_where_to_watch_locales" CASCADE;
  DROP TABLE "_screening_kits_v_version_panelist_roles" CASCADE;
  DROP TABLE "_screening_kits_v_version_panelist_roles_locales" CASCADE;
  DROP TABLE "_screening_kits_v_version_timeline" CASCADE;
  DROP TABLE "_screening_kits_v_version_timeline_locales" CASCADE;
  DROP TABLE "_screening_kits_v_version_resources_to_share" CASCADE;
  DROP TABLE "_screening_kits_v_version_resources_to_share_locales" CASCADE;
  DROP TABLE "_screening_kits_v" CASCADE;
  DROP TABLE "_screening_kits_v_locales" CASCADE;
  DROP TABLE "_screening_kits_v_rels" CASCADE;
  DROP TABLE "panel_question_sets_audiences" CASCADE;
  DROP TABLE "panel_question_sets_content_warnings" CASCADE;
  DROP TABLE "panel_question_sets_questions_follow_ups" CASCADE;
  DROP TABLE "panel_question_sets_questions_follow_ups_locales" CASCADE;
  DROP TABLE "panel_question_sets_questions" CASCADE;
  DROP TABLE "panel_question_sets_questions_locales" CASCADE;
  DROP TABLE "panel_question_sets" CASCADE;
  DROP TABLE "panel_question_sets_locales" CASCADE;
  DROP TABLE "panel_question_sets_rels" CASCADE;
  DROP TABLE "_panel_question_sets_v_version_audiences" CASCADE;
  DROP TABLE "_panel_question_sets_v_version_content_warnings" CASCADE;
  DROP TABLE "_panel_question_sets_v_version_questions_follow_ups" CASCADE;
  DROP TABLE "_panel_question_sets_v_version_questions_follow_ups_locales" CASCADE;
  DROP TABLE "_panel_question_sets_v_version_questions" CASCADE;
  DROP TABLE "_panel_question_sets_v_version_questions_locales" CASCADE;
  DROP TABLE "_panel_question_sets_v" CASCADE;
  DROP TABLE "_panel_question_sets_v_locales" CASCADE;
  DROP TABLE "_panel_question_sets_v_rels" CASCADE;
  DROP TABLE "donation_lists_audiences" CASCADE;
  DROP TABLE "donation_lists_content_warnings" CASCADE;
  DROP TABLE "donation_lists_items" CASCADE;
  DROP TABLE "donation_lists_items_locales" CASCADE;
  DROP TABLE "donation_lists_monetary_funds" CASCADE;
  DROP TABLE "donation_lists_monetary_funds_locales" CASCADE;
  DROP TABLE "donation_lists" CASCADE;
  DROP TABLE "donation_lists_locales" CASCADE;
  DROP TABLE "donation_lists_rels" CASCADE;
  DROP TABLE "_donation_lists_v_version_audiences" CASCADE;
  DROP TABLE "_donation_lists_v_version_content_warnings" CASCADE;
  DROP TABLE "_donation_lists_v_version_items" CASCADE;
  DROP TABLE "_donation_lists_v_version_items_locales" CASCADE;
  DROP TABLE "_donation_lists_v_version_monetary_funds" CASCADE;
  DROP TABLE "_donation_lists_v_version_monetary_funds_locales" CASCADE;
  DROP TABLE "_donation_lists_v" CASCADE;
  DROP TABLE "_donation_lists_v_locales" CASCADE;
  DROP TABLE "_donation_lists_v_rels" CASCADE;
  DROP TABLE "organizations_services" CASCADE;
  DROP TABLE "organizations_services_locales" CASCADE;
  DROP TABLE "organizations_projects" CASCADE;
  DROP TABLE "organizations_projects_locales" CASCADE;
  DROP TABLE "organizations_languages_served" CASCADE;
  DROP TABLE "organizations" CASCADE;
  DROP TABLE "organizations_locales" CASCADE;
  DROP TABLE "_organizations_v_version_services" CASCADE;
  DROP TABLE "_organizations_v_version_services_locales" CASCADE;
  DROP TABLE "_organizations_v_version_projects" CASCADE;
  DROP TABLE "_organizations_v_version_projects_locales" CASCADE;
  DROP TABLE "_organizations_v_version_languages_served" CASCADE;
  DROP TABLE "_organizations_v" CASCADE;
  DROP TABLE "_organizations_v_locales" CASCADE;
  DROP TABLE "hotlines_languages" CASCADE;
  DROP TABLE "hotlines" CASCADE;
  DROP TABLE "hotlines_locales" CASCADE;
  DROP TABLE "hotlines_rels" CASCADE;
  DROP TABLE "_hotlines_v_version_languages" CASCADE;
  DROP TABLE "_hotlines_v" CASCADE;
  DROP TABLE "_hotlines_v_locales" CASCADE;
  DROP TABLE "_hotlines_v_rels" CASCADE;
  DROP TABLE "topics" CASCADE;
  DROP TABLE "topics_locales" CASCADE;
  DROP TABLE "_topics_v" CASCADE;
  DROP TABLE "_topics_v_locales" CASCADE;
  DROP TABLE "regions" CASCADE;
  DROP TABLE "regions_locales" CASCADE;
  DROP TABLE "_regions_v" CASCADE;
  DROP TABLE "_regions_v_locales" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "media_locales" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TYPE "public"."_locales";
  DROP TYPE "public"."enum_guides_audiences";
  DROP TYPE "public"."enum_guides_content_warnings";
  DROP TYPE "public"."enum_guides_status";
  DROP TYPE "public"."enum__guides_v_version_audiences";
  DROP TYPE "public"."enum__guides_v_version_content_warnings";
  DROP TYPE "public"."enum__guides_v_version_status";
  DROP TYPE "public"."enum__guides_v_published_locale";
  DROP TYPE "public"."enum_screening_kits_audiences";
  DROP TYPE "public"."enum_screening_kits_content_warnings";
  DROP TYPE "public"."enum_screening_kits_timeline_phase";
  DROP TYPE "public"."enum_screening_kits_film_age_guidance";
  DROP TYPE "public"."enum_screening_kits_status";
  DROP TYPE "public"."enum__screening_kits_v_version_audiences";
  DROP TYPE "public"."enum__screening_kits_v_version_content_warnings";
  DROP TYPE "public"."enum__screening_kits_v_version_timeline_phase";
  DROP TYPE "public"."enum__screening_kits_v_version_film_age_guidance";
  DROP TYPE "public"."enum__screening_kits_v_version_status";
  DROP TYPE "public"."enum__screening_kits_v_published_locale";
  DROP TYPE "public"."enum_panel_question_sets_audiences";
  DROP TYPE "public"."enum_panel_question_sets_content_warnings";
  DROP TYPE "public"."enum_panel_question_sets_status";
  DROP TYPE "public"."enum__panel_question_sets_v_version_audiences";
  DROP TYPE "public"."enum__panel_question_sets_v_version_content_warnings";
  DROP TYPE "public"."enum__panel_question_sets_v_version_status";
  DROP TYPE "public"."enum__panel_question_sets_v_published_locale";
  DROP TYPE "public"."enum_donation_lists_audiences";
  DROP TYPE "public"."enum_donation_lists_content_warnings";
  DROP TYPE "public"."enum_donation_lists_items_category";
  DROP TYPE "public"."enum_donation_lists_items_priority";
  DROP TYPE "public"."enum_donation_lists_status";
  DROP TYPE "public"."enum__donation_lists_v_version_audiences";
  DROP TYPE "public"."enum__donation_lists_v_version_content_warnings";
  DROP TYPE "public"."enum__donation_lists_v_version_items_category";
  DROP TYPE "public"."enum__donation_lists_v_version_items_priority";
  DROP TYPE "public"."enum__donation_lists_v_version_status";
  DROP TYPE "public"."enum__donation_lists_v_published_locale";
  DROP TYPE "public"."enum_organizations_status";
  DROP TYPE "public"."enum__organizations_v_version_status";
  DROP TYPE "public"."enum__organizations_v_published_locale";
  DROP TYPE "public"."enum_hotlines_status";
  DROP TYPE "public"."enum__hotlines_v_version_status";
  DROP TYPE "public"."enum__hotlines_v_published_locale";
  DROP TYPE "public"."enum_topics_status";
  DROP TYPE "public"."enum__topics_v_version_status";
  DROP TYPE "public"."enum__topics_v_published_locale";
  DROP TYPE "public"."enum_regions_status";
  DROP TYPE "public"."enum__regions_v_version_status";
  DROP TYPE "public"."enum__regions_v_published_locale";
  DROP TYPE "public"."enum_users_role";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
