import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { FEEDBACK_MODULE } from "../../../modules/feedback"
import type FeedbackModuleService from "../../../modules/feedback/service"
import {
  type ComplaintRemediesInput,
  GRANTED_BY,
  describeRemedy,
  isInstalled,
} from "../../../lib/feedback/remedies"

export const recordComplaintRemediesStepId = "record-complaint-remedies"
/**
 * This step records the remedies of a complaint, each `recorded` with a reason saying who will
 * grant it. Every remedy is checked before anything is written, so a bad one records none.
 * Compensation removes the rows it created.
 */
export const recordComplaintRemediesStep = createStep(
  recordComplaintRemediesStepId,
  async (input: ComplaintRemediesInput, { container }) => {
    if (!input.remedies.length) {
      return new StepResponse([], [] as string[])
    }
    const feedback: FeedbackModuleService = container.resolve(FEEDBACK_MODULE)
    const rows = []
    for (const remedy of input.remedies) {
      const { description } = await describeRemedy(container, remedy)
      const granter = GRANTED_BY[remedy.kind]
      rows.push({
        complaint_id: input.complaint_id,
        kind: remedy.kind,
        status: "recorded" as const,
        description,
        amount: remedy.kind === "goodwill_credit" ? remedy.amount! : null,
        currency_code:
          remedy.kind === "goodwill_credit" ? remedy.currency_code!.toLowerCase() : null,
        salon_service_id: remedy.kind === "free_session" ? remedy.salon_service_id! : null,
        status_reason: !granter
          ? "Mark it applied once it has been given to the customer."
          : isInstalled(container, granter.module)
            ? `Being granted through the ${granter.capability} capability.`
            : `The ${granter.capability} capability is not installed: grant it by hand, then mark it applied.`,
        recorded_by: input.actor_id ?? null,
      })
    }
    const created = await feedback.createComplaintRemedies(rows)
    return new StepResponse(
      created,
      created.map((remedy) => remedy.id)
    )
  },
  async (remedyIds, { container }) => {
    if (!remedyIds?.length) {
      return
    }
    const feedback: FeedbackModuleService = container.resolve(FEEDBACK_MODULE)
    // Rows this run created and nobody else has seen: removed outright.
    await feedback.deleteComplaintRemedies(remedyIds)
  }
)
