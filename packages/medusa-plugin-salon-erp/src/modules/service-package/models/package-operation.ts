import { model } from "@medusajs/framework/utils"
import { AUTHOR_TYPES, OPERATION_TYPES } from "./constants"
import { PackageLedgerEntry } from "./package-ledger-entry"
import { OPERATION_ID_PREFIX } from "../lib/constants"

/**
 * One request that moved sessions or changed a package's terms: the idempotency record (a retry
 * with the same key finds it and moves nothing) and the audit trail of manager operations (who,
 * why, what changed). Append-only like the ledger.
 */
export const PackageOperation = model
  .define("package_operation", {
    id: model.id({ prefix: OPERATION_ID_PREFIX }).primaryKey(),
    /** `request`: a key from a client; `system`: derived by a subscriber or job. */
    key_scope: model.enum(["request", "system"]),
    idempotency_key: model.text(),
    type: model.enum([...OPERATION_TYPES]),
    package_id: model.text(),
    customer_id: model.text(),
    /** Hash of the request's parameters: the same key with other parameters is refused. */
    fingerprint: model.text(),
    reason: model.text().nullable(),
    author_type: model.enum([...AUTHOR_TYPES]),
    author_id: model.text().nullable(),
    /** What changed (e.g. previous and new expiry), for the audit trail. */
    data: model.json().nullable(),
    entries: model.hasMany(() => PackageLedgerEntry, { mappedBy: "operation" }),
  })
  .indexes([
    { on: ["key_scope", "idempotency_key"], unique: true },
    { on: ["package_id", "created_at"] },
  ])
