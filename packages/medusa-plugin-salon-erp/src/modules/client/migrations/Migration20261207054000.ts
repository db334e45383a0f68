import { Migration } from "@medusajs/framework/mikro-orm/migrations"
import { createOutboxTableSql, dropOutboxTableSql } from "../../../lib/outbox/migration"

/**
 * Written by hand: `plugin:db:generate` mis-reads the plugin's snapshot. Adds the client
 * module's outbox, where import and erasure events are written in the transaction of the change.
 */
export class Migration20261207054000 extends Migration {
  override async up(): Promise<void> {
    createOutboxTableSql("client_outbox_event").forEach((sql) => this.addSql(sql))
  }

  override async down(): Promise<void> {
    dropOutboxTableSql("client_outbox_event").forEach((sql) => this.addSql(sql))
  }
}
