import { model } from "@medusajs/framework/utils"
import { CustomerPackage } from "./customer-package"
import { PackageLedgerEntry } from "./package-ledger-entry"
import { PackageReservation } from "./package-reservation"
import { CUSTOMER_PACKAGE_ITEM_ID_PREFIX } from "../lib/constants"

/**
 * One service of a customer's package with its running balances. `remaining` and
 * `value_remaining` always equal the sums of the item's ledger entries; `reserved` counts the
 * sessions held for upcoming appointments. All three change only in the transaction that writes
 * the matching ledger entry or reservation, under a row lock, and the database refuses
 * `remaining < 0` or `reserved > remaining`.
 */
export const CustomerPackageItem = model
  .define("customer_package_item", {
    id: model.id({ prefix: CUSTOMER_PACKAGE_ITEM_ID_PREFIX }).primaryKey(),
    position: model.number().default(0),
    salon_service_id: model.text(),
    /** The service's name at sale. */
    service_name: model.text(),
    /** Sessions issued at sale. */
    total_sessions: model.number(),
    remaining: model.number(),
    reserved: model.number().default(0),
    /** Share of the price paid allocated to this item's sessions. */
    allocated_amount: model.bigNumber(),
    /** Value of the remaining sessions (what a refund returns before the fee). */
    value_remaining: model.bigNumber(),
    package: model.belongsTo(() => CustomerPackage, { mappedBy: "items" }),
    entries: model.hasMany(() => PackageLedgerEntry, { mappedBy: "package_item" }),
    reservations: model.hasMany(() => PackageReservation, { mappedBy: "package_item" }),
  })
  .indexes([
    { on: ["package_id", "salon_service_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["salon_service_id"] },
  ])
  .checks([
    { name: "customer_package_item_remaining_range", expression: (c) => `${c.remaining} >= 0` },
    {
      name: "customer_package_item_reserved_range",
      expression: (c) => `${c.reserved} >= 0 AND ${c.reserved} <= ${c.remaining}`,
    },
    {
      name: "customer_package_item_value_range",
      expression: (c) =>
        `${c.value_remaining} >= 0 AND (${c.remaining} > 0 OR ${c.value_remaining} = 0)`,
    },
  ])
