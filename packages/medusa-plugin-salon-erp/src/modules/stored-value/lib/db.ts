import type { Context } from "@medusajs/framework/types"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"

/** The knex connection or transaction the repositories run on. */
export type Knex = ReturnType<EntityManager["getKnex"]>

/** The knex transaction of a method decorated with @InjectTransactionManager. */
export function transactionOf(sharedContext: Context<EntityManager>): Knex {
  return sharedContext.transactionManager!.getTransactionContext()! as unknown as Knex
}
