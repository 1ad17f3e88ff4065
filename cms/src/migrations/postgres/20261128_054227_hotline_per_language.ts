import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "site_settings_locales" (
  	"hotline_id" integer,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  ALTER TABLE "site_settings" DROP CONSTRAINT "site_settings_hotline_id_hotlines_id_fk";
  
  DROP INDEX "site_settings_hotline_idx";
  ALTER TABLE "site_settings_locales" ADD CONSTRAINT "site_settings_locales_hotline_id_hotlines_id_fk" FOREIGN KEY ("hotline_id") REFERENCES "public"."hotlines"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "site_settings_locales" ADD CONSTRAINT "site_settings_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."site_settings"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "site_settings_hotline_idx" ON "site_settings_locales" USING btree ("hotline_id","_locale");
  CREATE UNIQUE INDEX "site_settings_locales_locale_parent_id_unique" ON "site_settings_locales" USING btree ("_locale","_parent_id");
  -- The one hotline chosen so far was chosen for English readers; no other language inherits it.
  INSERT INTO "site_settings_locales" ("hotline_id", "_locale", "_parent_id") SELECT "hotline_id", 'en', "id" FROM "site_settings" WHERE "hotline_id" IS NOT NULL;
  ALTER TABLE "site_settings" DROP COLUMN "hotline_id";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "site_settings_locales" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "site_settings" ADD COLUMN "hotline_id" integer;
  -- Back to one hotline for every page: English's, the only one chosen before.
  UPDATE "site_settings" SET "hotline_id" = (SELECT "hotline_id" FROM "site_settings_locales" WHERE "_parent_id" = "site_settings"."id" AND "_locale" = 'en');
  DROP TABLE "site_settings_locales" CASCADE;
  ALTER TABLE "site_settings" ADD CONSTRAINT "site_settings_hotline_id_hotlines_id_fk" FOREIGN KEY ("hotline_id") REFERENCES "public"."hotlines"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "site_settings_hotline_idx" ON "site_settings" USING btree ("hotline_id");`)
}
