import { Migration } from "@medusajs/framework/mikro-orm/migrations"
import { createOutboxTableSql, dropOutboxTableSql } from "../../../lib/outbox/migration"

/**
 * Written by hand: `plugin:db:generate` mis-reads the plugin's snapshot. Adds the booking
 * module's outbox, where appointment events are written in the transaction of each change.
 */
export class Migration20261207053000 extends Migration {
  override async up(): Promise<void> {
    createOutboxTableSql("booking_outbox_event").forEach((sql) => this.addSql(sql))
  }

  override async down(): Promise<void> {
    dropOutboxTableSql("booking_outbox_event").forEach((sql) => this.addSql(sql))
  }
}
