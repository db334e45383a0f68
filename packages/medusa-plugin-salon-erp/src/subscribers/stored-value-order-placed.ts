import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { creditOrderTopUpsWorkflow } from "../workflows/stored-value/workflows/credit-order-top-ups"

/** Credits top-ups bought online (once per order line, however often the event arrives). */
export default async function storedValueOrderPlacedHandler({
  event: { data },
  container,
}: SubscriberArgs<{ id: string }>) {
  await creditOrderTopUpsWorkflow(container).run({ input: { order_id: data.id } })
}

export const config: SubscriberConfig = {
  event: "order.placed",
  context: { subscriberId: "stored-value-order-placed" },
}
