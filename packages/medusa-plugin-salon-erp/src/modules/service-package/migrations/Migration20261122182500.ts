import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * Written by hand: DML cannot express triggers. The package ledger is the record of every
 * session sold, used, expired or refunded, and the operations table is its idempotency and audit
 * trail; both are append-only. A wrong entry is corrected by a new reversing entry, never by
 * editing or deleting one, so that any balance can be recomputed (and audited) from the entries
 * alone. The triggers make the database refuse UPDATE and DELETE of those rows whoever asks
 * (application code, a console, a soft delete). TRUNCATE (test teardown) is not affected.
 */
export class Migration20261122182500 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`
      CREATE OR REPLACE FUNCTION service_package_append_only() RETURNS trigger
      LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% rows are append-only: % of % is not allowed; write a reversing entry instead',
          TG_TABLE_NAME, TG_OP, OLD.id
          USING ERRCODE = 'restrict_violation';
      END
      $$;
    `)
    this.addSql(
      `CREATE TRIGGER "package_ledger_entry_append_only" BEFORE UPDATE OR DELETE ON "package_ledger_entry" FOR EACH ROW EXECUTE FUNCTION service_package_append_only();`
    )
    this.addSql(
      `CREATE TRIGGER "package_operation_append_only" BEFORE UPDATE OR DELETE ON "package_operation" FOR EACH ROW EXECUTE FUNCTION service_package_append_only();`
    )
  }

  override async down(): Promise<void> {
    this.addSql(
      `DROP TRIGGER IF EXISTS "package_ledger_entry_append_only" ON "package_ledger_entry";`
    )
    this.addSql(`DROP TRIGGER IF EXISTS "package_operation_append_only" ON "package_operation";`)
    this.addSql(`DROP FUNCTION IF EXISTS service_package_append_only();`)
  }
}
