import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { BOOKING_MODULE } from "../../../modules/booking"
import type BookingModuleService from "../../../modules/booking/service"

export const claimAppointmentReminderStepId = "claim-appointment-reminder"
/**
 * This step claims an appointment's reminder (true for exactly one caller, however many jobs run
 * at once). Compensation gives the claim back so a later run retries a failed send.
 */
export const claimAppointmentReminderStep = createStep(
  claimAppointmentReminderStepId,
  async (input: { appointment_id: string }, { container }) => {
    const booking: BookingModuleService = container.resolve(BOOKING_MODULE)
    const claimed = await booking.claimReminder(input.appointment_id)
    return new StepResponse({ claimed }, claimed ? input.appointment_id : undefined)
  },
  async (appointmentId, { container }) => {
    if (!appointmentId) {
      return
    }
    const booking: BookingModuleService = container.resolve(BOOKING_MODULE)
    await booking.unclaimReminder(appointmentId)
  }
)
