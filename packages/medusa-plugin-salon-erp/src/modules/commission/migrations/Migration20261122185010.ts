import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261122185010 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_commission_entry_period_created_at_id" ON "commission_entry" ("period", "created_at", "id") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_commission_entry_period_created_at_id";`)
  }
}
