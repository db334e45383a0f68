import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { STORED_VALUE_MODULE } from "../modules/stored-value"
import type StoredValueModuleService from "../modules/stored-value/service"
import { undoOrderStoredValueWorkflow } from "../workflows/stored-value/workflows/undo-order-stored-value"
import { reliableSubscriber } from "../lib/reliable-subscriber"

/**
 * A canceled order gives back the stored value it spent and takes back top-ups it bought. If its
 * cart's hold was not captured yet (order.placed not handled), the hold is released instead, so
 * it is never charged.
 */
async function storedValueOrderCanceledHandler({
  event: { data },
  container,
}: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: links } = await query.graph({
    entity: "order_cart",
    fields: ["cart_id"],
    filters: { order_id: data.id },
  })
  if (links[0]?.cart_id) {
    const service: StoredValueModuleService = container.resolve(STORED_VALUE_MODULE)
    await service.releaseCartHold({
      cart_id: links[0].cart_id as string,
      reason: "order_canceled",
    })
  }
  await undoOrderStoredValueWorkflow(container).run({
    input: { order_id: data.id, reason: "Order canceled" },
  })
}

export const config: SubscriberConfig = {
  event: "order.canceled",
  context: { subscriberId: "stored-value-order-canceled" },
}

export default reliableSubscriber("stored-value-order-canceled", storedValueOrderCanceledHandler)
