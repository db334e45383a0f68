import { Migration } from "@medusajs/framework/mikro-orm/migrations"
import { ENSURE_BTREE_GIST_SQL } from "../lib/btree-gist"

/**
 * Written by hand: DML cannot express exclusion constraints. Two active occupancies of one staff
 * member, or of one room, may never overlap, whatever the timing of concurrent requests. Ranges
 * are half-open `[)`, so back-to-back bookings (one ends at 10:00, the next starts at 10:00) fit.
 */
export class Migration20261122162100 extends Migration {
  override async up(): Promise<void> {
    this.addSql(ENSURE_BTREE_GIST_SQL)
    this.addSql(
      `ALTER TABLE "occupancy" ADD CONSTRAINT "occupancy_staff_no_overlap" EXCLUDE USING gist ("staff_member_id" WITH =, tstzrange("starts_at", "ends_at", '[)') WITH &&) WHERE ("is_active" AND "staff_member_id" IS NOT NULL AND "deleted_at" IS NULL);`
    )
    this.addSql(
      `ALTER TABLE "occupancy" ADD CONSTRAINT "occupancy_room_no_overlap" EXCLUDE USING gist ("room_id" WITH =, tstzrange("starts_at", "ends_at", '[)') WITH &&) WHERE ("is_active" AND "room_id" IS NOT NULL AND "deleted_at" IS NULL);`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`ALTER TABLE "occupancy" DROP CONSTRAINT IF EXISTS "occupancy_staff_no_overlap";`)
    this.addSql(`ALTER TABLE "occupancy" DROP CONSTRAINT IF EXISTS "occupancy_room_no_overlap";`)
  }
}
