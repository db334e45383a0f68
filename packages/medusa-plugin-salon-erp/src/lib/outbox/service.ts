import type { Context } from "@medusajs/framework/types"
import { InjectManager, InjectTransactionManager, MedusaContext } from "@medusajs/framework/utils"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import {
  type OutboxPublisher,
  type OutboxSelection,
  type OutboxTableBacklog,
  publishPendingOutboxEvents,
  purgePublishedOutboxEvents,
  readOutboxTableBacklog,
  recordOutboxPublishFailure,
} from "./store"

type SharedContext = Context<EntityManager>
type Knex = ReturnType<EntityManager["getKnex"]>

/** What the relay needs from a module that owns an outbox. */
export interface OutboxOwner {
  publishOutboxEvents(
    selection: OutboxSelection,
    publish: OutboxPublisher,
    sharedContext?: SharedContext
  ): Promise<number>
  readOutboxBacklog(sharedContext?: SharedContext): Promise<OutboxTableBacklog>
  purgePublishedOutboxEvents(retentionDays: number, sharedContext?: SharedContext): Promise<number>
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type ServiceClass = abstract new (...args: any[]) => object

/**
 * Adds the outbox's publishing methods to a module service. The module stages events itself, in
 * the transaction of each change (`stageOutboxEvents`); these methods publish and report them.
 */
export function withOutbox<TBase extends ServiceClass>(Base: TBase, table: string) {
  abstract class ServiceWithOutbox extends Base implements OutboxOwner {
    async publishOutboxEvents(
      selection: OutboxSelection,
      publish: OutboxPublisher,
      sharedContext: SharedContext = {}
    ): Promise<number> {
      try {
        return await this.publishOutboxEvents_(selection, publish, sharedContext)
      } catch (error) {
        // Noting the failure must not hide it (the database may be what failed).
        await this.recordOutboxFailure_(selection, error as Error).catch(() => undefined)
        throw error
      }
    }

    @InjectTransactionManager()
    async publishOutboxEvents_(
      selection: OutboxSelection,
      publish: OutboxPublisher,
      @MedusaContext() sharedContext: SharedContext = {}
    ): Promise<number> {
      const trx = sharedContext.transactionManager!.getTransactionContext()! as unknown as Knex
      return await publishPendingOutboxEvents(trx, table, selection, publish)
    }

    @InjectManager()
    async recordOutboxFailure_(
      selection: OutboxSelection,
      error: Error,
      @MedusaContext() sharedContext: SharedContext = {}
    ): Promise<void> {
      await recordOutboxPublishFailure(sharedContext.manager!.getKnex(), table, selection, error)
    }

    @InjectManager()
    async readOutboxBacklog(
      @MedusaContext() sharedContext: SharedContext = {}
    ): Promise<OutboxTableBacklog> {
      return await readOutboxTableBacklog(sharedContext.manager!.getKnex(), table)
    }

    @InjectManager()
    async purgePublishedOutboxEvents(
      retentionDays: number,
      @MedusaContext() sharedContext: SharedContext = {}
    ): Promise<number> {
      return await purgePublishedOutboxEvents(
        sharedContext.manager!.getKnex(),
        table,
        retentionDays
      )
    }
  }
  return ServiceWithOutbox
}
