import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { CLIENT_MODULE } from "../modules/client"
import type ClientModuleService from "../modules/client/service"
import { recomputeClientTagsWorkflow } from "../workflows/client/workflows/recompute-client-tags"
import { reliableJob } from "../lib/jobs/reliable-job"

/**
 * Every night: automatic tags and RFM scores of all customers, from the read model the events
 * keep; on Sundays the read model is first rebuilt from its sources (it reads every order and
 * visit, which takes minutes on a large chain).
 */
async function recomputeClientTagsJob(container: MedusaContainer) {
  const client: ClientModuleService = container.resolve(CLIENT_MODULE)
  if (!(await client.getClientSettings()).automatic_tags) {
    return
  }
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const rebuildFacts = new Date().getUTCDay() === 0
  const { result } = await recomputeClientTagsWorkflow(container).run({
    input: { rebuild_facts: rebuildFacts },
  })
  const changes = result.tags.map((tag) => `${tag.name} +${tag.added}/-${tag.removed}`).join(", ")
  logger.info(
    `Recomputed client tags (${changes || "no automatic tags"}) and ${result.rfm_updated} RFM rows`
  )
}

export const config = { name: "recompute-client-tags", schedule: "0 3 * * *" }

export default reliableJob(config.name, recomputeClientTagsJob)
