import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261122215907 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "stored_value_operation" drop constraint if exists "stored_value_operation_kind_check";`
    )

    this.addSql(
      `alter table if exists "stored_value_entry" drop constraint if exists "stored_value_entry_type_check";`
    )

    this.addSql(
      `alter table if exists "stored_value_operation" add constraint "stored_value_operation_kind_check" check("kind" in ('top_up', 'spend', 'refund', 'reversal', 'adjustment', 'expiry', 'closure', 'migration'));`
    )

    this.addSql(
      `alter table if exists "stored_value_entry" add constraint "stored_value_entry_type_check" check("type" in ('top_up_principal', 'top_up_bonus', 'spend', 'refund', 'reversal', 'expiry', 'adjustment', 'closure', 'migration'));`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "stored_value_operation" drop constraint if exists "stored_value_operation_kind_check";`
    )

    this.addSql(
      `alter table if exists "stored_value_entry" drop constraint if exists "stored_value_entry_type_check";`
    )

    this.addSql(
      `alter table if exists "stored_value_operation" add constraint "stored_value_operation_kind_check" check("kind" in ('top_up', 'spend', 'refund', 'reversal', 'adjustment', 'expiry', 'closure'));`
    )

    this.addSql(
      `alter table if exists "stored_value_entry" add constraint "stored_value_entry_type_check" check("type" in ('top_up_principal', 'top_up_bonus', 'spend', 'refund', 'reversal', 'expiry', 'adjustment', 'closure'));`
    )
  }
}
