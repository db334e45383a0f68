import { Migration } from "@medusajs/framework/mikro-orm/migrations"
import { createOutboxTableSql, dropOutboxTableSql } from "../../../lib/outbox/migration"
import { FEEDBACK_OUTBOX_TABLE } from "../events"

/**
 * Written by hand: `plugin:db:generate` mis-reads the plugin's snapshot. Adds the module's
 * outbox, and `satisfaction_survey.invitation_done_at`, which tells a survey whose invitation
 * step finished from one whose handler died before it (a repeat finishes only the latter).
 * Surveys already sent count as done.
 */
export class Migration20261207120100 extends Migration {
  override async up(): Promise<void> {
    createOutboxTableSql(FEEDBACK_OUTBOX_TABLE).forEach((sql) => this.addSql(sql))
    this.addSql(
      `alter table if exists "satisfaction_survey" add column if not exists "invitation_done_at" timestamptz null;`
    )
    this.addSql(
      `update "satisfaction_survey" set "invitation_done_at" = "sent_at" where "sent_at" is not null and "invitation_done_at" is null;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table if exists "satisfaction_survey" drop column if exists "invitation_done_at";`
    )
    dropOutboxTableSql(FEEDBACK_OUTBOX_TABLE).forEach((sql) => this.addSql(sql))
  }
}
