import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { FEEDBACK_MODULE } from "../modules/feedback"
import type FeedbackModuleService from "../modules/feedback/service"
import { processComplaintSlaWorkflow } from "../workflows/feedback/workflows/process-complaint-sla"
import { reliableJob } from "../lib/jobs/reliable-job"

/**
 * Warns assignees before a complaint's first-response or resolution deadline and escalates a
 * missed one to the branch manager, recording each warning and breach once. Running twice, or
 * on two workers at once, sends and records nothing twice.
 */
async function checkComplaintSlasJob(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const feedback: FeedbackModuleService = container.resolve(FEEDBACK_MODULE)
  const due = await feedback.listDueSlaClaims()
  let warned = 0
  let breached = 0
  let failed = 0
  for (const claim of due) {
    try {
      const { result } = await processComplaintSlaWorkflow(container).run({ input: claim })
      if (result.claimed) {
        if (claim.stage === "warning") warned++
        else breached++
      }
    } catch (error) {
      failed++
      logger.error(
        `SLA ${claim.stage} (${claim.deadline}) for complaint ${claim.complaint_id} failed: ${(error as Error).message}`
      )
    }
  }
  if (due.length) {
    logger.info(
      `Complaint SLAs: ${warned} warned, ${breached} breached, ${failed} failed, ${due.length - warned - breached - failed} already handled`
    )
  }
  return { due: due.length, warned, breached, failed }
}

export const config = {
  name: "check-complaint-slas",
  schedule: "*/5 * * * *",
}

export default reliableJob(config.name, checkComplaintSlasJob)
