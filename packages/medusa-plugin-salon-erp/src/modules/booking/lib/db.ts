import type { Context } from "@medusajs/framework/types"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { MAX_DEADLOCK_ATTEMPTS } from "./constants"

/** The knex connection or transaction the repositories run on. */
export type Knex = ReturnType<EntityManager["getKnex"]>

/** The knex transaction of a method decorated with @InjectTransactionManager. */
export function transactionOf(sharedContext: Context<EntityManager>): Knex {
  return sharedContext.transactionManager!.getTransactionContext()! as unknown as Knex
}

/** The knex connection of a method decorated with @InjectManager. */
export function connectionOf(sharedContext: Context<EntityManager>): Knex {
  return sharedContext.manager!.getKnex()
}

const EXCLUSION_VIOLATION = "23P01"
const DEADLOCK_DETECTED = "40P01"

const dbError = (error: unknown): { code?: string; constraint?: string } =>
  (error ?? {}) as { code?: string; constraint?: string }

/** A write that lost to a concurrent booking of the same staff member or room. */
export const lostRace = (error: unknown) =>
  [EXCLUSION_VIOLATION, DEADLOCK_DETECTED].includes(dbError(error).code ?? "")

/**
 * Runs a write of occupancies. Writes take resource locks first (`lockResources`), so clashing
 * writes do not deadlock on the exclusion constraint; should PostgreSQL still abort one as a
 * deadlock, it is tried again and then either succeeds or meets a plain exclusion violation.
 */
export async function retryOnDeadlock<T>(write: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write()
    } catch (error) {
      if (dbError(error).code !== DEADLOCK_DETECTED || attempt >= MAX_DEADLOCK_ATTEMPTS) {
        throw error
      }
      await new Promise((resolve) => setTimeout(resolve, Math.random() * 20 * attempt))
    }
  }
}
