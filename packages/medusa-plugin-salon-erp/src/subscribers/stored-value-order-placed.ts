import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { captureCartStoredValueWorkflow } from "../workflows/stored-value/workflows/capture-cart-stored-value"
import { creditOrderTopUpsWorkflow } from "../workflows/stored-value/workflows/credit-order-top-ups"
import { reliableSubscriber } from "../lib/reliable-subscriber"

/**
 * When an order is placed: the stored value its cart held is charged (the hold captured as one
 * spend, keyed by the cart), and top-ups it bought are credited (once per order line). Both are
 * idempotent, however often the event arrives.
 */
async function storedValueOrderPlacedHandler({
  event: { data },
  container,
}: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: links } = await query.graph({
    entity: "order_cart",
    fields: ["cart_id"],
    filters: { order_id: data.id },
  })
  const outcomes = await Promise.allSettled([
    links[0]?.cart_id
      ? captureCartStoredValueWorkflow(container).run({
          input: { cart_id: links[0].cart_id as string },
        })
      : Promise.resolve(),
    creditOrderTopUpsWorkflow(container).run({ input: { order_id: data.id } }),
  ])
  const failed = outcomes.find(
    (outcome): outcome is PromiseRejectedResult => outcome.status === "rejected"
  )
  if (failed) {
    throw failed.reason
  }
}

export const config: SubscriberConfig = {
  event: "order.placed",
  context: { subscriberId: "stored-value-order-placed" },
}

export default reliableSubscriber("stored-value-order-placed", storedValueOrderPlacedHandler)
