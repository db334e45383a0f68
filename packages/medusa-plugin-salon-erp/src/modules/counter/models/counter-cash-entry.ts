import { model } from "@medusajs/framework/utils"
import { CASH_ENTRY_ID_PREFIX, CASH_ENTRY_KINDS } from "../lib/constants"

/**
 * One movement of a shift's drawer, append-only: never updated or deleted. Money into the drawer
 * is positive, out of it negative; a shift's expected cash is the sum of its entries.
 */
export const CounterCashEntry = model
  .define("counter_cash_entry", {
    id: model.id({ prefix: CASH_ENTRY_ID_PREFIX }).primaryKey(),
    shift_id: model.text(),
    kind: model.enum([...CASH_ENTRY_KINDS]),
    amount: model.bigNumber(),
    /** Why the money moved; required for paid_in, paid_out and correction. */
    reason: model.text().nullable(),
    /** Admin user who recorded it. */
    created_by: model.text(),
    /** The request's key: a retry with it records nothing new. */
    idempotency_key: model.text(),
    /** A hash of what the request asked for: the same key with another request is refused. */
    fingerprint: model.text(),
  })
  .indexes([{ on: ["idempotency_key"], unique: true }, { on: ["shift_id", "created_at"] }])
