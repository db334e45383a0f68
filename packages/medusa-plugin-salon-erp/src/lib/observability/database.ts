import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/** The parts of knex's connection pool (tarn) read here; all but `acquireTimeoutMillis` public. */
type ConnectionPool = {
  max: number
  acquireTimeoutMillis?: number
  numUsed(): number
  numFree(): number
  numPendingAcquires(): number
  numPendingCreates(): number
}

type Knex = { client?: { pool?: ConnectionPool }; raw(sql: string): PromiseLike<unknown> }

export function sharedKnex(container: MedusaContainer): Knex | undefined {
  return container.resolve(ContainerRegistrationKeys.PG_CONNECTION, { allowUnregistered: true }) as
    Knex | undefined
}

export function connectionPool(container: MedusaContainer): ConnectionPool | undefined {
  return sharedKnex(container)?.client?.pool
}

const tunedPools = new WeakSet<object>()

/**
 * Medusa 2.21 builds the shared knex pool with knex's default acquire timeout (60 s) and passes
 * no option for it (its pg loader forwards only min, max and idle settings), so a request queued
 * behind an exhausted pool would hang for a minute. This sets the wait on the running pool once.
 */
export function applyDatabaseAcquireTimeout(container: MedusaContainer, ms: number): void {
  const pool = connectionPool(container)
  if (!pool || tunedPools.has(pool)) {
    return
  }
  tunedPools.add(pool)
  if (typeof pool.acquireTimeoutMillis === "number") {
    pool.acquireTimeoutMillis = ms
  }
}

/** Pool use at this moment (`undefined` without a shared connection). */
export function poolUsage(container: MedusaContainer) {
  const pool = connectionPool(container)
  if (!pool) {
    return undefined
  }
  return {
    max: pool.max,
    used: pool.numUsed(),
    free: pool.numFree(),
    pending_acquires: pool.numPendingAcquires(),
    pending_creates: pool.numPendingCreates(),
  }
}
