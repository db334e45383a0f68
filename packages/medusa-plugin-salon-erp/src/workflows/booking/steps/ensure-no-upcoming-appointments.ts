import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { BOOKING_MODULE } from "../../../modules/booking"
import type BookingModuleService from "../../../modules/booking/service"
import { describeInstant } from "../../../modules/booking/lib/time"
import { conflictError } from "../../../lib/errors"

export type EnsureNoUpcomingAppointmentsStepInput = {
  /** Who or what would be affected, as the message names it: "Anna Li", "Facial room 2". */
  subject: string
  /** What the change is, for the message: "be deactivated", "take time off on 2026-11-23". */
  change: string
  branch_id?: string
  branch_ids?: string[]
  exclude_branch_ids?: string[]
  staff_member_id?: string
  room_id?: string
  salon_service_id?: string
  /** Only appointments overlapping [from, to) count. */
  from?: string
  to?: string
  /** Only appointments starting on these local dates (branch zone) count. */
  local_from?: string
  local_to?: string
}

export const ensureNoUpcomingAppointmentsStepId = "ensure-no-upcoming-appointments"
/**
 * This step refuses a change (409) that would strand upcoming appointments, and lists them so
 * staff can move or cancel them first.
 */
export const ensureNoUpcomingAppointmentsStep = createStep(
  ensureNoUpcomingAppointmentsStepId,
  async (input: EnsureNoUpcomingAppointmentsStepInput, { container }) => {
    const booking: BookingModuleService = container.resolve(BOOKING_MODULE)
    const affected = await booking.listUpcomingAppointmentsAffected({
      branch_id: input.branch_id,
      branch_ids: input.branch_ids,
      exclude_branch_ids: input.exclude_branch_ids,
      staff_member_id: input.staff_member_id,
      room_id: input.room_id,
      salon_service_id: input.salon_service_id,
      from: input.from ? new Date(input.from) : undefined,
      to: input.to ? new Date(input.to) : undefined,
      local_from: input.local_from,
      local_to: input.local_to,
    })
    if (affected.length) {
      const list = affected
        .slice(0, 5)
        .map(
          (appointment) =>
            `#${appointment.display_id} at ${describeInstant(new Date(appointment.starts_at).getTime(), appointment.timezone)}`
        )
        .join(", ")
      throw conflictError(
        `${input.subject} cannot ${input.change}: ${affected.length}${affected.length === 20 ? "+" : ""} upcoming appointment(s) need it (${list}${affected.length > 5 ? ", …" : ""}). Move or cancel them first.`
      )
    }
    return new StepResponse(true)
  }
)
