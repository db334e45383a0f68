import { MedusaError } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { BOOKING_MODULE } from "../../../modules/booking"
import type BookingModuleService from "../../../modules/booking/service"

export type LoadAppointmentForPackagesStepInput = {
  appointment_id: string
  /** When set, the appointment must belong to this customer (else: not found). */
  customer_id?: string | null
  /** When set, the appointment must still be upcoming (package choices can change). */
  require_upcoming?: boolean
}

const OPEN_STATUSES = ["booked", "confirmed", "checked_in", "in_service"]

export const loadAppointmentForPackagesStepId = "load-appointment-for-packages"
/**
 * This step loads an appointment with its items for package reservations and checks it belongs
 * to the acting customer and, when changing reservations, that it has not ended.
 */
export const loadAppointmentForPackagesStep = createStep(
  loadAppointmentForPackagesStepId,
  async (input: LoadAppointmentForPackagesStepInput, { container }) => {
    const booking: BookingModuleService = container.resolve(BOOKING_MODULE)
    const appointment = await booking.snapshotAppointment(input.appointment_id)
    if (input.customer_id && appointment.customer_id !== input.customer_id) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Appointment with id: ${input.appointment_id} was not found`
      )
    }
    if (input.require_upcoming && !OPEN_STATUSES.includes(appointment.status)) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Appointment #${appointment.display_id} is ${appointment.status.replace("_", " ")}; its package sessions can no longer be changed`
      )
    }
    return new StepResponse({
      id: appointment.id,
      display_id: appointment.display_id,
      status: appointment.status,
      customer_id: appointment.customer_id,
      branch_id: appointment.branch_id,
      starts_at: appointment.starts_at,
      items: appointment.items.map((item) => ({
        id: item.id,
        salon_service_id: item.salon_service_id,
        staff_member_id: item.staff_member_id,
        is_designated: item.is_designated,
      })),
    })
  }
)
