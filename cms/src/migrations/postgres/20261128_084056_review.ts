import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_review_requests_collection" AS ENUM('guides', 'screening-kits', 'panel-question-sets', 'donation-lists', 'organizations', 'hotlines', 'topics', 'regions');
  CREATE TYPE "public"."enum_review_requests_locale" AS ENUM('en', 'es', 'fr', 'ar', 'th');
  CREATE TYPE "public"."enum_review_requests_state" AS ENUM('submitted', 'returned', 'published');
  ALTER TYPE "public"."enum_users_role" ADD VALUE 'coordinator' BEFORE 'editor';
  CREATE TABLE "review_requests" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"collection" "enum_review_requests_collection" NOT NULL,
  	"document_id" varchar NOT NULL,
  	"locale" "enum_review_requests_locale" NOT NULL,
  	"organization_id" integer,
  	"state" "enum_review_requests_state" NOT NULL,
  	"comment" varchar,
  	"submitted_by_id" integer,
  	"submitted_at" timestamp(3) with time zone,
  	"reviewed_by_id" integer,
  	"reviewed_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "review_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "review_settings_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"organizations_id" integer
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "review_requests_id" integer;
  ALTER TABLE "review_requests" ADD CONSTRAINT "review_requests_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "review_requests" ADD CONSTRAINT "review_requests_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "review_requests" ADD CONSTRAINT "review_requests_reviewed_by_id_users_id_fk" FOREIGN KEY ("reviewed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "review_settings_rels" ADD CONSTRAINT "review_settings_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."review_settings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "review_settings_rels" ADD CONSTRAINT "review_settings_rels_organizations_fk" FOREIGN KEY ("organizations_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "review_requests_collection_idx" ON "review_requests" USING btree ("collection");
  CREATE INDEX "review_requests_document_id_idx" ON "review_requests" USING btree ("document_id");
  CREATE INDEX "review_requests_organization_idx" ON "review_requests" USING btree ("organization_id");
  CREATE INDEX "review_requests_state_idx" ON "review_requests" USING btree ("state");
  CREATE INDEX "review_requests_submitted_by_idx" ON "review_requests" USING btree ("submitted_by_id");
  CREATE INDEX "review_requests_reviewed_by_idx" ON "review_requests" USING btree ("reviewed_by_id");
  CREATE INDEX "review_requests_updated_at_idx" ON "review_requests" USING btree ("updated_at");
  CREATE INDEX "review_requests_created_at_idx" ON "review_requests" USING btree ("created_at");
  CREATE INDEX "review_settings_rels_order_idx" ON "review_settings_rels" USING btree ("order");
  CREATE INDEX "review_settings_rels_parent_idx" ON "review_settings_rels" USING btree ("parent_id");
  CREATE INDEX "review_settings_rels_path_idx" ON "review_settings_rels" USING btree ("path");
  CREATE INDEX "review_settings_rels_organizations_id_idx" ON "review_settings_rels" USING btree ("organizations_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_review_requests_fk" FOREIGN KEY ("review_requests_id") REFERENCES "public"."review_requests"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_review_requests_id_idx" ON "payload_locked_documents_rels" USING btree ("review_requests_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "review_requests" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "review_settings" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "review_settings_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "review_requests" CASCADE;
  DROP TABLE "review_settings" CASCADE;
  DROP TABLE "review_settings_rels" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_review_requests_fk";
  
  ALTER TABLE "users" ALTER COLUMN "role" SET DATA TYPE text;
  DROP TYPE "public"."enum_users_role";
  CREATE TYPE "public"."enum_users_role" AS ENUM('admin', 'editor', 'translator');
  ALTER TABLE "users" ALTER COLUMN "role" SET DATA TYPE "public"."enum_users_role" USING "role"::"public"."enum_users_role";
  DROP INDEX "payload_locked_documents_rels_review_requests_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "review_requests_id";
  DROP TYPE "public"."enum_review_requests_collection";
  DROP TYPE "public"."enum_review_requests_locale";
  DROP TYPE "public"."enum_review_requests_state";`)
}
