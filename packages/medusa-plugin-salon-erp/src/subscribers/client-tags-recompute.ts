import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import {
  CustomerWorkflowEvents,
  OrderEditWorkflowEvents,
  OrderWorkflowEvents,
} from "@medusajs/framework/utils"
import { CLIENT_MODULE } from "../modules/client"
import type ClientModuleService from "../modules/client/service"
import type { FactKind } from "../modules/client/service"
import { BookingWorkflowEvents } from "../modules/booking/events"
import { loadSourceFacts } from "../lib/client/source-facts"
import { recomputeClientTagsWorkflow } from "../workflows/client/workflows/recompute-client-tags"
import { reliableSubscriber } from "../lib/reliable-subscriber"

/** Events that change a fact of the client read model, by the kind of fact they change. */
const FACT_EVENTS: Record<FactKind, string[]> = {
  customer: [
    CustomerWorkflowEvents.CREATED,
    CustomerWorkflowEvents.UPDATED,
    CustomerWorkflowEvents.DELETED,
  ],
  visit: [
    BookingWorkflowEvents.APPOINTMENT_COMPLETED,
    BookingWorkflowEvents.APPOINTMENT_CANCELED,
    BookingWorkflowEvents.APPOINTMENT_NO_SHOW,
    BookingWorkflowEvents.APPOINTMENT_RESCHEDULED,
  ],
  order: [
    OrderWorkflowEvents.PLACED,
    OrderWorkflowEvents.UPDATED,
    OrderWorkflowEvents.CANCELED,
    OrderWorkflowEvents.COMPLETED,
    OrderWorkflowEvents.RETURN_RECEIVED,
    OrderWorkflowEvents.CLAIM_CREATED,
    OrderWorkflowEvents.EXCHANGE_CREATED,
    OrderEditWorkflowEvents.CONFIRMED,
  ],
}

/** Events after which the customer's automatic tags and RFM scores are recomputed at once. */
const RECOMPUTE_EVENTS = new Set<string>([
  BookingWorkflowEvents.APPOINTMENT_COMPLETED,
  OrderWorkflowEvents.PLACED,
])

const kindOf = (eventName: string) =>
  (Object.keys(FACT_EVENTS) as FactKind[]).find((kind) => FACT_EVENTS[kind].includes(eventName))

/**
 * Keeps the client read model in step with its sources: the event's customer, appointment or
 * order is read again through Query and its fact upserted (or deleted when it no longer counts),
 * so an event handled twice or late writes the same row. After a completed visit or a placed
 * order, that customer's automatic tags and RFM scores are recomputed (the nightly job rebuilds
 * the read model and catches anything missed).
 */
async function clientTagsRecomputeHandler({
  event: { name, data },
  container,
}: SubscriberArgs<{ id?: string; order_id?: string }>) {
  const kind = kindOf(name)
  const sourceId = data.order_id ?? data.id
  if (!kind || !sourceId) return
  const client: ClientModuleService = container.resolve(CLIENT_MODULE)
  const { facts, gone } = await loadSourceFacts(container, kind, [sourceId])
  // A customer deleted for good (not found even with deleted ones) is simply gone.
  await client.upsertClientFacts(kind, facts)
  await client.deleteClientFacts(kind, gone)

  if (!RECOMPUTE_EVENTS.has(name) || !facts.length) return
  if (!(await client.getClientSettings()).automatic_tags) return
  await recomputeClientTagsWorkflow(container).run({
    input: { customer_ids: [facts[0].customer_id] },
  })
}

export const config: SubscriberConfig = {
  event: Object.values(FACT_EVENTS).flat(),
  context: { subscriberId: "client-tags-recompute" },
}

export default reliableSubscriber("client-tags-recompute", clientTagsRecomputeHandler)
