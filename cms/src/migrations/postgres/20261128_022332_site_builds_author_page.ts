import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "site_builds" ADD COLUMN "triggered_by" varchar;
  ALTER TABLE "site_builds" ADD COLUMN "changed_page" varchar;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "site_builds" DROP COLUMN "triggered_by";
  ALTER TABLE "site_builds" DROP COLUMN "changed_page";`)
}
