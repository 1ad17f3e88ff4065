import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_review_requests_collection" ADD VALUE 'events' BEFORE 'organizations';
  ALTER TABLE "events" ADD COLUMN "recap_id" integer;
  ALTER TABLE "_events_v" ADD COLUMN "version_recap_id" integer;
  ALTER TABLE "events" ADD CONSTRAINT "events_recap_id_posts_id_fk" FOREIGN KEY ("recap_id") REFERENCES "public"."posts"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_events_v" ADD CONSTRAINT "_events_v_version_recap_id_posts_id_fk" FOREIGN KEY ("version_recap_id") REFERENCES "public"."posts"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "events_recap_idx" ON "events" USING btree ("recap_id");
  CREATE INDEX "_events_v_version_version_recap_idx" ON "_events_v" USING btree ("version_recap_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "events" DROP CONSTRAINT "events_recap_id_posts_id_fk";
  
  ALTER TABLE "_events_v" DROP CONSTRAINT "_events_v_version_recap_id_posts_id_fk";
  
  ALTER TABLE "review_requests" ALTER COLUMN "collection" SET DATA TYPE text;
  DROP TYPE "public"."enum_review_requests_collection";
  CREATE TYPE "public"."enum_review_requests_collection" AS ENUM('guides', 'screening-kits', 'panel-question-sets', 'donation-lists', 'volunteer-opportunities', 'outreach-materials', 'posts', 'actions', 'organizations', 'hotlines', 'topics', 'regions');
  ALTER TABLE "review_requests" ALTER COLUMN "collection" SET DATA TYPE "public"."enum_review_requests_collection" USING "collection"::"public"."enum_review_requests_collection";
  DROP INDEX "events_recap_idx";
  DROP INDEX "_events_v_version_version_recap_idx";
  ALTER TABLE "events" DROP COLUMN "recap_id";
  ALTER TABLE "_events_v" DROP COLUMN "version_recap_id";`)
}
