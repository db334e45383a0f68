import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Checkout holds (stored_value_hold). `medusa plugin:db:generate` produced this table's SQL, but
 * under the plugin's package name it looked for another snapshot file and so re-created every
 * table; the statements below are its output for the new table only (the snapshot is updated).
 */
export class Migration20261207022755 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "stored_value_hold" ("id" text not null, "cart_id" text not null, "customer_id" text not null, "currency_code" text not null, "amount" numeric not null, "status" text check ("status" in ('active', 'captured', 'released')) not null default 'active', "expires_at" timestamptz not null, "operation_id" text null, "order_id" text null, "captured_at" timestamptz null, "released_at" timestamptz null, "release_reason" text null, "account_id" text not null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "stored_value_hold_pkey" primary key ("id"), constraint stored_value_hold_positive check (amount > 0));`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stored_value_hold_account_id" ON "stored_value_hold" ("account_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stored_value_hold_deleted_at" ON "stored_value_hold" ("deleted_at") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_stored_value_hold_active_cart" ON "stored_value_hold" ("cart_id") WHERE status = 'active' AND deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stored_value_hold_cart_id" ON "stored_value_hold" ("cart_id") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stored_value_hold_account_id_status" ON "stored_value_hold" ("account_id", "status") WHERE deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_stored_value_hold_expires_at" ON "stored_value_hold" ("expires_at") WHERE status = 'active' AND deleted_at IS NULL;`
    )
    this.addSql(
      `alter table if exists "stored_value_hold" add constraint "stored_value_hold_account_id_foreign" foreign key ("account_id") references "stored_value_account" ("id") on update cascade;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "stored_value_hold" drop constraint if exists "stored_value_hold_account_id_foreign";`
    )
    this.addSql(`drop table if exists "stored_value_hold" cascade;`)
  }
}
