import type { IEventBusModuleService, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { OutboxOwner } from "./service"
import type { OutboxEvent, OutboxPublisher, OutboxSelection, OutboxTableBacklog } from "./store"

/** The modules that own an outbox (their keys in the container). */
export const OUTBOX_MODULES = [
  "stored_value",
  "booking",
  "service_package",
  "feedback",
  "commission",
  "client",
  "counter",
] as const

export type OutboxModule = (typeof OUTBOX_MODULES)[number]

/**
 * The relay publishes what a workflow staged but could not publish itself (its process died
 * after the commit, or the bus was down) once it is this old, so it never races a workflow
 * that is about to publish its own events.
 */
export const OUTBOX_RECOVERY_AFTER_MS = 5_000

/** Published events are kept this long for inspection, then deleted. */
export const OUTBOX_RETENTION_DAYS = 7

export type OutboxBacklog = OutboxTableBacklog & {
  modules: Record<string, OutboxTableBacklog>
}

/** PostgreSQL's undefined_table: the outbox's migration has not run yet. */
function isMissingTable(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === "42P01"
}

function outboxOwner(container: MedusaContainer, module: string): OutboxOwner | null {
  if (!container.hasRegistration(module)) {
    return null
  }
  const service = container.resolve(module) as Partial<OutboxOwner>
  return typeof service.publishOutboxEvents === "function" ? (service as OutboxOwner) : null
}

/** Hands outbox events to Medusa's event bus, each carrying its outbox id for idempotent consumers. */
export function eventBusPublisher(container: MedusaContainer): OutboxPublisher {
  const eventBus = container.resolve<IEventBusModuleService>(Modules.EVENT_BUS)
  return async (events: OutboxEvent[]) => {
    await eventBus.emit(
      events.map((event) => ({
        name: event.event_name,
        data: event.data,
        metadata: { outbox_event_id: event.id, aggregate_id: event.aggregate_id },
      }))
    )
  }
}

/**
 * Publishes one module's pending events: those of the given aggregates (right after the workflow
 * that staged them) or, without aggregates, every pending event past the recovery delay.
 */
export async function publishOutbox(
  container: MedusaContainer,
  module: OutboxModule,
  selection: OutboxSelection
): Promise<number> {
  const owner = outboxOwner(container, module)
  if (!owner) {
    return 0
  }
  return await owner.publishOutboxEvents(selection, eventBusPublisher(container))
}

/** The relay's pass over every module's outbox; a failing module does not stop the others. */
export async function relayOutboxEvents(
  container: MedusaContainer,
  { min_age_ms = OUTBOX_RECOVERY_AFTER_MS }: { min_age_ms?: number } = {}
): Promise<Record<string, number>> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const published: Record<string, number> = {}
  for (const module of OUTBOX_MODULES) {
    const owner = outboxOwner(container, module)
    if (!owner) {
      continue
    }
    published[module] = 0
    try {
      // Batches until the backlog is drained, so a long outage catches up in one run.
      for (let batch = 0; batch < 100; batch++) {
        const count = await owner.publishOutboxEvents(
          { min_age_ms, limit: 500 },
          eventBusPublisher(container)
        )
        published[module] += count
        if (count < 500) break
      }
    } catch (error) {
      // Before the module's migrations ran (a fresh database booting), there is nothing to relay.
      if (!isMissingTable(error)) {
        logger.error(
          `Outbox relay: publishing ${module} events failed: ${(error as Error).message}`
        )
      }
    }
  }
  return published
}

export async function purgeOutboxes(container: MedusaContainer): Promise<number> {
  let purged = 0
  for (const module of OUTBOX_MODULES) {
    purged +=
      (await outboxOwner(container, module)?.purgePublishedOutboxEvents(OUTBOX_RETENTION_DAYS)) ?? 0
  }
  return purged
}

/** Pending events per module and the age of the oldest: the relay's lag, for readiness and metrics. */
export async function readOutboxBacklog(container: MedusaContainer): Promise<OutboxBacklog> {
  const modules: Record<string, OutboxTableBacklog> = {}
  let pending = 0
  let oldest: number | null = null
  for (const module of OUTBOX_MODULES) {
    const owner = outboxOwner(container, module)
    if (!owner) continue
    const backlog = await owner.readOutboxBacklog().catch((error) => {
      if (isMissingTable(error)) return null
      throw error
    })
    if (!backlog) continue
    modules[module] = backlog
    pending += backlog.pending
    if (backlog.oldest_pending_age_seconds !== null) {
      oldest = Math.max(oldest ?? 0, backlog.oldest_pending_age_seconds)
    }
  }
  return { pending, oldest_pending_age_seconds: oldest, modules }
}
