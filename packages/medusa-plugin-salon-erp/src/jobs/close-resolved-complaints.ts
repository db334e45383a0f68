import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { FEEDBACK_MODULE } from "../modules/feedback"
import type FeedbackModuleService from "../modules/feedback/service"
import { closeComplaintWorkflow } from "../workflows/feedback/workflows/close-complaint"
import { reliableJob } from "../lib/jobs/reliable-job"

/** Closes resolved complaints the customer has not rated within `auto_close_after_days`. */
async function closeResolvedComplaintsJob(container: MedusaContainer) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const feedback: FeedbackModuleService = container.resolve(FEEDBACK_MODULE)
  const { auto_close_after_days: days } = await feedback.getFeedbackSettings()
  const ids = await feedback.listComplaintsToAutoClose()
  let closed = 0
  for (const id of ids) {
    try {
      await closeComplaintWorkflow(container).run({
        input: {
          complaint_id: id,
          actor_type: "system",
          note: `Closed automatically: resolved ${days} days ago and not rated.`,
        },
      })
      closed++
    } catch (error) {
      // Someone reopened, rated or closed it meanwhile: nothing to do.
      logger.info(`Complaint ${id} was not auto-closed: ${(error as Error).message}`)
    }
  }
  if (closed) {
    logger.info(`Closed ${closed} resolved complaint(s) that were not rated`)
  }
  return { closed }
}

export const config = {
  name: "close-resolved-complaints",
  schedule: "17 * * * *",
}

export default reliableJob(config.name, closeResolvedComplaintsJob)
