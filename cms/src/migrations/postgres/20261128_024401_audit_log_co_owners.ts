import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_audit_log_action" AS ENUM('published', 'unpublished', 'deleted', 'restored', 'restoredAsDraft', 'roleChanged', 'organizationChanged', 'accountUnlocked');
  CREATE TABLE "audit_log" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"action" "enum_audit_log_action" NOT NULL,
  	"user_id" integer,
  	"user_email" varchar,
  	"collection" varchar NOT NULL,
  	"document_id" varchar,
  	"document" varchar,
  	"details" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "guides_rels" ADD COLUMN "organizations_id" integer;
  ALTER TABLE "_guides_v_rels" ADD COLUMN "organizations_id" integer;
  ALTER TABLE "screening_kits_rels" ADD COLUMN "organizations_id" integer;
  ALTER TABLE "_screening_kits_v_rels" ADD COLUMN "organizations_id" integer;
  ALTER TABLE "panel_question_sets_rels" ADD COLUMN "organizations_id" integer;
  ALTER TABLE "_panel_question_sets_v_rels" ADD COLUMN "organizations_id" integer;
  ALTER TABLE "donation_lists_rels" ADD COLUMN "organizations_id" integer;
  ALTER TABLE "_donation_lists_v_rels" ADD COLUMN "organizations_id" integer;
  ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "audit_log_user_idx" ON "audit_log" USING btree ("user_id");
  CREATE INDEX "audit_log_updated_at_idx" ON "audit_log" USING btree ("updated_at");
  CREATE INDEX "audit_log_created_at_idx" ON "audit_log" USING btree ("created_at");
  ALTER TABLE "guides_rels" ADD CONSTRAINT "guides_rels_organizations_fk" FOREIGN KEY ("organizations_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_guides_v_rels" ADD CONSTRAINT "_guides_v_rels_organizations_fk" FOREIGN KEY ("organizations_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "screening_kits_rels" ADD CONSTRAINT "screening_kits_rels_organizations_fk" FOREIGN KEY ("organizations_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_screening_kits_v_rels" ADD CONSTRAINT "_screening_kits_v_rels_organizations_fk" FOREIGN KEY ("organizations_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "panel_question_sets_rels" ADD CONSTRAINT "panel_question_sets_rels_organizations_fk" FOREIGN KEY ("organizations_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_panel_question_sets_v_rels" ADD CONSTRAINT "_panel_question_sets_v_rels_organizations_fk" FOREIGN KEY ("organizations_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "donation_lists_rels" ADD CONSTRAINT "donation_lists_rels_organizations_fk" FOREIGN KEY ("organizations_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_donation_lists_v_rels" ADD CONSTRAINT "_donation_lists_v_rels_organizations_fk" FOREIGN KEY ("organizations_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "guides_rels_organizations_id_idx" ON "guides_rels" USING btree ("organizations_id");
  CREATE INDEX "_guides_v_rels_organizations_id_idx" ON "_guides_v_rels" USING btree ("organizations_id");
  CREATE INDEX "screening_kits_rels_organizations_id_idx" ON "screening_kits_rels" USING btree ("organizations_id");
  CREATE INDEX "_screening_kits_v_rels_organizations_id_idx" ON "_screening_kits_v_rels" USING btree ("organizations_id");
  CREATE INDEX "panel_question_sets_rels_organizations_id_idx" ON "panel_question_sets_rels" USING btree ("organizations_id");
  CREATE INDEX "_panel_question_sets_v_rels_organizations_id_idx" ON "_panel_question_sets_v_rels" USING btree ("organizations_id");
  CREATE INDEX "donation_lists_rels_organizations_id_idx" ON "donation_lists_rels" USING btree ("organizations_id");
  CREATE INDEX "_donation_lists_v_rels_organizations_id_idx" ON "_donation_lists_v_rels" USING btree ("organizations_id");
  ALTER TABLE "users" DROP COLUMN "login_attempts";
  ALTER TABLE "users" DROP COLUMN "lock_until";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "audit_log" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "audit_log" CASCADE;
  ALTER TABLE "guides_rels" DROP CONSTRAINT "guides_rels_organizations_fk";
  
  ALTER TABLE "_guides_v_rels" DROP CONSTRAINT "_guides_v_rels_organizations_fk";
  
  ALTER TABLE "screening_kits_rels" DROP CONSTRAINT "screening_kits_rels_organizations_fk";
  
  ALTER TABLE "_screening_kits_v_rels" DROP CONSTRAINT "_screening_kits_v_rels_organizations_fk";
  
  ALTER TABLE "panel_question_sets_rels" DROP CONSTRAINT "panel_question_sets_rels_organizations_fk";
  
  ALTER TABLE "_panel_question_sets_v_rels" DROP CONSTRAINT "_panel_question_sets_v_rels_organizations_fk";
  
  ALTER TABLE "donation_lists_rels" DROP CONSTRAINT "donation_lists_rels_organizations_fk";
  
  ALTER TABLE "_donation_lists_v_rels" DROP CONSTRAINT "_donation_lists_v_rels_organizations_fk";
  
  DROP INDEX "guides_rels_organizations_id_idx";
  DROP INDEX "_guides_v_rels_organizations_id_idx";
  DROP INDEX "screening_kits_rels_organizations_id_idx";
  DROP INDEX "_screening_kits_v_rels_organizations_id_idx";
  DROP INDEX "panel_question_sets_rels_organizations_id_idx";
  DROP INDEX "_panel_question_sets_v_rels_organizations_id_idx";
  DROP INDEX "donation_lists_rels_organizations_id_idx";
  DROP INDEX "_donation_lists_v_rels_organizations_id_idx";
  ALTER TABLE "users" ADD COLUMN "login_attempts" numeric DEFAULT 0;
  ALTER TABLE "users" ADD COLUMN "lock_until" timestamp(3) with time zone;
  ALTER TABLE "guides_rels" DROP COLUMN "organizations_id";
  ALTER TABLE "_guides_v_rels" DROP COLUMN "organizations_id";
  ALTER TABLE "screening_kits_rels" DROP COLUMN "organizations_id";
  ALTER TABLE "_screening_kits_v_rels" DROP COLUMN "organizations_id";
  ALTER TABLE "panel_question_sets_rels" DROP COLUMN "organizations_id";
  ALTER TABLE "_panel_question_sets_v_rels" DROP COLUMN "organizations_id";
  ALTER TABLE "donation_lists_rels" DROP COLUMN "organizations_id";
  ALTER TABLE "_donation_lists_v_rels" DROP COLUMN "organizations_id";
  DROP TYPE "public"."enum_audit_log_action";`)
}
