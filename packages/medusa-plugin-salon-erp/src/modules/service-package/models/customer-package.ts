import { model } from "@medusajs/framework/utils"
import { ALLOCATION_METHODS, BRANCH_SCOPES, PACKAGE_SOURCES, PACKAGE_STATUSES } from "./constants"
import { CustomerPackageItem } from "./customer-package-item"
import { PackageLedgerEntry } from "./package-ledger-entry"
import { PackageReservation } from "./package-reservation"
import { CUSTOMER_PACKAGE_ID_PREFIX } from "../lib/constants"

/**
 * A package a customer owns. The template's terms are copied at sale (name, services and
 * sessions, validity, branch rule, allocation, refund fee). Remaining sessions live on the items
 * and are always the sum of the ledger; the columns here are terms and lifecycle.
 */
export const CustomerPackage = model
  .define("customer_package", {
    id: model.id({ prefix: CUSTOMER_PACKAGE_ID_PREFIX }).primaryKey(),
    display_id: model.autoincrement(),
    customer_id: model.text(),
    /** The template it was sold from (its terms are copied; the template may change or go). */
    template_id: model.text().nullable(),
    name: model.text().searchable(),
    status: model.enum([...PACKAGE_STATUSES]).default("active"),
    source: model.enum([...PACKAGE_SOURCES]),
    currency_code: model.text(),
    /** What the customer paid for this package (per unit for a multi-unit order line). */
    price_paid: model.bigNumber(),
    /** cash, card, wechat_pay, alipay, bank_transfer, stored_value; `online` for checkout. */
    payment_method: model.text().nullable(),
    branch_scope: model.enum([...BRANCH_SCOPES]),
    /** Branch that sold it; where a `selling_branch` package may be used. */
    selling_branch_id: model.text().nullable(),
    sold_by_staff_member_id: model.text().nullable(),
    sold_by_user_id: model.text().nullable(),
    allocation_method: model.enum([...ALLOCATION_METHODS]),
    refund_fee_percent: model.float().default(0),
    purchased_at: model.dateTime(),
    expires_at: model.dateTime(),
    order_id: model.text().nullable(),
    order_line_item_id: model.text().nullable(),
    /** Sessions came from this package (a transfer to family). */
    transferred_from_package_id: model.text().nullable(),
    frozen_at: model.dateTime().nullable(),
    frozen_reason: model.text().nullable(),
    expired_at: model.dateTime().nullable(),
    refunded_at: model.dateTime().nullable(),
    refund_gross_amount: model.bigNumber().nullable(),
    refund_fee: model.bigNumber().nullable(),
    refund_amount: model.bigNumber().nullable(),
    refund_method: model.text().nullable(),
    canceled_at: model.dateTime().nullable(),
    /** Set when the expiry reminder for the current `expires_at` went out. */
    expiry_reminder_sent_at: model.dateTime().nullable(),
    metadata: model.json().nullable(),
    items: model.hasMany(() => CustomerPackageItem, { mappedBy: "package" }),
    entries: model.hasMany(() => PackageLedgerEntry, { mappedBy: "package" }),
    reservations: model.hasMany(() => PackageReservation, { mappedBy: "package" }),
  })
  .indexes([
    { on: ["customer_id", "status", "expires_at"] },
    { on: ["status", "expires_at"] },
    { on: ["order_id"], where: "order_id IS NOT NULL" },
    { on: ["template_id"], where: "template_id IS NOT NULL" },
  ])
  .checks([
    { name: "customer_package_price_paid_range", expression: (c) => `${c.price_paid} >= 0` },
    {
      name: "customer_package_refund_fee_range",
      expression: (c) => `${c.refund_fee_percent} >= 0 AND ${c.refund_fee_percent} <= 100`,
    },
  ])
