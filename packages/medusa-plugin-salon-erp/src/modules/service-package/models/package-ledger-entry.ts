import { model } from "@medusajs/framework/utils"
import { CustomerPackage } from "./customer-package"
import { CustomerPackageItem } from "./customer-package-item"
import { AUTHOR_TYPES, LEDGER_ENTRY_TYPES } from "./constants"
import { PackageOperation } from "./package-operation"
import { LEDGER_ENTRY_ID_PREFIX } from "../lib/constants"

/**
 * One movement of sessions on a package item. Append-only: the database refuses UPDATE and
 * DELETE (see the hand-written migration); a mistake is corrected by a new `reverse` entry.
 * `quantity` and `value` are signed (a redemption is -1 and minus its session value), so an
 * item's remaining sessions and remaining value are the sums of its entries.
 */
export const PackageLedgerEntry = model
  .define("package_ledger_entry", {
    id: model.id({ prefix: LEDGER_ENTRY_ID_PREFIX }).primaryKey(),
    type: model.enum([...LEDGER_ENTRY_TYPES]),
    customer_id: model.text(),
    salon_service_id: model.text(),
    quantity: model.number(),
    remaining_after: model.number(),
    /** Value moved, signed, in the package's currency. */
    value: model.bigNumber(),
    /** Value of one session of this movement (|value| / |quantity|), for commissions. */
    session_value: model.bigNumber(),
    currency_code: model.text(),
    branch_id: model.text().nullable(),
    /** Who performed the service (redemptions) or sold the package (issues). */
    staff_member_id: model.text().nullable(),
    appointment_id: model.text().nullable(),
    appointment_item_id: model.text().nullable(),
    reservation_id: model.text().nullable(),
    order_id: model.text().nullable(),
    order_line_item_id: model.text().nullable(),
    /** The other package of a transfer. */
    related_package_id: model.text().nullable(),
    /** The entry this one reverses (each entry can be reversed once). */
    reverses_entry_id: model.text().nullable(),
    reason: model.text().nullable(),
    author_type: model.enum([...AUTHOR_TYPES]),
    author_id: model.text().nullable(),
    idempotency_key: model.text(),
    /** The package (denormalised from the item, for history queries without a join). */
    package: model.belongsTo(() => CustomerPackage, { mappedBy: "entries" }),
    package_item: model.belongsTo(() => CustomerPackageItem, { mappedBy: "entries" }),
    operation: model.belongsTo(() => PackageOperation, { mappedBy: "entries" }),
  })
  .indexes([
    { on: ["package_id", "created_at"] },
    { on: ["customer_id", "created_at"] },
    { on: ["reverses_entry_id"], unique: true, where: "reverses_entry_id IS NOT NULL" },
    { on: ["appointment_id"], where: "appointment_id IS NOT NULL" },
    { on: ["type", "created_at"] },
  ])
  .checks([
    { name: "package_ledger_entry_quantity_nonzero", expression: (c) => `${c.quantity} <> 0` },
    {
      name: "package_ledger_entry_sign",
      expression: (c) =>
        `(${c.type} IN ('issue', 'transfer_in', 'migration') AND ${c.quantity} > 0) OR ` +
        `(${c.type} IN ('redeem', 'forfeit', 'expire', 'refund', 'transfer_out') AND ${c.quantity} < 0) OR ` +
        `${c.type} IN ('reverse', 'adjust')`,
    },
    {
      name: "package_ledger_entry_remaining_after_range",
      expression: (c) => `${c.remaining_after} >= 0`,
    },
  ])
