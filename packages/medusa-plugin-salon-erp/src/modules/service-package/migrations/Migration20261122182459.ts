import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261122182459 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "package_template_item" drop constraint if exists "package_template_item_template_id_salon_service_id_unique";`
    )
    this.addSql(
      `alter table if exists "package_template" drop constraint if exists "package_template_variant_id_unique";`
    )
    this.addSql(
      `alter table if exists "package_ledger_entry" drop constraint if exists "package_ledger_entry_reverses_entry_id_unique";`
    )
    this.addSql(
      `alter table if exists "package_operation" drop constraint if exists "package_operation_key_scope_idempotency_key_unique";`
    )
    this.addSql(
      `alter table if exists "customer_package_item" drop constraint if exists "customer_package_item_package_id_salon_service_id_unique";`
    )
    this.addSql(
      `create table if not exists "customer_package" ("id" text not null, "display_id" serial, "customer_id" text not null, "template_id" text null, "name" text not null, "status" text check ("status" in ('active', 'frozen', 'expired', 'refunded', 'canceled')) not null default 'active', "source" text check ("source" in ('online', 'counter', 'transfer')) not null, "currency_code" text not null, "price_paid" numeric not null, "payment_method" text null, "branch_scope" text check ("branch_scope" in ('all_branches', 'selling_branch')) not null, "selling_branch_id" text null, "sold_by_staff_member_id" text null, "sold_by_user_id" text null, "allocation_method" text check ("allocation_method" in ('list_price', 'equal', 'fixed')) not null, "refund_fee_percent" real not null default 0, "purchased_at" timestamptz not null, "expires_at" timestamptz not null, "order_id" text null, "order_line_item_id" text null, "transferred_from_package_id" text null, "frozen_at" timestamptz null, "frozen_reason" text null, "expired_at" timestamptz null, "refunded_at" timestamptz null, "refund_gross_amount" numeric null, "refund_fee" numeric null, "refund_amount" numeric null, "refund_method" text null, "canceled_at" timestamptz null, "expiry_reminder_sent_at" timestamptz null, "metadata" jsonb null, "raw_price_paid" jsonb not null, "raw_refund_gross_amount" jsonb null, "raw_refund_fee" jsonb null, "raw_refund_amount" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "customer_package_pkey" primary key ("id"), constraint customer_package_price_paid_range check (price_paid >= 0), constraint customer_package_refund_fee_range check (refund_fee_percent >= 0 AND refund_fee_percent <= 100));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_customer_package_deleted_at" ON "customer_package" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_customer_package_customer_id_status_expires_at" ON "customer_package" ("customer_id", "status", "expires_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_customer_package_status_expires_at" ON "customer_package" ("status", "expires_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_customer_package_order_id" ON "customer_package" ("order_id") WHERE order_id IS NOT NULL AND deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_customer_package_template_id" ON "customer_package" ("template_id") WHERE template_id IS NOT NULL AND deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "customer_package_item" ("id" text not null, "position" integer not null default 0, "salon_service_id" text not null, "service_name" text not null, "total_sessions" integer not null, "remaining" integer not null, "reserved" integer not null default 0, "allocated_amount" numeric not null, "value_remaining" numeric not null, "package_id" text not null, "raw_allocated_amount" jsonb not null, "raw_value_remaining" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "customer_package_item_pkey" primary key ("id"), constraint customer_package_item_remaining_range check (remaining >= 0), constraint customer_package_item_reserved_range check (reserved >= 0 AND reserved <= remaining), constraint customer_package_item_value_range check (value_remaining >= 0 AND (remaining > 0 OR value_remaining = 0)));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_customer_package_item_package_id" ON "customer_package_item" ("package_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_customer_package_item_deleted_at" ON "customer_package_item" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_customer_package_item_package_id_salon_service_id_unique" ON "customer_package_item" ("package_id", "salon_service_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_customer_package_item_salon_service_id" ON "customer_package_item" ("salon_service_id") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "package_operation" ("id" text not null, "key_scope" text check ("key_scope" in ('request', 'system')) not null, "idempotency_key" text not null, "type" text check ("type" in ('sell', 'redeem', 'forfeit', 'reverse', 'adjust', 'expire', 'refund', 'transfer', 'void', 'freeze', 'unfreeze', 'extend')) not null, "package_id" text not null, "customer_id" text not null, "fingerprint" text not null, "reason" text null, "author_type" text check ("author_type" in ('user', 'customer', 'system')) not null, "author_id" text null, "data" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "package_operation_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_package_operation_deleted_at" ON "package_operation" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_package_operation_key_scope_idempotency_key_unique" ON "package_operation" ("key_scope", "idempotency_key") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_package_operation_package_id_created_at" ON "package_operation" ("package_id", "created_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "package_ledger_entry" ("id" text not null, "type" text check ("type" in ('issue', 'redeem', 'forfeit', 'reverse', 'expire', 'refund', 'adjust', 'transfer_out', 'transfer_in')) not null, "customer_id" text not null, "salon_service_id" text not null, "quantity" integer not null, "remaining_after" integer not null, "value" numeric not null, "session_value" numeric not null, "currency_code" text not null, "branch_id" text null, "staff_member_id" text null, "appointment_id" text null, "appointment_item_id" text null, "reservation_id" text null, "order_id" text null, "order_line_item_id" text null, "related_package_id" text null, "reverses_entry_id" text null, "reason" text null, "author_type" text check ("author_type" in ('user', 'customer', 'system')) not null, "author_id" text null, "idempotency_key" text not null, "package_id" text not null, "package_item_id" text not null, "operation_id" text not null, "raw_value" jsonb not null, "raw_session_value" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "package_ledger_entry_pkey" primary key ("id"), constraint package_ledger_entry_quantity_nonzero check (quantity <> 0), constraint package_ledger_entry_sign check ((type IN ('issue', 'transfer_in') AND quantity > 0) OR (type IN ('redeem', 'forfeit', 'expire', 'refund', 'transfer_out') AND quantity < 0) OR type IN ('reverse', 'adjust')), constraint package_ledger_entry_remaining_after_range check (remaining_after >= 0));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_package_ledger_entry_package_id" ON "package_ledger_entry" ("package_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_package_ledger_entry_package_item_id" ON "package_ledger_entry" ("package_item_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_package_ledger_entry_operation_id" ON "package_ledger_entry" ("operation_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_package_ledger_entry_deleted_at" ON "package_ledger_entry" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_package_ledger_entry_package_id_created_at" ON "package_ledger_entry" ("package_id", "created_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_package_ledger_entry_customer_id_created_at" ON "package_ledger_entry" ("customer_id", "created_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_package_ledger_entry_reverses_entry_id_unique" ON "package_ledger_entry" ("reverses_entry_id") WHERE reverses_entry_id IS NOT NULL AND deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_package_ledger_entry_appointment_id" ON "package_ledger_entry" ("appointment_id") WHERE appointment_id IS NOT NULL AND deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_package_ledger_entry_type_created_at" ON "package_ledger_entry" ("type", "created_at") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "package_reservation" ("id" text not null, "customer_id" text not null, "appointment_id" text not null, "appointment_item_id" text not null, "salon_service_id" text not null, "branch_id" text not null, "status" text check ("status" in ('reserved', 'redeemed', 'released', 'forfeited')) not null default 'reserved', "source" text check ("source" in ('auto', 'staff', 'customer')) not null, "release_reason" text null, "resolved_at" timestamptz null, "ledger_entry_id" text null, "created_by" text null, "package_id" text not null, "package_item_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "package_reservation_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_package_reservation_package_id" ON "package_reservation" ("package_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_package_reservation_package_item_id" ON "package_reservation" ("package_item_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_package_reservation_deleted_at" ON "package_reservation" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_package_reservation_one_active_per_item" ON "package_reservation" ("appointment_item_id") WHERE status = 'reserved' AND deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_package_reservation_appointment_id" ON "package_reservation" ("appointment_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_package_reservation_appointment_item_id" ON "package_reservation" ("appointment_item_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_package_reservation_package_id_status" ON "package_reservation" ("package_id", "status") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "package_template" ("id" text not null, "name" text not null, "description" text null, "variant_id" text not null, "currency_code" text not null default 'cny', "validity_days" integer null, "valid_until" timestamptz null, "branch_scope" text check ("branch_scope" in ('all_branches', 'selling_branch')) not null default 'all_branches', "allocation_method" text check ("allocation_method" in ('list_price', 'equal', 'fixed')) not null default 'list_price', "refund_fee_percent" real null, "is_active" boolean not null default true, "metadata" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "package_template_pkey" primary key ("id"), constraint package_template_one_validity check ((validity_days IS NULL) <> (valid_until IS NULL)), constraint package_template_validity_days_positive check (validity_days IS NULL OR validity_days > 0), constraint package_template_refund_fee_range check (refund_fee_percent IS NULL OR (refund_fee_percent >= 0 AND refund_fee_percent <= 100)));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_package_template_deleted_at" ON "package_template" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_package_template_variant_id_unique" ON "package_template" ("variant_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_package_template_is_active" ON "package_template" ("is_active") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "package_template_item" ("id" text not null, "position" integer not null default 0, "salon_service_id" text not null, "sessions" integer not null, "session_value" numeric null, "template_id" text not null, "raw_session_value" jsonb null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "package_template_item_pkey" primary key ("id"), constraint package_template_item_sessions_positive check (sessions > 0), constraint package_template_item_session_value_range check (session_value IS NULL OR session_value >= 0));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_package_template_item_template_id" ON "package_template_item" ("template_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_package_template_item_deleted_at" ON "package_template_item" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_package_template_item_template_id_salon_service_id_unique" ON "package_template_item" ("template_id", "salon_service_id") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `alter table if exists "customer_package_item" add constraint "customer_package_item_package_id_foreign" foreign key ("package_id") references "customer_package" ("id") on update cascade;`
    )

    this.addSql(
      `alter table if exists "package_ledger_entry" add constraint "package_ledger_entry_package_id_foreign" foreign key ("package_id") references "customer_package" ("id") on update cascade;`
    )
    this.addSql(
      `alter table if exists "package_ledger_entry" add constraint "package_ledger_entry_package_item_id_foreign" foreign key ("package_item_id") references "customer_package_item" ("id") on update cascade;`
    )
    this.addSql(
      `alter table if exists "package_ledger_entry" add constraint "package_ledger_entry_operation_id_foreign" foreign key ("operation_id") references "package_operation" ("id") on update cascade;`
    )

    this.addSql(
      `alter table if exists "package_reservation" add constraint "package_reservation_package_id_foreign" foreign key ("package_id") references "customer_package" ("id") on update cascade;`
    )
    this.addSql(
      `alter table if exists "package_reservation" add constraint "package_reservation_package_item_id_foreign" foreign key ("package_item_id") references "customer_package_item" ("id") on update cascade;`
    )

    this.addSql(
      `alter table if exists "package_template_item" add constraint "package_template_item_template_id_foreign" foreign key ("template_id") references "package_template" ("id") on update cascade on delete cascade;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "customer_package_item" drop constraint if exists "customer_package_item_package_id_foreign";`
    )

    this.addSql(
      `alter table if exists "package_ledger_entry" drop constraint if exists "package_ledger_entry_package_id_foreign";`
    )

    this.addSql(
      `alter table if exists "package_reservation" drop constraint if exists "package_reservation_package_id_foreign";`
    )

    this.addSql(
      `alter table if exists "package_ledger_entry" drop constraint if exists "package_ledger_entry_package_item_id_foreign";`
    )

    this.addSql(
      `alter table if exists "package_reservation" drop constraint if exists "package_reservation_package_item_id_foreign";`
    )

    this.addSql(
      `alter table if exists "package_ledger_entry" drop constraint if exists "package_ledger_entry_operation_id_foreign";`
    )

    this.addSql(
      `alter table if exists "package_template_item" drop constraint if exists "package_template_item_template_id_foreign";`
    )

    this.addSql(`drop table if exists "customer_package" cascade;`)

    this.addSql(`drop table if exists "customer_package_item" cascade;`)

    this.addSql(`drop table if exists "package_operation" cascade;`)

    this.addSql(`drop table if exists "package_ledger_entry" cascade;`)

    this.addSql(`drop table if exists "package_reservation" cascade;`)

    this.addSql(`drop table if exists "package_template" cascade;`)

    this.addSql(`drop table if exists "package_template_item" cascade;`)
  }
}
