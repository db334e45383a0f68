import { MedusaError } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { BOOKING_MODULE } from "../../../modules/booking"
import type BookingModuleService from "../../../modules/booking/service"

export type ValidateBookingReferencesStepInput = {
  customer_id: string
  staff_member_ids?: string[]
  branch_ids?: string[]
  appointment_id?: string | null
}

const missing = (wanted: string[], found: { id: string }[]) => {
  const ids = new Set(found.map((row) => row.id))
  return wanted.filter((id) => !ids.has(id))
}

export const validateBookingReferencesStepId = "validate-booking-references"
/**
 * This step checks that the staff members, branches and appointment a client write refers to
 * exist, and that the appointment is the customer's own (400 naming the id otherwise).
 */
export const validateBookingReferencesStep = createStep(
  validateBookingReferencesStepId,
  async (input: ValidateBookingReferencesStepInput, { container }) => {
    const booking: BookingModuleService = container.resolve(BOOKING_MODULE)
    const staffIds = [...new Set((input.staff_member_ids ?? []).filter(Boolean))]
    const branchIds = [...new Set((input.branch_ids ?? []).filter(Boolean))]
    if (staffIds.length) {
      const staff = await booking.listStaffMembers({ id: staffIds }, { select: ["id"] })
      const unknown = missing(staffIds, staff)
      if (unknown.length) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `Staff member not found: ${unknown.join(", ")}`
        )
      }
    }
    if (branchIds.length) {
      const branches = await booking.listBranches({ id: branchIds }, { select: ["id"] })
      const unknown = missing(branchIds, branches)
      if (unknown.length) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `Branch not found: ${unknown.join(", ")}`
        )
      }
    }
    if (input.appointment_id) {
      const [appointment] = await booking.listAppointments(
        { id: input.appointment_id },
        { select: ["id", "customer_id"] }
      )
      if (!appointment) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `Appointment not found: ${input.appointment_id}`
        )
      }
      if (appointment.customer_id !== input.customer_id) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `Appointment ${input.appointment_id} belongs to another customer`
        )
      }
    }
    return new StepResponse(true)
  }
)
