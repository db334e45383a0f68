import { createFindParams, createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { z } from "@medusajs/framework/zod"
import {
  AppointmentNotes,
  BookingItem,
  BranchId,
  SalonServiceId,
  StaffMemberId,
} from "../admin/appointments/validators"
import { Id, IdList, IdempotencyKeyText, Instant, Text } from "../utils/validators"

export const StoreGetBranchesParams = createFindParams({ limit: 50, offset: 0, order: "name" })

export const StoreGetSalonServicesParams = createFindParams({
  limit: 100,
  offset: 0,
  order: "name",
}).extend({
  q: Text("name", { min: 0 }).optional(),
  category: Text("name").optional(),
  /** Only services someone performs at this branch. */
  branch_id: BranchId.optional(),
})

export const StoreGetStaffMembersParams = createFindParams({
  limit: 100,
  offset: 0,
  order: "name",
}).extend({
  branch_id: BranchId.optional(),
  salon_service_id: SalonServiceId.optional(),
})

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

export const StoreCreateAppointmentHold = StoreCreateAppointment.omit({
  idempotency_key: true,
  hold_id: true,
  notes: true,
})
export type StoreCreateAppointmentHoldType = z.infer<typeof StoreCreateAppointmentHold>

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
