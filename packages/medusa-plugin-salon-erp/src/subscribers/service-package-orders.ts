import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { issueOrderPackagesWorkflow } from "../workflows/service-package/workflows/issue-order-packages"
import { reliableSubscriber } from "../lib/reliable-subscriber"

/**
 * Issues the service packages an order bought online: one package per unit of each package
 * line. Keyed by order line and unit, so handling the event twice issues nothing more.
 */
async function servicePackageOrderPlacedHandler({
  event: { data },
  container,
}: SubscriberArgs<{ id: string }>) {
  await issueOrderPackagesWorkflow(container).run({ input: { order_id: data.id } })
}

export const config: SubscriberConfig = {
  event: "order.placed",
  context: { subscriberId: "service-package-order-placed" },
}

export default reliableSubscriber("service-package-order-placed", servicePackageOrderPlacedHandler)
