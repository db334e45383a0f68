import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { FEEDBACK_MODULE } from "../../../modules/feedback"
import type { ComplaintEventData } from "../../../modules/feedback/events"
import type FeedbackModuleService from "../../../modules/feedback/service"
import type { ComplaintEventInput, FeedbackActor } from "../../../modules/feedback/types"

/** An event the timeline entries report, staged in their transaction. */
export type ComplaintTimelineEvent = {
  complaint_id: string
  event_name: string
  actor: FeedbackActor
  /** The entry whose id the event carries as `event_id`. */
  entry_index?: number
  extra?: Partial<ComplaintEventData>
}

export type AddComplaintEventsStepInput =
  ComplaintEventInput[] | { entries: ComplaintEventInput[]; events?: ComplaintTimelineEvent[] }

export const addComplaintEventsStepId = "add-complaint-events"
/**
 * This step adds entries to complaints' timelines, in order, and stages the events they report
 * in the same transaction. Compensation removes the entries (a staged event stands: the entries
 * did commit).
 */
export const addComplaintEventsStep = createStep(
  addComplaintEventsStepId,
  async (input: AddComplaintEventsStepInput, { container }) => {
    const feedback: FeedbackModuleService = container.resolve(FEEDBACK_MODULE)
    const { entries, events = [] } = Array.isArray(input) ? { entries: input } : input
    const created = await feedback.addComplaintTimeline(entries, events)
    return new StepResponse(
      created,
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
