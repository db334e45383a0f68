import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { FEEDBACK_MODULE } from "../../../modules/feedback"
import type FeedbackModuleService from "../../../modules/feedback/service"

/** What erased free text reads as. */
export const ERASED_TEXT = "[erased]"

const COMPLAINT_TEXTS = [
  "subject",
  "description",
  "resolution_summary",
  "resolution_comment",
] as const

type ComplaintTexts = {
  id: string
  subject: string | null
  description: string
  resolution_summary: string | null
  resolution_comment: string | null
}
type Snapshot = {
  complaints: ComplaintTexts[]
  events: { id: string; body: string | null }[]
  surveys: { id: string; comment: string | null }[]
}

export const eraseCustomerFeedbackStepId = "erase-customer-feedback"
/**
 * This step replaces the free text about the customer in the feedback module with "[erased]":
 * her complaints' subject, description, resolution summary and rating comment, every message on
 * their timelines (hers, the replies to her and internal notes about her), and her survey
 * comments. Categories, ratings, statuses, deadlines and remedies stay (statistics).
 * Compensation restores the texts.
 */
export const eraseCustomerFeedbackStep = createStep(
  eraseCustomerFeedbackStepId,
  async (input: { customer_id: string }, { container }) => {
    const feedback: FeedbackModuleService = container.resolve(FEEDBACK_MODULE)
    const [complaints, surveys] = await Promise.all([
      feedback.listComplaints(
        { customer_id: input.customer_id },
        { select: ["id", ...COMPLAINT_TEXTS] }
      ),
      feedback.listSatisfactionSurveys(
        { customer_id: input.customer_id, comment: { $ne: null } },
        { select: ["id", "comment"] }
      ),
    ])
    const events = complaints.length
      ? await feedback.listComplaintEvents(
          {
            complaint_id: complaints.map((complaint) => complaint.id),
            body: { $ne: null },
          },
          { select: ["id", "body"] }
        )
      : []

    if (complaints.length) {
      await feedback.updateComplaints(
        complaints.map((complaint) => ({
          id: complaint.id,
          ...Object.fromEntries(
            COMPLAINT_TEXTS.map((field) => [field, complaint[field] == null ? null : ERASED_TEXT])
          ),
        }))
      )
    }
    if (events.length) {
      await feedback.updateComplaintEvents(events.map(({ id }) => ({ id, body: ERASED_TEXT })))
    }
    if (surveys.length) {
      await feedback.updateSatisfactionSurveys(
        surveys.map(({ id }) => ({ id, comment: ERASED_TEXT }))
      )
    }
    const snapshot: Snapshot = {
      complaints: complaints.map((complaint) => ({
        id: complaint.id,
        subject: complaint.subject ?? null,
        description: complaint.description,
        resolution_summary: complaint.resolution_summary ?? null,
        resolution_comment: complaint.resolution_comment ?? null,
      })),
      events: events.map(({ id, body }) => ({ id, body: body ?? null })),
      surveys: surveys.map(({ id, comment }) => ({ id, comment: comment ?? null })),
    }
    return new StepResponse(
      { complaints: complaints.length, messages: events.length, surveys: surveys.length },
      snapshot
    )
  },
  async (snapshot, { container }) => {
    if (!snapshot) {
      return
    }
    const feedback: FeedbackModuleService = container.resolve(FEEDBACK_MODULE)
    if (snapshot.complaints.length) await feedback.updateComplaints(snapshot.complaints)
    if (snapshot.events.length) await feedback.updateComplaintEvents(snapshot.events)
    if (snapshot.surveys.length) await feedback.updateSatisfactionSurveys(snapshot.surveys)
  }
)
