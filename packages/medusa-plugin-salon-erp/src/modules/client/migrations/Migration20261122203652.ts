import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261122203652 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "client_rfm" drop constraint if exists "client_rfm_customer_id_unique";`
    )
    this.addSql(
      `create table if not exists "client_rfm" ("id" text not null, "customer_id" text not null, "recency_days" integer not null, "frequency" integer not null, "monetary" numeric not null, "r_score" integer not null, "f_score" integer not null, "m_score" integer not null, "segment" text check ("segment" in ('champions', 'loyal', 'potential', 'at_risk', 'hibernating', 'new')) not null, "computed_at" timestamptz not null, "raw_monetary" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "client_rfm_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_client_rfm_deleted_at" ON "client_rfm" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_client_rfm_customer_id_unique" ON "client_rfm" ("customer_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_client_rfm_segment" ON "client_rfm" ("segment") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "client_rfm" cascade;`)
  }
}
