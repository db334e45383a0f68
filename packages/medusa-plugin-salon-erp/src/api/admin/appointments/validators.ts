import { createFindParams, createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { z } from "@medusajs/framework/zod"
import {
  Id,
  IdList,
  IdempotencyKeyText,
  Instant,
  LocalDate,
  Text,
  instantProblem,
} from "../../utils/validators"
import { isLocalDate } from "../../../modules/booking/lib/time"

export const BranchId = Id("brch", "a branch")
export const SalonServiceId = Id("svc", "a salon service")
export const StaffMemberId = Id("stf", "a staff member")
export const RoomId = Id("room", "a room")
export const AppointmentId = Id("appt", "an appointment")
export const CustomerId = Id("cus", "a customer")

/** Customer-facing appointment notes: up to 1000 characters, line breaks allowed. */
export const AppointmentNotes = Text("note", { min: 0 }).max(
  1000,
  "must be at most 1000 characters"
)

export const BookingItem = z
  .object({
    salon_service_id: SalonServiceId,
    staff_member_id: StaffMemberId.nullish(),
    room_id: RoomId.nullish(),
    is_designated: z.boolean().optional(),
  })
  .strict()

export const AdminCreateAppointment = z
  .object({
    customer_id: CustomerId,
    branch_id: BranchId,
    starts_at: Instant,
    items: z.array(BookingItem).min(1, "an appointment needs at least one service").max(6),
    source: z.enum(["front_desk", "phone", "walk_in", "online"]).optional(),
    notes: AppointmentNotes.nullish(),
    internal_note: Text("note", { min: 0 }).max(2000, "must be at most 2000 characters").nullish(),
    idempotency_key: IdempotencyKeyText.optional(),
  })
  .strict()
export type AdminCreateAppointmentType = z.infer<typeof AdminCreateAppointment>

export const RescheduleAppointment = z
  .object({
    starts_at: Instant,
    items: z
      .array(
        z.object({ staff_member_id: StaffMemberId.nullish(), room_id: RoomId.nullish() }).strict()
      )
      .max(6)
      .optional(),
  })
  .strict()
export type RescheduleAppointmentType = z.infer<typeof RescheduleAppointment>

export const CancelAppointment = z
  .object({
    reason: Text("reason", { min: 0 }).max(500, "must be at most 500 characters").nullish(),
  })
  .strict()
export type CancelAppointmentType = z.infer<typeof CancelAppointment>

export const EmptyBody = z.object({}).strict()

/** A query date ("YYYY-MM-DD") or an instant (ISO 8601 with a zone), named in its 400. */
const DateOrInstant = (field: string) =>
  z.string().superRefine((value, ctx) => {
    if (isLocalDate(value)) return
    const problem = /^\d{4}-\d{2}-\d{2}$/.test(value)
      ? `${value} is not a calendar date`
      : instantProblem(value)
    if (problem) {
      ctx.addIssue({
        code: "custom",
        message: `${field}: ${problem}; use a date "YYYY-MM-DD" or an instant`,
      })
    }
  })

export const AdminGetAppointmentParams = createSelectParams()

export const AdminGetAppointmentsParams = createFindParams({
  limit: 50,
  offset: 0,
  order: "starts_at",
})
  .extend({
    branch_id: BranchId.optional(),
    customer_id: CustomerId.optional(),
    staff_member_id: StaffMemberId.optional(),
    status: IdList.optional(),
    /**
     * Appointments starting at or after: an instant, or a date ("YYYY-MM-DD"): the start of that
     * day at the appointment's branch.
     */
    from: DateOrInstant("from").optional(),
    /**
     * … and before: an instant (exclusive), or a date: up to the end of that day at the
     * appointment's branch (the whole day included).
     */
    to: DateOrInstant("to").optional(),
  })
  .superRefine((query, ctx) => {
    if (!query.from || !query.to) return
    const bothDates = isLocalDate(query.from) && isLocalDate(query.to)
    const bothInstants = !isLocalDate(query.from) && !isLocalDate(query.to)
    if (
      (bothDates && query.to < query.from) ||
      (bothInstants && Date.parse(query.to) < Date.parse(query.from))
    ) {
      ctx.addIssue({
        code: "custom",
        path: ["to"],
        message: `to: ${query.to} is before from (${query.from})`,
      })
    }
  })

export const AvailabilityParams = z
  .object({
    branch_id: BranchId,
    salon_service_id: IdList.refine(
      (ids) => ids.length > 0 && ids.length <= 6,
      "give 1 to 6 salon_service_id values"
    ).pipe(z.array(SalonServiceId)),
    staff_member_id: StaffMemberId.optional(),
    from: LocalDate.optional(),
    to: LocalDate.optional(),
    /** Admin only: search as if this appointment were not booked (where can it move?). */
    exclude_appointment_id: AppointmentId.optional(),
  })
  .strict()
export type AvailabilityParamsType = z.infer<typeof AvailabilityParams>
