import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261122170500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "stored_value_entry" drop constraint if exists "stored_value_entry_account_id_sequence_unique";`
    )
    this.addSql(
      `alter table if exists "stored_value_operation" drop constraint if exists "stored_value_operation_idempotency_key_unique";`
    )
    this.addSql(
      `alter table if exists "stored_value_account" drop constraint if exists "stored_value_account_customer_id_currency_code_unique";`
    )
    this.addSql(
      `alter table if exists "recharge_plan" drop constraint if exists "recharge_plan_variant_id_unique";`
    )
    this.addSql(
      `create table if not exists "recharge_plan" ("id" text not null, "name" text not null, "description" text null, "currency_code" text not null, "pay_amount" numeric not null, "bonus_type" text check ("bonus_type" in ('fixed', 'percent')) not null default 'fixed', "bonus_value" numeric not null default 0, "bonus_validity_days" integer null, "starts_at" timestamptz null, "ends_at" timestamptz null, "is_active" boolean not null default true, "variant_id" text not null, "metadata" jsonb null, "raw_pay_amount" jsonb not null, "raw_bonus_value" jsonb not null default '{"value":"0","precision":20}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "recharge_plan_pkey" primary key ("id"), constraint recharge_plan_pay_positive check (pay_amount > 0), constraint recharge_plan_bonus_not_negative check (bonus_value >= 0));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_recharge_plan_deleted_at" ON "recharge_plan" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_recharge_plan_variant_id_unique" ON "recharge_plan" ("variant_id") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "stored_value_account" ("id" text not null, "customer_id" text not null, "currency_code" text not null, "principal_balance" numeric not null default 0, "bonus_balance" numeric not null default 0, "status" text check ("status" in ('active', 'closed')) not null default 'active', "closed_at" timestamptz null, "closed_reason" text null, "closed_by" text null, "raw_principal_balance" jsonb not null default '{"value":"0","precision":20}', "raw_bonus_balance" jsonb not null default '{"value":"0","precision":20}', "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "stored_value_account_pkey" primary key ("id"), constraint stored_value_principal_not_negative check (principal_balance >= 0), constraint stored_value_bonus_not_negative check (bonus_balance >= 0));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stored_value_account_deleted_at" ON "stored_value_account" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_stored_value_account_customer_id_currency_code_unique" ON "stored_value_account" ("customer_id", "currency_code") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "stored_value_bonus_lot" ("id" text not null, "entry_id" text not null, "amount" numeric not null, "expires_at" timestamptz null, "expired_at" timestamptz null, "expired_amount" numeric null, "account_id" text not null, "raw_amount" jsonb not null, "raw_expired_amount" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "stored_value_bonus_lot_pkey" primary key ("id"), constraint stored_value_bonus_lot_positive check (amount > 0));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stored_value_bonus_lot_account_id" ON "stored_value_bonus_lot" ("account_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stored_value_bonus_lot_deleted_at" ON "stored_value_bonus_lot" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stored_value_bonus_lot_expires_at" ON "stored_value_bonus_lot" ("expires_at") WHERE expired_at IS NULL AND expires_at IS NOT NULL AND deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "stored_value_operation" ("id" text not null, "idempotency_key" text not null, "kind" text check ("kind" in ('top_up', 'spend', 'refund', 'reversal', 'adjustment', 'expiry', 'closure')) not null, "account_id" text not null, "fingerprint" jsonb not null, "target_operation_id" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "stored_value_operation_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stored_value_operation_deleted_at" ON "stored_value_operation" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_stored_value_operation_idempotency_key_unique" ON "stored_value_operation" ("idempotency_key") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stored_value_operation_account_id_kind" ON "stored_value_operation" ("account_id", "kind") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stored_value_operation_target_operation_id" ON "stored_value_operation" ("target_operation_id") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "stored_value_entry" ("id" text not null, "sequence" integer not null, "type" text check ("type" in ('top_up_principal', 'top_up_bonus', 'spend', 'refund', 'reversal', 'expiry', 'adjustment', 'closure')) not null, "principal_amount" numeric not null, "bonus_amount" numeric not null, "principal_balance_after" numeric not null, "bonus_balance_after" numeric not null, "currency_code" text not null, "customer_id" text not null, "branch_id" text null, "staff_member_id" text null, "reference_type" text null, "reference_id" text null, "payment_method" text null, "reason" text null, "created_by" text null, "reverses_entry_id" text null, "account_id" text not null, "operation_id" text not null, "raw_principal_amount" jsonb not null, "raw_bonus_amount" jsonb not null, "raw_principal_balance_after" jsonb not null, "raw_bonus_balance_after" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "stored_value_entry_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stored_value_entry_account_id" ON "stored_value_entry" ("account_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stored_value_entry_operation_id" ON "stored_value_entry" ("operation_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stored_value_entry_deleted_at" ON "stored_value_entry" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_stored_value_entry_account_id_sequence_unique" ON "stored_value_entry" ("account_id", "sequence") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stored_value_entry_customer_id_created_at" ON "stored_value_entry" ("customer_id", "created_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stored_value_entry_branch_id_created_at" ON "stored_value_entry" ("branch_id", "created_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stored_value_entry_staff_member_id_created_at" ON "stored_value_entry" ("staff_member_id", "created_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stored_value_entry_type_created_at" ON "stored_value_entry" ("type", "created_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stored_value_entry_reference_type_reference_id" ON "stored_value_entry" ("reference_type", "reference_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stored_value_entry_reverses_entry_id" ON "stored_value_entry" ("reverses_entry_id") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `alter table if exists "stored_value_bonus_lot" add constraint "stored_value_bonus_lot_account_id_foreign" foreign key ("account_id") references "stored_value_account" ("id") on update cascade;`
    )

    this.addSql(
      `alter table if exists "stored_value_entry" add constraint "stored_value_entry_account_id_foreign" foreign key ("account_id") references "stored_value_account" ("id") on update cascade;`
    )
    this.addSql(
      `alter table if exists "stored_value_entry" add constraint "stored_value_entry_operation_id_foreign" foreign key ("operation_id") references "stored_value_operation" ("id") on update cascade;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "stored_value_bonus_lot" drop constraint if exists "stored_value_bonus_lot_account_id_foreign";`
    )

    this.addSql(
      `alter table if exists "stored_value_entry" drop constraint if exists "stored_value_entry_account_id_foreign";`
    )

    this.addSql(
      `alter table if exists "stored_value_entry" drop constraint if exists "stored_value_entry_operation_id_foreign";`
    )

    this.addSql(`drop table if exists "recharge_plan" cascade;`)

    this.addSql(`drop table if exists "stored_value_account" cascade;`)

    this.addSql(`drop table if exists "stored_value_bonus_lot" cascade;`)

    this.addSql(`drop table if exists "stored_value_operation" cascade;`)

    this.addSql(`drop table if exists "stored_value_entry" cascade;`)
  }
}
