import { createFindParams, createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { z } from "@medusajs/framework/zod"
import { DateTime, IdList, LocalDate } from "../../utils/validators"

export const BookingItem = z
  .object({
    salon_service_id: z.string().min(1, "salon_service_id is required"),
    staff_member_id: z.string().nullish(),
    room_id: z.string().nullish(),
    is_designated: z.boolean().optional(),
  })
  .strict()

export const AdminCreateAppointment = z
  .object({
    customer_id: z.string().min(1),
    branch_id: z.string().min(1),
    starts_at: DateTime,
    items: z.array(BookingItem).min(1, "an appointment needs at least one service").max(6),
    source: z.enum(["front_desk", "phone", "walk_in", "online"]).optional(),
    notes: z.string().max(1000).nullish(),
    internal_note: z.string().max(2000).nullish(),
    idempotency_key: z.string().max(200).optional(),
  })
  .strict()
export type AdminCreateAppointmentType = z.infer<typeof AdminCreateAppointment>

export const RescheduleAppointment = z
  .object({
    starts_at: DateTime,
    items: z
      .array(
        z.object({ staff_member_id: z.string().nullish(), room_id: z.string().nullish() }).strict()
      )
      .max(6)
      .optional(),
  })
  .strict()
export type RescheduleAppointmentType = z.infer<typeof RescheduleAppointment>

export const CancelAppointment = z.object({ reason: z.string().max(500).nullish() }).strict()
export type CancelAppointmentType = z.infer<typeof CancelAppointment>

export const EmptyBody = z.object({}).strict()

export const AdminGetAppointmentParams = createSelectParams()

export const AdminGetAppointmentsParams = createFindParams({
  limit: 50,
  offset: 0,
  order: "starts_at",
})
  .extend({
    branch_id: z.string().optional(),
    customer_id: z.string().optional(),
    staff_member_id: z.string().optional(),
    status: IdList.optional(),
    /** Appointments starting at or after (date-time, or a date: midnight UTC). */
    from: z.union([DateTime, LocalDate]).optional(),
    /** … and before. */
    to: z.union([DateTime, LocalDate]).optional(),
  })
  .superRefine((query, ctx) => {
    if (query.from && query.to && Date.parse(query.to) < Date.parse(query.from)) {
      ctx.addIssue({
        code: "custom",
        path: ["to"],
        message: `to (${query.to}) is before from (${query.from})`,
      })
    }
  })

export const AvailabilityParams = z
  .object({
    branch_id: z.string().min(1, "branch_id is required"),
    salon_service_id: IdList.refine(
      (ids) => ids.length > 0 && ids.length <= 6,
      "give 1 to 6 salon_service_id values"
    ),
    staff_member_id: z.string().optional(),
    from: LocalDate.optional(),
    to: LocalDate.optional(),
    /** Admin only: search as if this appointment were not booked (where can it move?). */
    exclude_appointment_id: z.string().optional(),
  })
  .strict()
export type AvailabilityParamsType = z.infer<typeof AvailabilityParams>
