import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { FEEDBACK_MODULE } from "../../../modules/feedback"
import type FeedbackModuleService from "../../../modules/feedback/service"
import type { SlaClaim } from "../../../modules/feedback/types"

export const claimComplaintSlaStepId = "claim-complaint-sla"
/**
 * This step claims a deadline's warning or breach: `claimed` is true for exactly one caller,
 * however many jobs run at once, and only while it is still due. Compensation gives the claim
 * back so a later run retries.
 */
export const claimComplaintSlaStep = createStep(
  claimComplaintSlaStepId,
  async (input: SlaClaim, { container }) => {
    const feedback: FeedbackModuleService = container.resolve(FEEDBACK_MODULE)
    const before = await feedback.snapshotComplaint(input.complaint_id)
    const claimed = await feedback.claimSla(input)
    const after = claimed ? await feedback.snapshotComplaint(input.complaint_id) : before
    const due = after.fields[`${input.deadline}_due_at`] as Date | string
    // Compensation puts back only what the claim set, so a concurrent change is kept.
    const claimedColumns = [
      `${input.deadline}_${input.stage === "warning" ? "warned" : "breached"}_at`,
      `${input.deadline}_met`,
    ]
    return new StepResponse(
      { claimed, complaint: after, due_at: new Date(due).toISOString() },
      claimed
        ? {
            ...before,
            fields: Object.fromEntries(
              claimedColumns.map((column) => [column, before.fields[column]])
            ),
          }
        : undefined
    )
  },
  async (before, { container }) => {
    if (!before) {
      return
    }
    const feedback: FeedbackModuleService = container.resolve(FEEDBACK_MODULE)
    await feedback.restoreComplaint(before)
  }
)
