import type { Context } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"

/** The knex connection or transaction the repositories run on. */
export type Knex = ReturnType<EntityManager["getKnex"]>

const UNIQUE_VIOLATION = "23505"

/** True when an insert lost a race for an idempotency key (as the database or the ORM says it). */
export function isDuplicateIdempotencyKey(error: unknown): boolean {
  const { code, constraint } = (error ?? {}) as { code?: string; constraint?: string }
  return (
    (code === UNIQUE_VIOLATION && !!constraint?.includes("idempotency_key")) ||
    (MedusaError.isMedusaError(error) && /idempotency_key/.test(error.message))
  )
}

/** The knex transaction of a method decorated with @InjectTransactionManager. */
export function transactionOf(sharedContext: Context<EntityManager>): Knex {
  return sharedContext.transactionManager!.getTransactionContext()! as unknown as Knex
}
