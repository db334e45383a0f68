import { createFindParams, createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { z } from "@medusajs/framework/zod"
import { BookingItem } from "../admin/appointments/validators"
import { DateTime, IdList } from "../utils/validators"

export const StoreGetBranchesParams = createFindParams({ limit: 50, offset: 0, order: "name" })

export const StoreGetSalonServicesParams = createFindParams({
  limit: 100,
  offset: 0,
  order: "name",
}).extend({
  q: z.string().optional(),
  category: z.string().optional(),
  /** Only services someone performs at this branch. */
  branch_id: z.string().optional(),
})

export const StoreGetStaffMembersParams = createFindParams({
  limit: 100,
  offset: 0,
  order: "name",
}).extend({
  branch_id: z.string().optional(),
  salon_service_id: z.string().optional(),
})

export const StoreCreateAppointment = z
  .object({
    branch_id: z.string().min(1),
    starts_at: DateTime,
    items: z
      .array(BookingItem.omit({ room_id: true, is_designated: true }))
      .min(1, "an appointment needs at least one service")
      .max(6),
    notes: z.string().max(1000).nullish(),
    idempotency_key: z.string().max(200).optional(),
    /** Book exactly the slot of this hold. */
    hold_id: z.string().optional(),
  })
  .strict()
export type StoreCreateAppointmentType = z.infer<typeof StoreCreateAppointment>

export const StoreRescheduleAppointment = z
  .object({
    starts_at: DateTime,
    items: z
      .array(z.object({ staff_member_id: z.string().nullish() }).strict())
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
  from: DateTime.optional(),
})
