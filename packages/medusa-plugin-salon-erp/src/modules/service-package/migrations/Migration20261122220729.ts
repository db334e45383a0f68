import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261122220729 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "customer_package" drop constraint if exists "customer_package_source_check";`
    )

    this.addSql(
      `alter table if exists "package_operation" drop constraint if exists "package_operation_type_check";`
    )

    this.addSql(
      `alter table if exists "package_ledger_entry" drop constraint if exists "package_ledger_entry_type_check";`
    )

    this.addSql(
      `alter table if exists "customer_package" add constraint "customer_package_source_check" check("source" in ('online', 'counter', 'transfer', 'migration'));`
    )

    this.addSql(
      `alter table if exists "package_operation" add constraint "package_operation_type_check" check("type" in ('sell', 'redeem', 'forfeit', 'reverse', 'adjust', 'expire', 'refund', 'transfer', 'void', 'freeze', 'unfreeze', 'extend', 'migrate'));`
    )

    this.addSql(
      `alter table if exists "package_ledger_entry" drop constraint if exists package_ledger_entry_sign;`
    )

    this.addSql(
      `alter table if exists "package_ledger_entry" add constraint "package_ledger_entry_type_check" check("type" in ('issue', 'redeem', 'forfeit', 'reverse', 'expire', 'refund', 'adjust', 'transfer_out', 'transfer_in', 'migration'));`
    )
    this.addSql(
      `alter table if exists "package_ledger_entry" add constraint package_ledger_entry_sign check((type IN ('issue', 'transfer_in', 'migration') AND quantity > 0) OR (type IN ('redeem', 'forfeit', 'expire', 'refund', 'transfer_out') AND quantity < 0) OR type IN ('reverse', 'adjust'));`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "customer_package" drop constraint if exists "customer_package_source_check";`
    )

    this.addSql(
      `alter table if exists "package_operation" drop constraint if exists "package_operation_type_check";`
    )

    this.addSql(
      `alter table if exists "package_ledger_entry" drop constraint if exists "package_ledger_entry_type_check";`
    )

    this.addSql(
      `alter table if exists "customer_package" add constraint "customer_package_source_check" check("source" in ('online', 'counter', 'transfer'));`
    )

    this.addSql(
      `alter table if exists "package_operation" add constraint "package_operation_type_check" check("type" in ('sell', 'redeem', 'forfeit', 'reverse', 'adjust', 'expire', 'refund', 'transfer', 'void', 'freeze', 'unfreeze', 'extend'));`
    )

    this.addSql(
      `alter table if exists "package_ledger_entry" drop constraint if exists package_ledger_entry_sign;`
    )

    this.addSql(
      `alter table if exists "package_ledger_entry" add constraint "package_ledger_entry_type_check" check("type" in ('issue', 'redeem', 'forfeit', 'reverse', 'expire', 'refund', 'adjust', 'transfer_out', 'transfer_in'));`
    )
    this.addSql(
      `alter table if exists "package_ledger_entry" add constraint package_ledger_entry_sign check((type IN ('issue', 'transfer_in') AND quantity > 0) OR (type IN ('redeem', 'forfeit', 'expire', 'refund', 'transfer_out') AND quantity < 0) OR type IN ('reverse', 'adjust'));`
    )
  }
}
