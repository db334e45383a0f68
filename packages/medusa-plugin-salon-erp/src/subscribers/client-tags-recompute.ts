import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CLIENT_MODULE } from "../modules/client"
import type ClientModuleService from "../modules/client/service"
import { recomputeClientTagsWorkflow } from "../workflows/client/workflows/recompute-client-tags"
import { reliableSubscriber } from "../lib/reliable-subscriber"

/**
 * After a completed visit or a placed order, recomputes that customer's automatic tags and RFM
 * scores (the nightly job catches anything missed).
 */
async function clientTagsRecomputeHandler({
  event: { name, data },
  container,
}: SubscriberArgs<{ id: string; customer_id?: string | null }>) {
  const client: ClientModuleService = container.resolve(CLIENT_MODULE)
  if (!(await client.getClientSettings()).automatic_tags) {
    return
  }
  let customerId = data.customer_id ?? null
  if (!customerId && name === "order.placed") {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [order],
    } = await query.graph({ entity: "order", fields: ["customer_id"], filters: { id: data.id } })
    customerId = order?.customer_id ?? null
  }
  if (!customerId) return
  await recomputeClientTagsWorkflow(container).run({ input: { customer_ids: [customerId] } })
}

export const config: SubscriberConfig = {
  event: ["appointment.completed", "order.placed"],
  context: { subscriberId: "client-tags-recompute" },
}

export default reliableSubscriber("client-tags-recompute", clientTagsRecomputeHandler)
