import { MedusaError } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { BOOKING_MODULE } from "../../../modules/booking"
import type BookingModuleService from "../../../modules/booking/service"

export type LoadAppointmentStepInput = {
  appointment_id: string
  /** When set, the appointment must belong to this customer (else: not found). */
  customer_id?: string | null
}

export const loadAppointmentStepId = "load-appointment"
/**
 * This step loads an appointment with its items and checks it belongs to the acting customer.
 */
export const loadAppointmentStep = createStep(
  loadAppointmentStepId,
  async (input: LoadAppointmentStepInput, { container }) => {
    const booking: BookingModuleService = container.resolve(BOOKING_MODULE)
    const appointment = await booking.snapshotAppointment(input.appointment_id)
    if (input.customer_id && appointment.customer_id !== input.customer_id) {
      // Another customer's appointment is reported exactly like a missing one.
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Appointment with id: ${input.appointment_id} was not found`
      )
    }
    return new StepResponse(appointment)
  }
)
