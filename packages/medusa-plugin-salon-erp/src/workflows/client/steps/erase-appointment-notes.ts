import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { BOOKING_MODULE } from "../../../modules/booking"
import type BookingModuleService from "../../../modules/booking/service"

type Snapshot = { id: string; notes: string | null; internal_note: string | null }[]

export const eraseAppointmentNotesStepId = "erase-appointment-notes"
/**
 * This step clears the free-text notes of the customer's appointments (hers and the staff's,
 * which may describe her); times, services, staff and statuses stay for statistics and
 * commissions. Compensation restores the notes.
 */
export const eraseAppointmentNotesStep = createStep(
  eraseAppointmentNotesStepId,
  async (input: { customer_id: string }, { container }) => {
    const booking: BookingModuleService = container.resolve(BOOKING_MODULE)
    const appointments = await booking.listAppointments(
      {
        customer_id: input.customer_id,
        $or: [{ notes: { $ne: null } }, { internal_note: { $ne: null } }],
      },
      { select: ["id", "notes", "internal_note"] }
    )
    if (appointments.length) {
      await booking.updateAppointments(
        appointments.map(({ id }) => ({ id, notes: null, internal_note: null }))
      )
    }
    const snapshot: Snapshot = appointments.map(({ id, notes, internal_note }) => ({
      id,
      notes: notes ?? null,
      internal_note: internal_note ?? null,
    }))
    return new StepResponse(appointments.length, snapshot)
  },
  async (snapshot, { container }) => {
    if (!snapshot?.length) {
      return
    }
    const booking: BookingModuleService = container.resolve(BOOKING_MODULE)
    await booking.updateAppointments(snapshot)
  }
)
