import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "volunteer_opportunities" ALTER COLUMN "training_required" SET DEFAULT false;
  ALTER TABLE "_volunteer_opportunities_v" ALTER COLUMN "version_training_required" SET DEFAULT false;`)
  // Roles saved before the default have no answer stored: no training was asked for.
  await db.execute(sql`
   UPDATE "volunteer_opportunities" SET "training_required" = false WHERE "training_required" IS NULL;
  UPDATE "_volunteer_opportunities_v" SET "version_training_required" = false WHERE "version_training_required" IS NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "volunteer_opportunities" ALTER COLUMN "training_required" DROP DEFAULT;
  ALTER TABLE "_volunteer_opportunities_v" ALTER COLUMN "version_training_required" DROP DEFAULT;`)
}
