import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { BookingWorkflowEvents, type AppointmentEventData } from "../modules/booking/events"
import { sendSatisfactionSurveyWorkflow } from "../workflows/feedback/workflows/send-satisfaction-survey"
import { reliableSubscriber } from "../lib/reliable-subscriber"

/** Sends the post-service satisfaction survey when an appointment is completed (once). */
async function satisfactionSurveysHandler({
  event: { data },
  container,
}: SubscriberArgs<AppointmentEventData>) {
  await sendSatisfactionSurveyWorkflow(container).run({
    input: {
      appointment_id: data.id,
      appointment_display_id: data.display_id,
      customer_id: data.customer_id,
      branch_id: data.branch_id,
      staff_member_ids: [...new Set(data.items.map((item) => item.staff_member_id))],
      completed_at: new Date(),
      visited_at: data.starts_at,
    },
  })
}

export const config: SubscriberConfig = {
  event: BookingWorkflowEvents.APPOINTMENT_COMPLETED,
  context: { subscriberId: "satisfaction-surveys" },
}

export default reliableSubscriber("satisfaction-surveys", satisfactionSurveysHandler)
