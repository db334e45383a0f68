import { model } from "@medusajs/framework/utils"
import { RESERVATION_STATUSES } from "./constants"
import { CustomerPackage } from "./customer-package"
import { CustomerPackageItem } from "./customer-package-item"
import { RESERVATION_ID_PREFIX } from "../lib/constants"

/**
 * A session of a package held for one appointment item. Completing the appointment redeems it,
 * canceling in time releases it, a late cancellation or no-show returns or forfeits it per the
 * settings. At most one reservation per appointment item is `reserved` at a time.
 */
export const PackageReservation = model
  .define("package_reservation", {
    id: model.id({ prefix: RESERVATION_ID_PREFIX }).primaryKey(),
    customer_id: model.text(),
    appointment_id: model.text(),
    appointment_item_id: model.text(),
    salon_service_id: model.text(),
    branch_id: model.text(),
    status: model.enum([...RESERVATION_STATUSES]).default("reserved"),
    /** `auto` when booking picked the package, else who chose it. */
    source: model.enum(["auto", "staff", "customer"]),
    /** Why it was released: canceled, declined (booked without package use), replaced, … */
    release_reason: model.text().nullable(),
    resolved_at: model.dateTime().nullable(),
    /** The redeem or forfeit entry that settled it. */
    ledger_entry_id: model.text().nullable(),
    created_by: model.text().nullable(),
    package: model.belongsTo(() => CustomerPackage, { mappedBy: "reservations" }),
    package_item: model.belongsTo(() => CustomerPackageItem, { mappedBy: "reservations" }),
  })
  .indexes([
    {
      on: ["appointment_item_id"],
      unique: true,
      where: "status = 'reserved' AND deleted_at IS NULL",
      name: "IDX_package_reservation_one_active_per_item",
    },
    { on: ["appointment_id"] },
    { on: ["appointment_item_id"] },
    { on: ["package_id", "status"] },
  ])
