import { Migration } from "@medusajs/framework/mikro-orm/migrations"
import { createOutboxTableSql, dropOutboxTableSql } from "../../../lib/outbox/migration"

/**
 * Written by hand: `plugin:db:generate` mis-reads the plugin's snapshot. Adds the module's
 * outbox (the shared outbox table shape, declared by `defineOutboxEventModel`).
 */
export class Migration20261207120000 extends Migration {
  override async up(): Promise<void> {
    createOutboxTableSql("service_package_outbox_event").forEach((sql) => this.addSql(sql))
  }

  override async down(): Promise<void> {
    dropOutboxTableSql("service_package_outbox_event").forEach((sql) => this.addSql(sql))
  }
}
