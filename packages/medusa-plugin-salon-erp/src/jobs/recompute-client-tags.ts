import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { recomputeClientTagsWorkflow } from "../workflows/client/workflows/recompute-client-tags"

/** Every night: automatic tags and RFM scores of all customers. */
export default async function recomputeClientTagsJob(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { result } = await recomputeClientTagsWorkflow(container).run({ input: {} })
  const changes = result.tags.map((tag) => `${tag.name} +${tag.added}/-${tag.removed}`).join(", ")
  logger.info(
    `Recomputed client tags (${changes || "no automatic tags"}) and ${result.rfm_updated} RFM rows`
  )
}

export const config = { name: "recompute-client-tags", schedule: "0 3 * * *" }
