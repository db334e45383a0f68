import { model } from "@medusajs/framework/utils"
import { SALE_LINE_ID_PREFIX, SALE_LINE_TYPES } from "../lib/constants"

/**
 * What a sale sold, one row per order line, append-only: a refund adds rows with negative
 * quantity and amounts (`refund_id` set), so a day's takings by kind or by staff member are sums.
 * Branch, shift and business day are copied from the sale so reports aggregate one table.
 */
export const CounterSaleLine = model
  .define("counter_sale_line", {
    id: model.id({ prefix: SALE_LINE_ID_PREFIX }).primaryKey(),
    sale_id: model.text(),
    refund_id: model.text().nullable(),
    /** The sale line a refund row reverses. */
    reverses_line_id: model.text().nullable(),
    branch_id: model.text(),
    shift_id: model.text().nullable(),
    business_date: model.text(),
    currency_code: model.text(),
    order_line_id: model.text().nullable(),
    /** Order within the sale (or refund), as rung up. */
    position: model.number().default(0),
    line_type: model.enum([...SALE_LINE_TYPES]),
    title: model.text(),
    quantity: model.number(),
    unit_price: model.bigNumber(),
    /** Promotions and the manual discount on the line. */
    discount_amount: model.bigNumber().default(0),
    /** What the customer paid for the line: after discounts, with tax. */
    net_amount: model.bigNumber(),
    /** Who performed the service, sold the product, or receives the tip. */
    staff_member_id: model.text().nullable(),
    is_designated: model.boolean().default(false),
    appointment_id: model.text().nullable(),
    appointment_item_id: model.text().nullable(),
    variant_id: model.text().nullable(),
    /** A service paid with a package session: the package, its item and the redemption entry. */
    package_id: model.text().nullable(),
    package_item_id: model.text().nullable(),
    package_entry_id: model.text().nullable(),
    /** The session's value allocated from the package (what the client prepaid for it). */
    session_value: model.bigNumber().nullable(),
  })
  .indexes([
    { on: ["sale_id"] },
    { on: ["branch_id", "business_date"] },
    { on: ["shift_id"] },
    { on: ["order_line_id"] },
    { on: ["business_date"] },
  ])
