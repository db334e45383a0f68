import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { BOOKING_MODULE } from "../../../modules/booking"
import type BookingModuleService from "../../../modules/booking/service"
import type { BookAppointmentInput } from "../../../modules/booking/types"

export const bookAppointmentStepId = "book-appointment"
/**
 * This step books an appointment: it assigns staff and rooms and writes the appointment with its
 * occupancies in one transaction (the database refuses any double booking). A retried request
 * with the same idempotency key returns the first appointment; compensation removes only an
 * appointment this step created.
 */
export const bookAppointmentStep = createStep(
  bookAppointmentStepId,
  async (input: BookAppointmentInput, { container }) => {
    const booking: BookingModuleService = container.resolve(BOOKING_MODULE)
    const result = await booking.bookAppointment(input)
    const appointment = await booking.snapshotAppointment(result.appointment_id)
    return new StepResponse(
      { ...result, appointment },
      result.created ? result.appointment_id : undefined
    )
  },
  async (appointmentId, { container }) => {
    if (!appointmentId) {
      return
    }
    const booking: BookingModuleService = container.resolve(BOOKING_MODULE)
    await booking.deleteBookedAppointment(appointmentId)
  }
)
