import { MedusaError } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { FEEDBACK_MODULE } from "../../../modules/feedback"
import type FeedbackModuleService from "../../../modules/feedback/service"
import type { FollowUpStatus } from "../../../modules/feedback/types"

export type UpdateFollowUpVisitStepInput = {
  id: string
  status?: FollowUpStatus
  assignee_user_id?: string | null
  note?: string | null
  outcome?: string | null
  due_at?: string | Date
  actor_id?: string | null
}

const FIELDS = [
  "status",
  "assignee_user_id",
  "note",
  "outcome",
  "due_at",
  "completed_at",
  "completed_by",
] as const

export const updateFollowUpVisitStepId = "update-follow-up-visit"
/**
 * This step updates a follow-up visit: reassigns it, notes what came of the call, marks it done
 * or canceled (a done or canceled visit is not reopened), staging `follow_up_visit.updated` with
 * the change. Compensation restores the fields (and reports that change too).
 */
export const updateFollowUpVisitStep = createStep(
  updateFollowUpVisitStepId,
  async ({ id, actor_id, ...data }: UpdateFollowUpVisitStepInput, { container }) => {
    const feedback: FeedbackModuleService = container.resolve(FEEDBACK_MODULE)
    const current = await feedback.retrieveFollowUpVisit(id)
    const before = {
      id,
      ...Object.fromEntries(FIELDS.map((field) => [field, current[field]])),
    } as { id: string; status: FollowUpStatus; outcome: string | null }
    if (before.status !== "open" && data.status && data.status !== before.status) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `This follow-up visit is already ${before.status}; it cannot become ${data.status}`
      )
    }
    if (data.status === "done" && !data.outcome && !before.outcome) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "Write the outcome of the follow-up (outcome) when marking it done"
      )
    }
    const closing = data.status && data.status !== "open" && before.status === "open"
    const changes: Record<string, unknown> = Object.fromEntries(
      Object.entries(data).filter(([, value]) => value !== undefined)
    )
    if (data.due_at) changes.due_at = new Date(data.due_at)
    if (closing)
      Object.assign(changes, { completed_at: new Date(), completed_by: actor_id ?? null })
    await feedback.changeFollowUpVisit(id, changes)
    const updated = await feedback.retrieveFollowUpVisit(id)
    return new StepResponse(updated, before)
  },
  async (before, { container }) => {
    if (!before) {
      return
    }
    const feedback: FeedbackModuleService = container.resolve(FEEDBACK_MODULE)
    const { id, ...fields } = before
    await feedback.changeFollowUpVisit(id, fields)
  }
)
