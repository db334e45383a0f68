import type { Context } from "@medusajs/framework/types"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"

/** The knex connection or transaction the repositories run on. */
export type Knex = ReturnType<EntityManager["getKnex"]>

/** The knex transaction of a method decorated with @InjectTransactionManager. */
export function transactionOf(sharedContext: Context<EntityManager>): Knex {
  return sharedContext.transactionManager!.getTransactionContext()! as unknown as Knex
}

/** The knex connection of a method decorated with @InjectManager. */
export function connectionOf(sharedContext: Context<EntityManager>): Knex {
  return sharedContext.manager!.getKnex() as unknown as Knex
}

/** A new id with a prefix, made by the database (set-based inserts). */
export const sqlId = (prefix: string) =>
  `'${prefix}_' || upper(replace(gen_random_uuid()::text, '-', ''))`

/**
 * A full run joins sets of ~100,000 rows whose statistics are often stale (the run itself
 * writes them); a nested loop chosen on a stale estimate turns seconds into hours, so full runs
 * use hash joins only (for their own transaction).
 */
export const FULL_RUN_PLANNER = "SET LOCAL enable_nestloop = off"
