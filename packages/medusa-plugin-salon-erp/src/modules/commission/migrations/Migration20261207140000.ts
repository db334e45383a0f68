import { Migration } from "@medusajs/framework/mikro-orm/migrations"
import { createOutboxTableSql, dropOutboxTableSql } from "../../../lib/outbox/migration"

/**
 * The commission outbox (commission_outbox_event). Written by hand from the shared outbox table
 * SQL: `medusa plugin:db:generate` mis-reads the plugin's snapshot and would re-create every table.
 */
export class Migration20261207140000 extends Migration {
  override async up(): Promise<void> {
    createOutboxTableSql("commission_outbox_event").forEach((sql) => this.addSql(sql))
  }

  override async down(): Promise<void> {
    dropOutboxTableSql("commission_outbox_event").forEach((sql) => this.addSql(sql))
  }
}
