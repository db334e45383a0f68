import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/**
 * The customer facts carry the contact keys an import finds customers by (email lowercased,
 * phone digits) and whether the customer has an account. Existing rows get them from the next
 * rebuild of the read model (every import run starts with one for customers).
 *
 * Written by hand in the generator's style, like Migration20261207210000.
 */
export class Migration20261208010000 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `alter table if exists "client_customer_fact" add column if not exists "email_key" text null, add column if not exists "phone_key" text null, add column if not exists "has_account" boolean not null default false;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_client_customer_fact_email_key" ON "client_customer_fact" ("email_key") WHERE email_key IS NOT NULL AND deleted_at IS NULL;`
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_client_customer_fact_phone_key" ON "client_customer_fact" ("phone_key") WHERE phone_key IS NOT NULL AND deleted_at IS NULL;`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`DROP INDEX IF EXISTS "IDX_client_customer_fact_email_key";`)
    this.addSql(`DROP INDEX IF EXISTS "IDX_client_customer_fact_phone_key";`)
    this.addSql(
      `alter table if exists "client_customer_fact" drop column if exists "email_key", drop column if exists "phone_key", drop column if exists "has_account";`
    )
  }
}
