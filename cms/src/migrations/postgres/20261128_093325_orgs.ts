import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "organizations_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" integer
  );
  
  CREATE TABLE "_organizations_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" integer
  );
  
  ALTER TABLE "hotlines" ADD COLUMN "illustrative" boolean DEFAULT false;
  ALTER TABLE "hotlines" ADD COLUMN "tty" varchar;
  ALTER TABLE "hotlines" ADD COLUMN "chat" varchar;
  ALTER TABLE "_hotlines_v" ADD COLUMN "version_illustrative" boolean DEFAULT false;
  ALTER TABLE "_hotlines_v" ADD COLUMN "version_tty" varchar;
  ALTER TABLE "_hotlines_v" ADD COLUMN "version_chat" varchar;
  ALTER TABLE "organizations_rels" ADD CONSTRAINT "organizations_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "organizations_rels" ADD CONSTRAINT "organizations_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_organizations_v_rels" ADD CONSTRAINT "_organizations_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_organizations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_organizations_v_rels" ADD CONSTRAINT "_organizations_v_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "organizations_rels_order_idx" ON "organizations_rels" USING btree ("order");
  CREATE INDEX "organizations_rels_parent_idx" ON "organizations_rels" USING btree ("parent_id");
  CREATE INDEX "organizations_rels_path_idx" ON "organizations_rels" USING btree ("path");
  CREATE INDEX "organizations_rels_topics_id_idx" ON "organizations_rels" USING btree ("topics_id");
  CREATE INDEX "_organizations_v_rels_order_idx" ON "_organizations_v_rels" USING btree ("order");
  CREATE INDEX "_organizations_v_rels_parent_idx" ON "_organizations_v_rels" USING btree ("parent_id");
  CREATE INDEX "_organizations_v_rels_path_idx" ON "_organizations_v_rels" USING btree ("path");
  CREATE INDEX "_organizations_v_rels_topics_id_idx" ON "_organizations_v_rels" USING btree ("topics_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "organizations_rels" CASCADE;
  DROP TABLE "_organizations_v_rels" CASCADE;
  ALTER TABLE "hotlines" DROP COLUMN "illustrative";
  ALTER TABLE "hotlines" DROP COLUMN "tty";
  ALTER TABLE "hotlines" DROP COLUMN "chat";
  ALTER TABLE "_hotlines_v" DROP COLUMN "version_illustrative";
  ALTER TABLE "_hotlines_v" DROP COLUMN "version_tty";
  ALTER TABLE "_hotlines_v" DROP COLUMN "version_chat";`)
}
