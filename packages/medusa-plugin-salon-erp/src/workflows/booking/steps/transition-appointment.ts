import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { BOOKING_MODULE } from "../../../modules/booking"
import type BookingModuleService from "../../../modules/booking/service"
import type { WorkflowActor } from "../../../modules/booking/events"
import type { AppointmentSnapshot, AppointmentStatus } from "../../../modules/booking/types"

export type TransitionAppointmentStepInput = Partial<WorkflowActor> & {
  appointment_id: string
  to: Exclude<AppointmentStatus, "booked">
  /** Extra columns to set with the status (cancellation reason, who canceled, …). */
  patch?: Record<string, unknown>
}

export const transitionAppointmentStepId = "transition-appointment"
/**
 * This step moves an appointment to another status (canceling and no-shows free its staff and
 * rooms). Compensation puts the previous status, timestamps and occupancy back.
 */
export const transitionAppointmentStep = createStep(
  transitionAppointmentStepId,
  async (input: TransitionAppointmentStepInput, { container }) => {
    const booking: BookingModuleService = container.resolve(BOOKING_MODULE)
    const before = await booking.snapshotAppointment(input.appointment_id)
    // The module writes the status and its event (to the outbox) in one transaction.
    await booking.transitionAppointment(input.appointment_id, input.to, input.patch ?? {}, {
      actor_type: input.actor_type ?? "system",
      actor_id: input.actor_id ?? null,
    })
    const after = await booking.snapshotAppointment(input.appointment_id)
    return new StepResponse({ before, after }, before as AppointmentSnapshot)
  },
  async (before, { container }) => {
    if (!before) {
      return
    }
    const booking: BookingModuleService = container.resolve(BOOKING_MODULE)
    await booking.restoreAppointmentStatus(before)
  }
)
