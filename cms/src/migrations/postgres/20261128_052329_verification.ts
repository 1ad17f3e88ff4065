import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "verification_settings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"donation_lists_days" numeric DEFAULT 90 NOT NULL,
  	"hotlines_days" numeric DEFAULT 180 NOT NULL,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "hotlines" ADD COLUMN "last_verified" timestamp(3) with time zone;
  ALTER TABLE "_hotlines_v" ADD COLUMN "version_last_verified" timestamp(3) with time zone;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "verification_settings" CASCADE;
  ALTER TABLE "hotlines" DROP COLUMN "last_verified";
  ALTER TABLE "_hotlines_v" DROP COLUMN "version_last_verified";`)
}
