import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * The client module's read model: customers, completed visits and orders as the tag rules and
 * RFM scores need them (models client-customer-fact, client-visit-fact, client-order-fact).
 *
 * Written by hand in the generator's style: `plugin:db:generate` mis-reads the plugin's
 * snapshots. Names and partial `deleted_at` conditions are those MikroORM gives the DML models.
 */
export class Migration20261207210000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "client_customer_fact" ("id" text not null, "customer_id" text not null, "customer_created_at" timestamptz not null, "is_deleted" boolean not null default false, "synced_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "client_customer_fact_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_client_customer_fact_deleted_at" ON "client_customer_fact" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_client_customer_fact_customer_id_unique" ON "client_customer_fact" ("customer_id") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "client_visit_fact" ("id" text not null, "appointment_id" text not null, "customer_id" text not null, "visited_at" timestamptz not null, "categories" text[] not null, "synced_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "client_visit_fact_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_client_visit_fact_deleted_at" ON "client_visit_fact" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_client_visit_fact_appointment_id_unique" ON "client_visit_fact" ("appointment_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_client_visit_fact_customer_id_visited_at" ON "client_visit_fact" ("customer_id", "visited_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "client_order_fact" ("id" text not null, "order_id" text not null, "customer_id" text not null, "currency_code" text not null, "placed_at" timestamptz not null, "spend" numeric not null, "raw_spend" jsonb not null, "is_canceled" boolean not null default false, "synced_at" timestamptz not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "client_order_fact_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_client_order_fact_deleted_at" ON "client_order_fact" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_client_order_fact_order_id_unique" ON "client_order_fact" ("order_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_client_order_fact_customer_id" ON "client_order_fact" ("customer_id") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "client_order_fact" cascade;`)
    this.addSql(`drop table if exists "client_visit_fact" cascade;`)
    this.addSql(`drop table if exists "client_customer_fact" cascade;`)
  }
}
