import type { Context } from "@medusajs/framework/types"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { MedusaError } from "@medusajs/framework/utils"

/** The knex connection or transaction the repositories run on. */
export type Knex = ReturnType<EntityManager["getKnex"]>

const UNIQUE_VIOLATION = "23505"

/**
 * True for a unique violation whose constraint (or message) matches `hint`, raised by the
 * database or reported by the ORM as "already exists".
 */
export function isUniqueViolation(error: unknown, hint: RegExp): boolean {
  const { code, constraint, message } = (error ?? {}) as {
    code?: string
    constraint?: string
    message?: string
  }
  if (code === UNIQUE_VIOLATION) return hint.test(constraint ?? message ?? "")
  return (
    MedusaError.isMedusaError(error) &&
    /already exists/.test(error.message) &&
    hint.test(error.message)
  )
}

/** The knex transaction of a method decorated with @InjectTransactionManager. */
export function transactionOf(sharedContext: Context<EntityManager>): Knex {
  return sharedContext.transactionManager!.getTransactionContext()! as unknown as Knex
}
