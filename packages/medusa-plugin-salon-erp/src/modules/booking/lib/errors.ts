import { MedusaError } from "@medusajs/framework/utils"
import type { AppointmentStatus } from "../types"

export const appointmentNotFound = (id: string) =>
  new MedusaError(MedusaError.Types.NOT_FOUND, `Appointment with id: ${id} was not found`)

/** Only booked or confirmed appointments move. */
export const notReschedulable = (appointment: { display_id: number; status: AppointmentStatus }) =>
  new MedusaError(
    MedusaError.Types.NOT_ALLOWED,
    `Appointment #${appointment.display_id} is ${appointment.status.replace("_", " ")}; only booked or confirmed appointments can be rescheduled`
  )

/** Its status changed between planning the move and writing it. */
export const noLongerReschedulable = (id: string) =>
  new MedusaError(MedusaError.Types.NOT_ALLOWED, `Appointment ${id} can no longer be rescheduled`)

/** Another order paid it first (or it does not exist). */
export const alreadyPaid = (
  id: string,
  row: { display_id: number; order_id: string | null } | undefined
) =>
  new MedusaError(
    MedusaError.Types.CONFLICT,
    row
      ? `Appointment #${row.display_id} is already paid by order ${row.order_id}`
      : `Appointment with id: ${id} was not found`
  )
