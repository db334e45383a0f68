import { model } from "@medusajs/framework/utils"
import { REFUND_ID_PREFIX, REFUND_KINDS, SALE_STATUSES } from "../lib/constants"

/**
 * A refund of chosen lines of a sale, or a void of all of it, claimed by its idempotency key like
 * a sale. Its effects are the negative lines and tenders it appends, and cash leaving the drawer of
 * the shift open when it happened.
 */
export const CounterRefund = model
  .define("counter_refund", {
    id: model.id({ prefix: REFUND_ID_PREFIX }).primaryKey(),
    sale_id: model.text(),
    idempotency_key: model.text(),
    fingerprint: model.text(),
    kind: model.enum([...REFUND_KINDS]),
    status: model.enum([...SALE_STATUSES]).default("submitting"),
    reason: model.text(),
    /** The staff member who authorised it, and the admin user who recorded it. */
    staff_member_id: model.text().nullable(),
    created_by: model.text(),
    /** The shift whose drawer paid the cash back (null when no cash went back). */
    shift_id: model.text().nullable(),
    branch_id: model.text(),
    business_date: model.text(),
    amount: model.bigNumber().default(0),
    completed_at: model.dateTime().nullable(),
    failure: model.text().nullable(),
  })
  .indexes([
    { on: ["idempotency_key"], unique: true },
    { on: ["sale_id"] },
    { on: ["business_date"] },
  ])
