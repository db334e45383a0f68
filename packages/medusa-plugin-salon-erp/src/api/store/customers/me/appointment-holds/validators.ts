import type { z } from "@medusajs/framework/zod"
import { StoreCreateAppointment } from "../appointments/validators"

/** A hold keeps the slot of an appointment about to be booked. */
export const StoreCreateAppointmentHold = StoreCreateAppointment.omit({
  idempotency_key: true,
  hold_id: true,
  notes: true,
})
export type StoreCreateAppointmentHoldType = z.infer<typeof StoreCreateAppointmentHold>
