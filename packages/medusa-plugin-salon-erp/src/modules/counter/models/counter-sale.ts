import { model } from "@medusajs/framework/utils"
import { SALE_CHANNELS, SALE_ID_PREFIX, SALE_STATUSES } from "../lib/constants"

/**
 * One sale: a Medusa order created at a register (channel `counter`), claimed by its idempotency
 * key before anything moves, so a double click or a retry creates one order. What it sold and how
 * it was paid are the sale's lines and tenders, written once when the sale completes; the
 * settlement reports add those up.
 */
export const CounterSale = model
  .define("counter_sale", {
    id: model.id({ prefix: SALE_ID_PREFIX }).primaryKey(),
    idempotency_key: model.text(),
    /** A hash of what the request asked for: the same key with another request is refused. */
    fingerprint: model.text(),
    status: model.enum([...SALE_STATUSES]).default("submitting"),
    channel: model.enum([...SALE_CHANNELS]).default("counter"),
    branch_id: model.text(),
    register_id: model.text().nullable(),
    shift_id: model.text().nullable(),
    currency_code: model.text(),
    /** Null for a walk-in. */
    customer_id: model.text().nullable(),
    order_id: model.text().nullable(),
    order_display_id: model.number().nullable(),
    /** What the order cost (its total, after discounts, with tax). */
    total: model.bigNumber().default(0),
    discount_total: model.bigNumber().default(0),
    manual_discount_total: model.bigNumber().default(0),
    manual_discount_reason: model.text().nullable(),
    /** Cash handed back to the customer. */
    change_given: model.bigNumber().default(0),
    /** Admin user who rang the sale up. */
    created_by: model.text(),
    completed_at: model.dateTime().nullable(),
    /** The branch's local calendar day of the sale, YYYY-MM-DD: the settlement day. */
    business_date: model.text(),
    /** Why a claimed sale failed (a retry with the same key may try again). */
    failure: model.text().nullable(),
    metadata: model.json().nullable(),
  })
  .indexes([
    { on: ["idempotency_key"], unique: true },
    { on: ["order_id"] },
    { on: ["shift_id"] },
    { on: ["branch_id", "business_date"] },
    { on: ["customer_id"] },
    { on: ["business_date"] },
  ])
