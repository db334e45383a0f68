import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { loadAppointmentForPackagesStep } from "../steps/load-appointment-for-packages"
import { reserveAppointmentSessionsStep } from "../steps/reserve-appointment-sessions"
import { publishOutboxEventsStep } from "../../outbox/steps/publish-outbox-events"

const OPEN = ["booked", "confirmed"]

export const reserveAppointmentSessionsWorkflowId = "reserve-appointment-sessions"
/**
 * This workflow, run when an appointment is booked, reserves a session of the customer's
 * soonest-expiring eligible package for each service (unless the setting
 * `auto_reserve_on_booking` is off or the item was booked without package use) and emits
 * `service_package.session_reserved` for each.
 */
export const reserveAppointmentSessionsWorkflow = createWorkflow(
  reserveAppointmentSessionsWorkflowId,
  (input: { appointment_id: string }) => {
    const appointment = loadAppointmentForPackagesStep({ appointment_id: input.appointment_id })
    // Canceled before this ran (events are handled asynchronously): nothing to reserve.
    const open = transform({ appointment }, ({ appointment }) => ({
      appointment: {
        ...appointment,
        items: OPEN.includes(appointment.status) ? appointment.items : [],
      },
    }))
    const reserved = reserveAppointmentSessionsStep(open)
    publishOutboxEventsStep({
      module: "service_package",
      aggregate_ids: transform({ input }, ({ input }) => [input.appointment_id]),
    })
    return new WorkflowResponse(reserved)
  }
)
