import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { settleAppointmentReservationsStep } from "../steps/settle-appointment-reservations"
import { publishOutboxEventsStep } from "../../outbox/steps/publish-outbox-events"

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
    // Releases are events of the appointment, forfeits of the package.
    publishOutboxEventsStep({
      module: "service_package",
      aggregate_ids: transform({ settled, input }, ({ settled, input }) => [
        input.appointment_id,
        ...settled.forfeited.map((result) => result.package_id),
      ]),
    })
    return new WorkflowResponse(settled)
  }
)
