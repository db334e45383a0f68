import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261122175306 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "commission_period" drop constraint if exists "commission_period_period_unique";`
    )
    this.addSql(
      `alter table if exists "commission_attribution" drop constraint if exists "commission_attribution_source_line_id_role_staff_member_id_unique";`
    )
    this.addSql(
      `create table if not exists "commission_attribution" ("id" text not null, "source_type" text not null, "source_id" text not null, "source_line_id" text not null, "role" text check ("role" in ('labour', 'sales')) not null, "staff_member_id" text not null, "share" numeric not null, "set_by" text null, "raw_share" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "commission_attribution_pkey" primary key ("id"), constraint commission_attribution_share_range check (share > 0 AND share <= 100));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_commission_attribution_deleted_at" ON "commission_attribution" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_commission_attribution_source_type_source_id" ON "commission_attribution" ("source_type", "source_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_commission_attribution_source_line_id_role_staff_member_id_unique" ON "commission_attribution" ("source_line_id", "role", "staff_member_id") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "commission_entry" ("id" text not null, "period" text not null, "staff_member_id" text not null, "branch_id" text null, "customer_id" text null, "kind" text check ("kind" in ('service_performed', 'product_sold', 'package_sold', 'package_session_redeemed', 'top_up_sold', 'tier_settlement')) not null, "role" text check ("role" in ('labour', 'sales')) not null, "source_type" text not null, "source_id" text not null, "source_line_id" text not null, "currency_code" text not null, "base" numeric not null, "share" numeric not null, "quantity" integer not null default 1, "rule_id" text null, "rate_type" text check ("rate_type" in ('percent', 'fixed')) null, "rate" numeric null, "multiplier" real not null default 1, "is_designated" boolean not null default false, "amount" numeric not null, "explanation" text not null, "reverses_entry_id" text null, "occurred_at" timestamptz not null, "raw_base" jsonb not null, "raw_share" jsonb not null, "raw_rate" jsonb null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "commission_entry_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_commission_entry_deleted_at" ON "commission_entry" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_commission_entry_period_staff_member_id" ON "commission_entry" ("period", "staff_member_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_commission_entry_source_type_source_id" ON "commission_entry" ("source_type", "source_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_commission_entry_source_line_id_staff_member_id_role_kind" ON "commission_entry" ("source_line_id", "staff_member_id", "role", "kind") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_commission_entry_staff_member_id_occurred_at" ON "commission_entry" ("staff_member_id", "occurred_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_commission_entry_branch_id_period" ON "commission_entry" ("branch_id", "period") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "commission_period" ("id" text not null, "period" text not null, "status" text check ("status" in ('open', 'closed')) not null default 'open', "closed_at" timestamptz null, "closed_by" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "commission_period_pkey" primary key ("id"));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_commission_period_deleted_at" ON "commission_period" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_commission_period_period_unique" ON "commission_period" ("period") WHERE deleted_at IS NULL;`
    )

    this.addSql(
      `create table if not exists "commission_rule" ("id" text not null, "name" text not null, "kind" text check ("kind" in ('service_performed', 'product_sold', 'package_sold', 'package_session_redeemed', 'top_up_sold')) not null, "branch_id" text null, "staff_member_id" text null, "target_type" text check ("target_type" in ('product', 'product_variant', 'salon_service', 'package_template', 'recharge_plan')) null, "target_id" text null, "category" text null, "staff_level" text check ("staff_level" in ('junior', 'senior', 'expert')) null, "rate_type" text check ("rate_type" in ('percent', 'fixed')) not null default 'percent', "rate" numeric not null, "designated_multiplier" real not null default 1, "tier_mode" text check ("tier_mode" in ('none', 'progressive', 'retroactive')) not null default 'none', "tiers" jsonb null, "is_active" boolean not null default true, "raw_rate" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "commission_rule_pkey" primary key ("id"), constraint commission_rule_rate_not_negative check (rate >= 0), constraint commission_rule_multiplier_positive check (designated_multiplier > 0));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_commission_rule_deleted_at" ON "commission_rule" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_commission_rule_kind_is_active" ON "commission_rule" ("kind", "is_active") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "commission_attribution" cascade;`)

    this.addSql(`drop table if exists "commission_entry" cascade;`)

    this.addSql(`drop table if exists "commission_period" cascade;`)

    this.addSql(`drop table if exists "commission_rule" cascade;`)
  }
}
