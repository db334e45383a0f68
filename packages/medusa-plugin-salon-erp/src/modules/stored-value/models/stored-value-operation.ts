import { model } from "@medusajs/framework/utils"
import { OPERATION_ID_PREFIX } from "../lib/constants"
import { StoredValueEntry } from "./stored-value-entry"

export const OPERATION_KINDS = [
  "top_up",
  "spend",
  "refund",
  "reversal",
  "adjustment",
  "expiry",
  "closure",
  "migration",
] as const

/**
 * One value-moving request (a top-up, a spend, a refund …) and its idempotency key: a retry
 * with the same key finds this row and moves nothing. Its entries are the ledger lines it wrote.
 */
export const StoredValueOperation = model
  .define("stored_value_operation", {
    id: model.id({ prefix: OPERATION_ID_PREFIX }).primaryKey(),
    idempotency_key: model.text(),
    kind: model.enum([...OPERATION_KINDS]),
    account_id: model.text(),
    /** The request's value-relevant parameters; the same key with others is refused. */
    fingerprint: model.json(),
    /** The operation this one refunds or reverses. */
    target_operation_id: model.text().nullable(),
    entries: model.hasMany(() => StoredValueEntry, { mappedBy: "operation" }),
  })
  .indexes([
    { on: ["idempotency_key"], unique: true },
    { on: ["account_id", "kind"] },
    { on: ["target_operation_id"] },
  ])
