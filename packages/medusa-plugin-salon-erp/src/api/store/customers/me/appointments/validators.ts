import { createFindParams, createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { z } from "@medusajs/framework/zod"
import {
  AppointmentNotes,
  BookingItem,
  BranchId,
  StaffMemberId,
} from "../../../../admin/appointments/validators"
import { Id, IdList, IdempotencyKeyText, Instant } from "../../../../utils/validators"

export const StoreCreateAppointment = z
  .object({
    branch_id: BranchId,
    starts_at: Instant,
    items: z
      .array(BookingItem.omit({ room_id: true, is_designated: true }))
      .min(1, "an appointment needs at least one service")
      .max(6),
    notes: AppointmentNotes.nullish(),
    idempotency_key: IdempotencyKeyText.optional(),
    /** Book exactly the slot of this hold. */
    hold_id: Id("hold", "an appointment hold").optional(),
  })
  .strict()
export type StoreCreateAppointmentType = z.infer<typeof StoreCreateAppointment>

export const StoreRescheduleAppointment = z
  .object({
    starts_at: Instant,
    items: z
      .array(z.object({ staff_member_id: StaffMemberId.nullish() }).strict())
      .max(6)
      .optional(),
  })
  .strict()
export type StoreRescheduleAppointmentType = z.infer<typeof StoreRescheduleAppointment>

export const StoreGetAppointmentParams = createSelectParams()
export const StoreGetAppointmentsParams = createFindParams({
  limit: 20,
  offset: 0,
  order: "-starts_at",
}).extend({
  status: IdList.optional(),
  /** "upcoming" (from now, booked or confirmed) or "past". */
  when: z.enum(["upcoming", "past"]).optional(),
  from: Instant.optional(),
})
