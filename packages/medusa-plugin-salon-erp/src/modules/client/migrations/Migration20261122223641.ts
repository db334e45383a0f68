import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261122223641 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_client_profile_custom_fields" ON "client_profile" USING GIN ("custom_fields") WHERE deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop index if exists "IDX_client_profile_custom_fields";`)
  }
}
