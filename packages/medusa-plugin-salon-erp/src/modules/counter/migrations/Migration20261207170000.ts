import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Counter sales, their lines, tenders and refunds. Written by hand from the models, for the reason
 * given in Migration20261207150000 (the generator mis-reads the plugin's snapshots); the statements
 * are those MikroORM writes for these DML models. The trigger keeps lines and tenders append-only:
 * a refund appends negative rows, it never edits a sale's.
 */
export class Migration20261207170000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "counter_sale" ("id" text not null, "idempotency_key" text not null, "fingerprint" text not null, "status" text check ("status" in ('submitting', 'completed', 'failed')) not null default 'submitting', "channel" text check ("channel" in ('counter', 'online')) not null default 'counter', "branch_id" text not null, "register_id" text null, "shift_id" text null, "currency_code" text not null, "customer_id" text null, "order_id" text null, "order_display_id" integer null, "total" numeric not null default 0, "discount_total" numeric not null default 0, "manual_discount_total" numeric not null default 0, "manual_discount_reason" text null, "change_given" numeric not null default 0, "created_by" text not null, "completed_at" timestamptz null, "business_date" text not null, "failure" text null, "metadata" jsonb null, "raw_total" jsonb not null default '{"value":"0","precision":20}', "raw_discount_total" jsonb not null default '{"value":"0","precision":20}', "raw_manual_discount_total" jsonb not null default '{"value":"0","precision":20}', "raw_change_given" jsonb not null default '{"value":"0","precision":20}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "counter_sale_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_counter_sale_deleted_at" ON "counter_sale" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_counter_sale_idempotency_key_unique" ON "counter_sale" ("idempotency_key") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_counter_sale_order_id" ON "counter_sale" ("order_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_counter_sale_shift_id" ON "counter_sale" ("shift_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_counter_sale_branch_id_business_date" ON "counter_sale" ("branch_id", "business_date") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_counter_sale_customer_id" ON "counter_sale" ("customer_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `create table if not exists "counter_sale_line" ("id" text not null, "sale_id" text not null, "refund_id" text null, "reverses_line_id" text null, "branch_id" text not null, "shift_id" text null, "business_date" text not null, "currency_code" text not null, "order_line_id" text null, "position" integer not null default 0, "line_type" text check ("line_type" in ('service', 'product', 'package', 'top_up', 'tip')) not null, "title" text not null, "quantity" integer not null, "unit_price" numeric not null, "discount_amount" numeric not null default 0, "net_amount" numeric not null, "staff_member_id" text null, "is_designated" boolean not null default false, "appointment_id" text null, "appointment_item_id" text null, "variant_id" text null, "package_id" text null, "package_item_id" text null, "package_entry_id" text null, "session_value" numeric null, "raw_unit_price" jsonb not null, "raw_discount_amount" jsonb not null default '{"value":"0","precision":20}', "raw_net_amount" jsonb not null, "raw_session_value" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "counter_sale_line_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_counter_sale_line_deleted_at" ON "counter_sale_line" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_counter_sale_line_sale_id" ON "counter_sale_line" ("sale_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_counter_sale_line_branch_id_business_date" ON "counter_sale_line" ("branch_id", "business_date") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_counter_sale_line_shift_id" ON "counter_sale_line" ("shift_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_counter_sale_line_order_line_id" ON "counter_sale_line" ("order_line_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `create table if not exists "counter_tender" ("id" text not null, "sale_id" text not null, "refund_id" text null, "branch_id" text not null, "register_id" text null, "shift_id" text null, "business_date" text not null, "currency_code" text not null, "kind" text check ("kind" in ('cash', 'card', 'wechat_pay', 'alipay', 'bank_transfer', 'stored_value')) not null, "position" integer not null default 0, "amount" numeric not null, "tendered" numeric null, "change" numeric null, "reference" text null, "payment_id" text null, "payment_refund_id" text null, "stored_value_operation_id" text null, "principal_amount" numeric null, "bonus_amount" numeric null, "raw_amount" jsonb not null, "raw_tendered" jsonb null, "raw_change" jsonb null, "raw_principal_amount" jsonb null, "raw_bonus_amount" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "counter_tender_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_counter_tender_deleted_at" ON "counter_tender" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_counter_tender_sale_id" ON "counter_tender" ("sale_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_counter_tender_branch_id_business_date" ON "counter_tender" ("branch_id", "business_date") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_counter_tender_shift_id" ON "counter_tender" ("shift_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_counter_tender_payment_id" ON "counter_tender" ("payment_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `create table if not exists "counter_refund" ("id" text not null, "sale_id" text not null, "idempotency_key" text not null, "fingerprint" text not null, "kind" text check ("kind" in ('refund', 'void')) not null, "status" text check ("status" in ('submitting', 'completed', 'failed')) not null default 'submitting', "reason" text not null, "staff_member_id" text null, "created_by" text not null, "shift_id" text null, "branch_id" text not null, "business_date" text not null, "amount" numeric not null default 0, "completed_at" timestamptz null, "failure" text null, "raw_amount" jsonb not null default '{"value":"0","precision":20}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "counter_refund_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_counter_refund_deleted_at" ON "counter_refund" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_counter_refund_idempotency_key_unique" ON "counter_refund" ("idempotency_key") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_counter_refund_sale_id" ON "counter_refund" ("sale_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(`
      CREATE OR REPLACE FUNCTION counter_ledger_refuse_change() RETURNS trigger AS $$
      BEGIN
        RAISE EXCEPTION '% rows are append-only (% refused)', TG_TABLE_NAME, TG_OP
          USING ERRCODE = 'check_violation';
      END;
      $$ LANGUAGE plpgsql;`)
    for (const table of ["counter_sale_line", "counter_tender"]) {
      this.addSql(
        `CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON "${table}" FOR EACH ROW EXECUTE FUNCTION counter_ledger_refuse_change();`
      )
    }
  }

  override async down(): Promise<void> {
    this.addSql(`DROP FUNCTION IF EXISTS counter_ledger_refuse_change() CASCADE;`)
    this.addSql(`drop table if exists "counter_refund" cascade;`)
    this.addSql(`drop table if exists "counter_tender" cascade;`)
    this.addSql(`drop table if exists "counter_sale_line" cascade;`)
    this.addSql(`drop table if exists "counter_sale" cascade;`)
  }
}
