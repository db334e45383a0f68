import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { BookingWorkflowEvents, type AppointmentEventData } from "../modules/booking/events"
import type { AppointmentMessageTemplate } from "../workflows/booking/steps/build-appointment-message"
import { notifyAppointmentCustomerWorkflow } from "../workflows/booking/workflows/notify-appointment-customer"
import { reliableSubscriber } from "../lib/reliable-subscriber"

const TEMPLATES: Record<string, AppointmentMessageTemplate> = {
  [BookingWorkflowEvents.APPOINTMENT_BOOKED]: "appointment-booked",
  [BookingWorkflowEvents.APPOINTMENT_RESCHEDULED]: "appointment-rescheduled",
  [BookingWorkflowEvents.APPOINTMENT_CANCELED]: "appointment-canceled",
}

/** Confirms bookings, moves and cancellations to the customer. */
async function appointmentNotificationsHandler({
  event: { name, data },
  container,
}: SubscriberArgs<AppointmentEventData>) {
  const template = TEMPLATES[name]
  // A reschedule can happen several times: key the message by the new start as well.
  const idempotency_key =
    name === BookingWorkflowEvents.APPOINTMENT_RESCHEDULED
      ? `${template}:${data.id}:${data.starts_at}`
      : `${template}:${data.id}`
  await notifyAppointmentCustomerWorkflow(container).run({
    input: { appointment_id: data.id, template, idempotency_key },
  })
}

export const config: SubscriberConfig = {
  event: Object.keys(TEMPLATES),
  context: { subscriberId: "appointment-notifications" },
}

export default reliableSubscriber("appointment-notifications", appointmentNotificationsHandler)
