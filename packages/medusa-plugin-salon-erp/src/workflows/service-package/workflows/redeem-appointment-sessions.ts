import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { redeemAppointmentReservationsStep } from "../steps/redeem-appointment-reservations"
import type { WorkflowActor } from "../../../lib/service-package/actor"
import { publishOutboxEventsStep } from "../../outbox/steps/publish-outbox-events"

export type RedeemAppointmentSessionsWorkflowInput = WorkflowActor & {
  appointment_id: string
  branch_id: string
  items: { id: string; staff_member_id: string; is_designated: boolean }[]
}

export const redeemAppointmentSessionsWorkflowId = "redeem-appointment-sessions"
/**
 * This workflow, run when an appointment is completed, redeems every session reserved for it,
 * exactly once, recording who performed each service, and emits
 * `service_package.session_redeemed` for each.
 */
export const redeemAppointmentSessionsWorkflow = createWorkflow(
  redeemAppointmentSessionsWorkflowId,
  (input: RedeemAppointmentSessionsWorkflowInput) => {
    const results = redeemAppointmentReservationsStep({
      appointment_id: input.appointment_id,
      branch_id: input.branch_id,
      items: input.items,
      actor_id: input.actor_id,
    })
    publishOutboxEventsStep({
      module: "service_package",
      aggregate_ids: transform({ results }, ({ results }) => results.map((r) => r.package_id)),
    })
    return new WorkflowResponse(results)
  }
)
