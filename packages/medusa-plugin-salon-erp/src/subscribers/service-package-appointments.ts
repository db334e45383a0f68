import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { BookingWorkflowEvents, type AppointmentEventData } from "../modules/booking/events"
import { redeemAppointmentSessionsWorkflow } from "../workflows/service-package/workflows/redeem-appointment-sessions"
import { reserveAppointmentSessionsWorkflow } from "../workflows/service-package/workflows/reserve-appointment-sessions"
import { settleAppointmentSessionsWorkflow } from "../workflows/service-package/workflows/settle-appointment-sessions"
import { reliableSubscriber } from "../lib/reliable-subscriber"

/**
 * Package sessions follow the appointment: booking reserves them, completing redeems them,
 * canceling releases them (a late cancellation or a no-show returns or forfeits them per the
 * settings). A reschedule keeps the reservation. Each step is idempotent, so an event handled
 * twice changes nothing the second time.
 */
async function servicePackageAppointmentsHandler({
  event: { name, data },
  container,
}: SubscriberArgs<AppointmentEventData>) {
  switch (name) {
    case BookingWorkflowEvents.APPOINTMENT_BOOKED:
      await reserveAppointmentSessionsWorkflow(container).run({
        input: { appointment_id: data.id },
      })
      return
    case BookingWorkflowEvents.APPOINTMENT_COMPLETED:
      await redeemAppointmentSessionsWorkflow(container).run({
        input: {
          appointment_id: data.id,
          branch_id: data.branch_id,
          items: data.items.map((item) => ({
            id: item.id,
            staff_member_id: item.staff_member_id,
            is_designated: item.is_designated,
          })),
          actor_type: data.actor_type,
          actor_id: data.actor_id,
        },
      })
      return
    case BookingWorkflowEvents.APPOINTMENT_CANCELED:
      await settleAppointmentSessionsWorkflow(container).run({
        input: {
          appointment_id: data.id,
          reason: data.is_late_cancellation ? "late_cancellation" : "canceled",
        },
      })
      return
    case BookingWorkflowEvents.APPOINTMENT_NO_SHOW:
      await settleAppointmentSessionsWorkflow(container).run({
        input: { appointment_id: data.id, reason: "no_show" },
      })
      return
  }
}

export const config: SubscriberConfig = {
  event: [
    BookingWorkflowEvents.APPOINTMENT_BOOKED,
    BookingWorkflowEvents.APPOINTMENT_COMPLETED,
    BookingWorkflowEvents.APPOINTMENT_CANCELED,
    BookingWorkflowEvents.APPOINTMENT_NO_SHOW,
  ],
  context: { subscriberId: "service-package-appointments" },
}

export default reliableSubscriber("service-package-appointments", servicePackageAppointmentsHandler)
