import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Written by hand: DML cannot express triggers. Ledger entries and the operations that wrote
 * them are append-only; a correction is a new reversing entry, so any UPDATE or DELETE is a bug
 * and the database refuses it. (TRUNCATE, used only by test tooling, is not a row operation.)
 */
export class Migration20261122170600 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      CREATE OR REPLACE FUNCTION stored_value_refuse_change() RETURNS trigger AS $$
      BEGIN
        RAISE EXCEPTION 'stored value ledger rows are append-only (% on %)', TG_OP, TG_TABLE_NAME
          USING ERRCODE = 'check_violation';
      END;
      $$ LANGUAGE plpgsql;`)
    this.addSql(
      `CREATE TRIGGER stored_value_entry_append_only BEFORE UPDATE OR DELETE ON "stored_value_entry" FOR EACH ROW EXECUTE FUNCTION stored_value_refuse_change();`
    )
    this.addSql(
      `CREATE TRIGGER stored_value_operation_append_only BEFORE UPDATE OR DELETE ON "stored_value_operation" FOR EACH ROW EXECUTE FUNCTION stored_value_refuse_change();`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`DROP TRIGGER IF EXISTS stored_value_entry_append_only ON "stored_value_entry";`)
    this.addSql(
      `DROP TRIGGER IF EXISTS stored_value_operation_append_only ON "stored_value_operation";`
    )
    this.addSql(`DROP FUNCTION IF EXISTS stored_value_refuse_change();`)
  }
}
