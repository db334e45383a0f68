import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { BOOKING_MODULE } from "../../../modules/booking"
import type BookingModuleService from "../../../modules/booking/service"
import type { RescheduleAppointmentInput } from "../../../modules/booking/types"

export const rescheduleAppointmentStepId = "reschedule-appointment"
/**
 * This step moves an upcoming appointment to a new time (keeping its staff where they are free).
 * Compensation moves it back.
 */
export const rescheduleAppointmentStep = createStep(
  rescheduleAppointmentStepId,
  async (input: RescheduleAppointmentInput, { container }) => {
    const booking: BookingModuleService = container.resolve(BOOKING_MODULE)
    const before = await booking.snapshotAppointment(input.appointment_id)
    await booking.rescheduleAppointment(input)
    const after = await booking.snapshotAppointment(input.appointment_id)
    return new StepResponse({ before, after }, before)
  },
  async (before, { container }) => {
    if (!before) {
      return
    }
    const booking: BookingModuleService = container.resolve(BOOKING_MODULE)
    await booking.revertReschedule(before)
  }
)
