import { generateEntityId } from "@medusajs/framework/utils"
import * as operations from "../repositories/operation-repository"
import type { MigratePackageInput, OperationRow, OperationSpec } from "../types"
import { CUSTOMER_PACKAGE_ID_PREFIX } from "./constants"
import type { Knex } from "./db"
import { fingerprintOf } from "./fingerprint"
import { openMigrated } from "./package-operations"
import { type InTransaction, newOperation } from "./run-operation"
import { migrationSpec } from "./specs"

export type MigrationOutcome = {
  status: "created" | "replayed" | "conflict"
  operation_id: string | null
}

/**
 * Opens many carried-over packages in one transaction, each keyed: a key already used with the
 * same terms is `replayed`, with other terms a `conflict`; neither opens anything.
 */
export async function migrateMany(
  knex: Knex,
  inTransaction: InTransaction,
  inputs: MigratePackageInput[]
): Promise<MigrationOutcome[]> {
  const specs = inputs.map((input) => migrationSpec(input))
  const scopes = [...new Set(specs.map((spec) => spec.key_scope ?? "request"))]
  const used = new Map<string, { key: string; operation: OperationRow | null }>()
  for (const scope of scopes) {
    const keys = specs
      .filter((spec) => (spec.key_scope ?? "request") === scope)
      .map((spec) => spec.idempotency_key)
    for (const [key, found] of await operations.lookupKeys(knex, scope, keys)) {
      used.set(`${scope}:${key}`, found)
    }
  }
  const lookup = (spec: OperationSpec) =>
    used.get(`${spec.key_scope ?? "request"}:${spec.idempotency_key}`)!
  const results = specs.map((spec) => {
    const existing = lookup(spec).operation
    if (!existing) return { status: "created" as const, operation_id: null as string | null }
    const same =
      existing.type === spec.type && existing.fingerprint === fingerprintOf(spec.type, spec.params)
    return {
      status: same ? ("replayed" as const) : ("conflict" as const),
      operation_id: existing.id,
    }
  })
  const fresh = inputs
    .map((input, index) => ({ input, index }))
    .filter(({ index }) => results[index].status === "created")
  if (!fresh.length) return results
  await inTransaction(async (trx) => {
    for (const { input, index } of fresh) {
      const spec = specs[index]
      const op = newOperation(spec, lookup(spec).key)
      const packageId = generateEntityId(undefined, CUSTOMER_PACKAGE_ID_PREFIX)
      await operations.insertOperation(trx, {
        ...op,
        key_scope: spec.key_scope ?? "request",
        type: spec.type,
        package_id: packageId,
        customer_id: input.customer_id,
        fingerprint: fingerprintOf(spec.type, spec.params),
        reason: null,
        data: null,
      })
      await openMigrated(trx, op, packageId, input)
      results[index].operation_id = op.id
    }
  })
  return results
}
