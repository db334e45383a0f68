import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { FEEDBACK_MODULE } from "../../../modules/feedback"
import type FeedbackModuleService from "../../../modules/feedback/service"
import type { ComplaintEventInput } from "../../../modules/feedback/types"

export const addComplaintEventsStepId = "add-complaint-events"
/**
 * This step adds entries to complaints' timelines, in order. Compensation removes them.
 */
export const addComplaintEventsStep = createStep(
  addComplaintEventsStepId,
  async (entries: ComplaintEventInput[], { container }) => {
    const feedback: FeedbackModuleService = container.resolve(FEEDBACK_MODULE)
    const created = []
    // One at a time: the timeline's order is the order of insertion.
    for (const { complaint_id, ...entry } of entries) {
      created.push(await feedback.createComplaintEvents({ ...entry, complaint_id }))
    }
    return new StepResponse(
      created.map((event) => ({ id: event.id, type: event.type })),
      created.map((event) => event.id)
    )
  },
  async (ids, { container }) => {
    if (!ids?.length) {
      return
    }
    const feedback: FeedbackModuleService = container.resolve(FEEDBACK_MODULE)
    await feedback.deleteComplaintEvents(ids)
  }
)
