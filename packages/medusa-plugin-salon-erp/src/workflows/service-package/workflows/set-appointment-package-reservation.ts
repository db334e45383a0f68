import {
  WorkflowResponse,
  createWorkflow,
  transform,
  when,
} from "@medusajs/framework/workflows-sdk"
import { loadAppointmentForPackagesStep } from "../steps/load-appointment-for-packages"
import { setAppointmentPackageReservationStep } from "../steps/set-appointment-package-reservation"
import { validatePackageUseStep } from "../steps/validate-package-use"
import type { WorkflowActor } from "../../../lib/service-package/actor"
import { publishOutboxEventsStep } from "../../outbox/steps/publish-outbox-events"

export type SetAppointmentPackageReservationWorkflowInput = WorkflowActor & {
  appointment_id: string
  appointment_item_id: string
  /** The customer's package to use for that service; null: no package (release any). */
  package_id: string | null
  /** Customers may only act on their own appointments and packages. */
  customer_id?: string | null
}

export const setAppointmentPackageReservationWorkflowId = "set-appointment-package-reservation"
/**
 * This workflow lets staff or the customer choose which package pays for a service of an
 * upcoming appointment, replace it, or book it without package use (releasing the session). It
 * emits `service_package.session_reserved` / `service_package.reservation_released`.
 */
export const setAppointmentPackageReservationWorkflow = createWorkflow(
  setAppointmentPackageReservationWorkflowId,
  (input: SetAppointmentPackageReservationWorkflowInput) => {
    const appointment = loadAppointmentForPackagesStep({
      appointment_id: input.appointment_id,
      customer_id: input.customer_id,
      require_upcoming: true,
    })
    const item = transform(
      { input, appointment },
      ({ input, appointment }) =>
        appointment.items.find((candidate) => candidate.id === input.appointment_item_id) ?? null
    )
    when({ input, item }, ({ input, item }) => !!input.package_id && !!item).then(() => {
      const useInput = transform({ input, item, appointment }, ({ input, item, appointment }) => ({
        package_id: input.package_id as string,
        salon_service_id: item!.salon_service_id,
        branch_id: appointment.branch_id,
        customer_id: appointment.customer_id,
      }))
      validatePackageUseStep(useInput)
    })
    const setInput = transform({ input, appointment }, ({ input, appointment }) => ({
      appointment,
      appointment_item_id: input.appointment_item_id,
      package_id: input.package_id,
      source: input.actor_type === "customer" ? ("customer" as const) : ("staff" as const),
      created_by: input.actor_id ?? null,
    }))
    const result = setAppointmentPackageReservationStep(setInput)
    publishOutboxEventsStep({
      module: "service_package",
      aggregate_ids: transform({ input }, ({ input }) => [input.appointment_id]),
    })
    return new WorkflowResponse(result)
  }
)
