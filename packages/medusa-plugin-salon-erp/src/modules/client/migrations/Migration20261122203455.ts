import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261122203455 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "client_profile" add column if not exists "erased_at" timestamptz null;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "client_profile" drop column if exists "erased_at";`)
  }
}
