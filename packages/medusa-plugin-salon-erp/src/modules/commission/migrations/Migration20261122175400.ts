import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Written by hand: DML cannot express triggers. Commission entries are append-only (a correction
 * is a new reversing entry), and a closed month takes no new entries; the database refuses both,
 * so a bug cannot change what payroll was already paid on.
 */
export class Migration20261122175400 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      CREATE OR REPLACE FUNCTION commission_entry_refuse_change() RETURNS trigger AS $$
      BEGIN
        RAISE EXCEPTION 'commission entries are append-only (% on %)', TG_OP, TG_TABLE_NAME
          USING ERRCODE = 'check_violation';
      END;
      $$ LANGUAGE plpgsql;`)
    this.addSql(
      `CREATE TRIGGER commission_entry_append_only BEFORE UPDATE OR DELETE ON "commission_entry" FOR EACH ROW EXECUTE FUNCTION commission_entry_refuse_change();`
    )
    this.addSql(`
      CREATE OR REPLACE FUNCTION commission_entry_refuse_closed_period() RETURNS trigger AS $$
      BEGIN
        IF EXISTS (SELECT 1 FROM commission_period WHERE period = NEW.period AND status = 'closed' AND deleted_at IS NULL) THEN
          RAISE EXCEPTION 'commission period % is closed', NEW.period USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END;
      $$ LANGUAGE plpgsql;`)
    this.addSql(
      `CREATE TRIGGER commission_entry_open_period BEFORE INSERT ON "commission_entry" FOR EACH ROW EXECUTE FUNCTION commission_entry_refuse_closed_period();`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`DROP TRIGGER IF EXISTS commission_entry_open_period ON "commission_entry";`)
    this.addSql(`DROP TRIGGER IF EXISTS commission_entry_append_only ON "commission_entry";`)
    this.addSql(`DROP FUNCTION IF EXISTS commission_entry_refuse_closed_period();`)
    this.addSql(`DROP FUNCTION IF EXISTS commission_entry_refuse_change();`)
  }
}
