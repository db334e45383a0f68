import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { COMMISSION_MODULE } from "../modules/commission"
import type CommissionModuleService from "../modules/commission/service"
import { BookingWorkflowEvents } from "../modules/booking/events"
import type { CommissionSource } from "../lib/commission/earning-lines"
import { syncCommissionSourcesWorkflow } from "../workflows/commission/workflows/sync-commission-sources"
import { ServicePackageWorkflowEvents } from "../modules/service-package/events"
import { StoredValueWorkflowEvents } from "../modules/stored-value/events"
import { reliableSubscriber } from "../lib/reliable-subscriber"
import { CounterWorkflowEvents } from "../modules/counter/events"

// Event payloads differ per event; each case reads the fields it knows.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Payload = Record<string, any>

/** The sources whose commissions an event may change (ids only: the workflow reads the facts). */
function sourcesOf(
  name: string,
  data: Payload
): { sources: CommissionSource[]; stored_value_operation_ids: string[] } {
  const sources: CommissionSource[] = []
  const operations: string[] = []
  switch (name) {
    case BookingWorkflowEvents.APPOINTMENT_COMPLETED:
      sources.push({ source_type: "appointment", source_id: data.id })
      break
    case "order.placed":
    case "order.canceled":
      sources.push({ source_type: "order", source_id: data.id })
      break
    case "order.return_received":
      sources.push({ source_type: "order", source_id: data.order_id })
      break
    // A counter sale pays appointments (services earn on what was paid) and sells retail.
    case CounterWorkflowEvents.SALE_COMPLETED:
    case CounterWorkflowEvents.SALE_REFUNDED:
      sources.push({ source_type: "order", source_id: data.order_id })
      for (const id of data.appointment_ids ?? [])
        sources.push({ source_type: "appointment", source_id: id })
      break
    // A spend earns nothing itself: it matters only when it paid for an appointment (a service
    // paid from stored value earns on what was paid). Other spends start no sync at all.
    case StoredValueWorkflowEvents.SPENT:
      for (const event of Array.isArray(data) ? data : [data]) {
        if (event.reference_type === "appointment") operations.push(event.operation_id)
      }
      break
    case StoredValueWorkflowEvents.TOPPED_UP:
    case StoredValueWorkflowEvents.REFUNDED:
    case StoredValueWorkflowEvents.REVERSED:
      // Some stored value events carry one operation, some a list (one per order line).
      for (const event of Array.isArray(data) ? data : [data]) operations.push(event.operation_id)
      break
    case ServicePackageWorkflowEvents.SOLD:
    case ServicePackageWorkflowEvents.REFUNDED:
      sources.push({ source_type: "service_package", source_id: data.id })
      break
    case ServicePackageWorkflowEvents.SESSION_REDEEMED:
    case ServicePackageWorkflowEvents.ENTRY_REVERSED:
      for (const entry of Array.isArray(data) ? data : [data]) {
        const redemption =
          name === ServicePackageWorkflowEvents.SESSION_REDEEMED
            ? entry.id
            : entry.reverses_entry_id
        if (redemption) sources.push({ source_type: "package_redemption", source_id: redemption })
        // A service paid from a package earns as a session, not as a paid service.
        if (entry.appointment_id)
          sources.push({ source_type: "appointment", source_id: entry.appointment_id })
      }
      break
  }
  return {
    sources: sources.filter((source) => !!source.source_id),
    stored_value_operation_ids: operations.filter(Boolean),
  }
}

/**
 * Records commissions when what earns them happens or changes. The workflow reads the facts
 * fresh and writes only differences, so an event delivered twice records nothing twice.
 */
async function commissionSourcesHandler({
  event: { name, data },
  container,
}: SubscriberArgs<Payload>) {
  const commissions: CommissionModuleService = container.resolve(COMMISSION_MODULE)
  if (!(await commissions.getCommissionSettings()).enabled) {
    return
  }
  const input = sourcesOf(name, data)
  if (!input.sources.length && !input.stored_value_operation_ids.length) {
    return
  }
  await syncCommissionSourcesWorkflow(container).run({ input })
}

export const config: SubscriberConfig = {
  event: [
    BookingWorkflowEvents.APPOINTMENT_COMPLETED,
    "order.placed",
    "order.canceled",
    "order.return_received",
    StoredValueWorkflowEvents.TOPPED_UP,
    StoredValueWorkflowEvents.SPENT,
    StoredValueWorkflowEvents.REFUNDED,
    StoredValueWorkflowEvents.REVERSED,
    ServicePackageWorkflowEvents.SOLD,
    ServicePackageWorkflowEvents.REFUNDED,
    ServicePackageWorkflowEvents.SESSION_REDEEMED,
    ServicePackageWorkflowEvents.ENTRY_REVERSED,
    CounterWorkflowEvents.SALE_COMPLETED,
    CounterWorkflowEvents.SALE_REFUNDED,
  ],
  context: { subscriberId: "commission-sources" },
}

export default reliableSubscriber("commission-sources", commissionSourcesHandler)
