import { emitEventStep } from "@medusajs/medusa/core-flows"
import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { ServicePackageWorkflowEvents } from "../events"
import { loadPackageMovementsStep } from "../steps/load-package-movements"
import { settleAppointmentReservationsStep } from "../steps/settle-appointment-reservations"
import { reservationEventData } from "../utils/reservation-event-data"

export type SettleAppointmentSessionsWorkflowInput = {
  appointment_id: string
  reason: "canceled" | "late_cancellation" | "no_show"
}

export const settleAppointmentSessionsWorkflowId = "settle-appointment-sessions"
/**
 * This workflow, run when an appointment is canceled or missed, releases its reserved sessions
 * (canceled in time) or returns or forfeits them per the late-cancellation and no-show settings,
 * and emits `service_package.reservation_released` / `service_package.session_forfeited`.
 */
export const settleAppointmentSessionsWorkflow = createWorkflow(
  settleAppointmentSessionsWorkflowId,
  (input: SettleAppointmentSessionsWorkflowInput) => {
    const settled = settleAppointmentReservationsStep(input)
    const movements = loadPackageMovementsStep(
      transform({ settled }, ({ settled }) => ({
        operations: settled.forfeited,
        types: ["forfeit"],
      }))
    )
    const released = transform({ settled }, ({ settled }) =>
      settled.released.map((reservation) => reservationEventData(reservation))
    )
    emitEventStep({
      eventName: ServicePackageWorkflowEvents.RESERVATION_RELEASED,
      data: released,
    }).config({ name: "emit-reservation-released" })
    emitEventStep({ eventName: ServicePackageWorkflowEvents.SESSION_FORFEITED, data: movements })
    return new WorkflowResponse(settled)
  }
)
