import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Written by hand: DML cannot express triggers. The health data access log is append-only (an
 * audit trail of who read a customer's health data); the database refuses UPDATE and DELETE, so
 * neither a bug nor a soft delete can erase a read.
 */
export class Migration20261122200100 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      CREATE OR REPLACE FUNCTION health_data_access_refuse_change() RETURNS trigger AS $$
      BEGIN
        RAISE EXCEPTION 'health data access entries are append-only (% on %)', TG_OP, TG_TABLE_NAME
          USING ERRCODE = 'check_violation';
      END;
      $$ LANGUAGE plpgsql;`)
    this.addSql(
      `CREATE TRIGGER health_data_access_append_only BEFORE UPDATE OR DELETE ON "health_data_access" FOR EACH ROW EXECUTE FUNCTION health_data_access_refuse_change();`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`DROP TRIGGER IF EXISTS health_data_access_append_only ON "health_data_access";`)
    this.addSql(`DROP FUNCTION IF EXISTS health_data_access_refuse_change();`)
  }
}
