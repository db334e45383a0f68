import type { Context } from "@medusajs/framework/types"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"

/** The knex connection or transaction the repositories run on. */
export type Knex = ReturnType<EntityManager["getKnex"]>

const UNIQUE_VIOLATION = "23505"

/** True for a unique violation, of `constraint` when given. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const e = error as { code?: string; constraint?: string; message?: string } | null
  if (e?.code !== UNIQUE_VIOLATION) return false
  return !constraint || e.constraint === constraint || !!e.message?.includes(constraint)
}

/** The knex transaction of a method decorated with @InjectTransactionManager. */
export function transactionOf(sharedContext: Context<EntityManager>): Knex {
  return sharedContext.transactionManager!.getTransactionContext()! as unknown as Knex
}
