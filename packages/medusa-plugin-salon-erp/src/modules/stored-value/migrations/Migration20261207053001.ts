import { Migration } from "@medusajs/framework/mikro-orm/migrations"
import { createOutboxTableSql, dropOutboxTableSql } from "../../../lib/outbox/migration"

/**
 * The stored value outbox (stored_value_outbox_event). Written by hand from the shared outbox
 * table SQL: `medusa plugin:db:generate` looks for another snapshot file under the plugin's
 * package name and would re-create every table.
 */
export class Migration20261207053001 extends Migration {
  override async up(): Promise<void> {
    createOutboxTableSql("stored_value_outbox_event").forEach((sql) => this.addSql(sql))
  }

  override async down(): Promise<void> {
    dropOutboxTableSql("stored_value_outbox_event").forEach((sql) => this.addSql(sql))
  }
}
