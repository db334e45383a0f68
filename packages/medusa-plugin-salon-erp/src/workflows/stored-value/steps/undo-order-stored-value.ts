import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { STORED_VALUE_MODULE } from "../../../modules/stored-value"
import type StoredValueModuleService from "../../../modules/stored-value/service"
import type { StoredValueEventData } from "../../../modules/stored-value/events"
import { storedValueEventData } from "../../../modules/stored-value/events"

export const undoOrderStoredValueStepId = "undo-order-stored-value"
/**
 * This step undoes what a canceled order did to stored value: what it spent comes back in its
 * exact principal/bonus split, and top-ups it bought are taken back. Keyed by the order, so a
 * second `order.canceled` does nothing. A top-up the member already spent cannot be taken back:
 * that is refused (and logged) for a manager to settle.
 */
export const undoOrderStoredValueStep = createStep(
  undoOrderStoredValueStepId,
  async (
    input: { order_id: string; reason?: string | null; created_by?: string | null },
    { container }
  ) => {
    const service: StoredValueModuleService = container.resolve(STORED_VALUE_MODULE)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const events: { name: string; data: StoredValueEventData }[] = []
    const done: string[] = []

    const spends = await service.listOperationsByReference({
      kind: "spend",
      reference_type: "order",
      reference_id: input.order_id,
    })
    for (const spend of spends) {
      const refund = await service
        .refund({
          idempotency_key: `order-canceled:${spend.operation_id}`,
          operation_id: spend.operation_id,
          reference_type: "order",
          reference_id: input.order_id,
          reason: input.reason ?? "Order canceled",
          created_by: input.created_by,
          event_context: { order_id: input.order_id },
        })
        .catch((error: Error) => {
          if (/already been refunded in full/.test(error.message)) return null
          throw error
        })
      if (refund && !refund.replayed) {
        done.push(refund.operation_id)
        events.push({
          name: "stored_value.refunded",
          data: storedValueEventData(refund, {
            reference_type: "order",
            reference_id: input.order_id,
            target_operation_id: spend.operation_id,
            order_id: input.order_id,
          }),
        })
      }
    }

    const { data: orders } = await query.graph({
      entity: "order",
      fields: ["items.id"],
      filters: { id: input.order_id },
    })
    const lineIds = ((orders[0]?.items ?? []) as ({ id: string } | null)[])
      .map((item) => item?.id)
      .filter(Boolean) as string[]
    for (const lineId of lineIds) {
      const topUps = await service.listOperationsByReference({
        kind: "top_up",
        reference_type: "line_item",
        reference_id: lineId,
      })
      for (const topUp of topUps) {
        const reversal = await service.reverse({
          idempotency_key: `order-canceled:${topUp.operation_id}`,
          operation_id: topUp.operation_id,
          reference_type: "order",
          reference_id: input.order_id,
          reason: input.reason ?? "Order canceled",
          created_by: input.created_by,
          event_context: { order_id: input.order_id },
        })
        if (!reversal.replayed) {
          done.push(reversal.operation_id)
          events.push({
            name: "stored_value.reversed",
            data: storedValueEventData(reversal, {
              reference_type: "order",
              reference_id: input.order_id,
              target_operation_id: topUp.operation_id,
              order_id: input.order_id,
            }),
          })
        }
      }
    }
    if (!spends.length && !done.length && !lineIds.length) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Order with id: ${input.order_id} was not found`
      )
    }
    return new StepResponse(events, done)
  },
  async (done, { container }) => {
    if (!done?.length) {
      return
    }
    const service: StoredValueModuleService = container.resolve(STORED_VALUE_MODULE)
    for (const operationId of done) {
      await service.compensate(operationId, { reason: "Order cancellation handling failed" })
    }
  }
)
