import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Written by hand: DML cannot express triggers.
 *
 * `complaint.sla_state` is derived from the SLA fields on every insert and update, whoever
 * writes them (status moves, the SLA job, severity changes), so the board can filter and index
 * on it and it can never disagree with the deadlines: breached (a deadline was missed) › met
 * (resolved or closed in time) › at_risk (a warning went out and the deadline is still running)
 * › on_track.
 */
export class Migration20261122180400 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
CREATE OR REPLACE FUNCTION complaint_set_sla_state() RETURNS trigger AS $$
BEGIN
  NEW.sla_state := CASE
    WHEN NEW.first_response_met IS FALSE OR NEW.resolution_met IS FALSE THEN 'breached'
    WHEN NEW.status IN ('resolved', 'closed') THEN 'met'
    WHEN NEW.resolution_warned_at IS NOT NULL
      OR (NEW.first_response_warned_at IS NOT NULL AND NEW.first_responded_at IS NULL) THEN 'at_risk'
    ELSE 'on_track'
  END;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;`)
    this.addSql(`DROP TRIGGER IF EXISTS "complaint_sla_state" ON "complaint";`)
    this.addSql(
      `CREATE TRIGGER "complaint_sla_state" BEFORE INSERT OR UPDATE ON "complaint" FOR EACH ROW EXECUTE FUNCTION complaint_set_sla_state();`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`DROP TRIGGER IF EXISTS "complaint_sla_state" ON "complaint";`)
    this.addSql(`DROP FUNCTION IF EXISTS complaint_set_sla_state();`)
  }
}
