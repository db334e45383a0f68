import { Migration } from "@medusajs/framework/mikro-orm/migrations"
import { createOutboxTableSql, dropOutboxTableSql } from "../../../lib/outbox/migration"

/**
 * Registers, shifts, cash entries and the counter outbox. Written by hand from the models:
 * `medusa plugin:db:generate` mis-reads the plugin's snapshots (it looks for another snapshot file
 * name and so re-creates every module's tables), so it was not used. The statements are those
 * MikroORM writes for these DML models (bigNumber = numeric + raw_* jsonb, enums as checks,
 * indexes partial on deleted_at), plus the partial unique index that allows one open shift per
 * register.
 */
export class Migration20261207150000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "counter_register" ("id" text not null, "branch_id" text not null, "name" text not null, "code" text not null, "currency_code" text not null, "is_active" boolean not null default true, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "counter_register_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_counter_register_deleted_at" ON "counter_register" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_counter_register_branch_id_code_unique" ON "counter_register" ("branch_id", "code") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_counter_register_branch_id_is_active" ON "counter_register" ("branch_id", "is_active") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "counter_shift" ("id" text not null, "register_id" text not null, "branch_id" text not null, "currency_code" text not null, "status" text check ("status" in ('open', 'closed')) not null default 'open', "opened_by" text not null, "opened_at" timestamptz not null, "opening_float" numeric not null, "closed_by" text null, "closed_at" timestamptz null, "counted_cash" numeric null, "expected_cash" numeric null, "cash_difference" numeric null, "counted_tenders" jsonb null, "closing_note" text null, "raw_opening_float" jsonb not null, "raw_counted_cash" jsonb null, "raw_expected_cash" jsonb null, "raw_cash_difference" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "counter_shift_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_counter_shift_deleted_at" ON "counter_shift" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_counter_shift_one_open_per_register" ON "counter_shift" ("register_id") WHERE status = 'open' AND deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_counter_shift_register_id_opened_at" ON "counter_shift" ("register_id", "opened_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_counter_shift_branch_id_opened_at" ON "counter_shift" ("branch_id", "opened_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_counter_shift_status" ON "counter_shift" ("status") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "counter_cash_entry" ("id" text not null, "shift_id" text not null, "kind" text check ("kind" in ('opening_float', 'paid_in', 'paid_out', 'correction', 'sale', 'refund')) not null, "amount" numeric not null, "reason" text null, "created_by" text not null, "idempotency_key" text not null, "fingerprint" text not null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "counter_cash_entry_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_counter_cash_entry_deleted_at" ON "counter_cash_entry" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_counter_cash_entry_idempotency_key_unique" ON "counter_cash_entry" ("idempotency_key") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_counter_cash_entry_shift_id_created_at" ON "counter_cash_entry" ("shift_id", "created_at") WHERE deleted_at IS NULL;`
    )

    createOutboxTableSql("counter_outbox_event").forEach((sql) => this.addSql(sql))
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "counter_cash_entry" cascade;`)
    this.addSql(`drop table if exists "counter_shift" cascade;`)
    this.addSql(`drop table if exists "counter_register" cascade;`)
    dropOutboxTableSql("counter_outbox_event").forEach((sql) => this.addSql(sql))
  }
}
