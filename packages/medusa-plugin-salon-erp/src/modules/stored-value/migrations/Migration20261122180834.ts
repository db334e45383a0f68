import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261122180834 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "stored_value_bonus_lot" add column if not exists "withdrawn_amount" numeric not null default 0, add column if not exists "raw_withdrawn_amount" jsonb not null default '{"value":"0","precision":20}';`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "stored_value_bonus_lot" drop column if exists "withdrawn_amount", drop column if exists "raw_withdrawn_amount";`
    )
  }
}
