import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { undoOrderStoredValueWorkflow } from "../workflows/stored-value/workflows/undo-order-stored-value"

/** A canceled order gives back the stored value it spent and takes back top-ups it bought. */
export default async function storedValueOrderCanceledHandler({
  event: { data },
  container,
}: SubscriberArgs<{ id: string }>) {
  await undoOrderStoredValueWorkflow(container).run({
    input: { order_id: data.id, reason: "Order canceled" },
  })
}

export const config: SubscriberConfig = {
  event: "order.canceled",
  context: { subscriberId: "stored-value-order-canceled" },
}
