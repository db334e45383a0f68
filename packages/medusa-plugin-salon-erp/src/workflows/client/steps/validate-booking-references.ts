import { MedusaError } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { BOOKING_MODULE } from "../../../modules/booking"
import type BookingModuleService from "../../../modules/booking/service"
import {
  type BookingRecordReference,
  assertBookingRecordsExist,
} from "../../booking/steps/validate-booking-records"

export type ValidateBookingReferencesStepInput = {
  customer_id: string
  /** The staff members, branches and appointment the write refers to, by the field they came in. */
  references: BookingRecordReference[]
  /** When set, the appointment must be this customer's. */
  appointment_id?: string | null
}

export const validateBookingReferencesStepId = "validate-booking-references"
/**
 * This step checks that the staff members, branches and appointment a client write refers to
 * exist (404 naming the field otherwise), and that the appointment is the customer's own (400).
 */
export const validateBookingReferencesStep = createStep(
  validateBookingReferencesStepId,
  async (input: ValidateBookingReferencesStepInput, { container }) => {
    await assertBookingRecordsExist(container, input.references)
    if (input.appointment_id) {
      const booking: BookingModuleService = container.resolve(BOOKING_MODULE)
      const [appointment] = await booking.listAppointments(
        { id: input.appointment_id },
        { select: ["id", "customer_id"] }
      )
      if (appointment && appointment.customer_id !== input.customer_id) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `appointment_id: appointment ${input.appointment_id} belongs to another customer`
        )
      }
    }
    return new StepResponse(true)
  }
)
