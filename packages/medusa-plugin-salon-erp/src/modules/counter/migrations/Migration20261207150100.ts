import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Written by hand: DML cannot express triggers. The drawer's cash entries are append-only (a
 * mistake is a new correction entry), so any UPDATE or DELETE is a bug and the database refuses
 * it. (TRUNCATE, used only by test tooling, is not a row operation.)
 */
export class Migration20261207150100 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      CREATE OR REPLACE FUNCTION counter_cash_entry_refuse_change() RETURNS trigger AS $$
      BEGIN
        RAISE EXCEPTION 'counter cash entries are append-only (% on %)', TG_OP, TG_TABLE_NAME
          USING ERRCODE = 'check_violation';
      END;
      $$ LANGUAGE plpgsql;`)
    this.addSql(
      `CREATE TRIGGER counter_cash_entry_append_only BEFORE UPDATE OR DELETE ON "counter_cash_entry" FOR EACH ROW EXECUTE FUNCTION counter_cash_entry_refuse_change();`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`DROP TRIGGER IF EXISTS counter_cash_entry_append_only ON "counter_cash_entry";`)
    this.addSql(`DROP FUNCTION IF EXISTS counter_cash_entry_refuse_change();`)
  }
}
