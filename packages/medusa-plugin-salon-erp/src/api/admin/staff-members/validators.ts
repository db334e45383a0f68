import { createFindParams, createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { z } from "@medusajs/framework/zod"
import {
  Email,
  Id,
  IdList,
  LocalDate,
  LocalTime,
  Metadata,
  Phone,
  QueryBoolean,
  Text,
  Weekday,
  intervalIssues,
} from "../../utils/validators"

const StaffFields = {
  name: Text("name"),
  level: z.enum(["junior", "senior", "expert"]),
  email: Email.nullish(),
  phone: Phone.nullish(),
  color: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/, 'color is "#RRGGBB"')
    .nullish(),
  bio: Text("note", { min: 0 }).max(2000, "must be at most 2000 characters").nullish(),
  user_id: Id("user", "a user").nullish(),
  is_active: z.boolean(),
  metadata: Metadata,
  branch_ids: z.array(Id("brch", "a branch")).max(50),
  salon_service_ids: z.array(Id("svc", "a salon service")).max(500),
}

export const AdminCreateStaffMember = z
  .object({
    ...StaffFields,
    level: StaffFields.level.default("junior"),
    is_active: StaffFields.is_active.optional(),
  })
  .partial({ branch_ids: true, salon_service_ids: true, level: true })
  .strict()
export type AdminCreateStaffMemberType = z.infer<typeof AdminCreateStaffMember>

export const AdminUpdateStaffMember = z.object(StaffFields).partial().strict()
export type AdminUpdateStaffMemberType = z.infer<typeof AdminUpdateStaffMember>

export const AdminGetStaffMemberParams = createSelectParams()

export const AdminGetStaffMembersParams = createFindParams({
  limit: 50,
  offset: 0,
  order: "name",
}).extend({
  q: Text("name", { min: 0 }).optional(),
  is_active: QueryBoolean.optional(),
  level: z.enum(["junior", "senior", "expert"]).optional(),
  branch_id: Id("brch", "a branch").optional(),
  salon_service_id: Id("svc", "a salon service").optional(),
  id: IdList.pipe(z.array(Id("stf", "a staff member"))).optional(),
})

const Shift = z.object({ weekday: Weekday, starts_at: LocalTime, ends_at: LocalTime }).strict()

export const AdminSetStaffSchedule = z
  .object({ branch_id: Id("brch", "a branch"), shifts: z.array(Shift).max(42) })
  .strict()
  .superRefine((body, ctx) => {
    for (const issue of intervalIssues(
      body.shifts,
      (s) => ({ weekday: s.weekday, from: s.starts_at, to: s.ends_at }),
      {
        from: "starts_at",
        to: "ends_at",
      }
    )) {
      ctx.addIssue({ code: "custom", path: ["shifts", issue.index], message: issue.message })
    }
  })
export type AdminSetStaffScheduleType = z.infer<typeof AdminSetStaffSchedule>

export const AdminGetStaffScheduleParams = z
  .object({ from: LocalDate.optional(), to: LocalDate.optional() })
  .strict()
  .superRefine((query, ctx) => {
    if (query.from && query.to && query.to < query.from) {
      ctx.addIssue({
        code: "custom",
        path: ["to"],
        message: `to (${query.to}) is before from (${query.from})`,
      })
    }
  })

export const AdminCreateScheduleException = z
  .object({
    kind: z.enum(["time_off", "extra_shift"]),
    date: LocalDate,
    starts_at: LocalTime.nullish(),
    ends_at: LocalTime.nullish(),
    branch_id: Id("brch", "a branch").nullish(),
    reason: Text("reason", { min: 0 }).max(200, "must be at most 200 characters").nullish(),
  })
  .strict()
  .superRefine((body, ctx) => {
    const hasTimes = !!body.starts_at || !!body.ends_at
    if (hasTimes && !(body.starts_at && body.ends_at)) {
      ctx.addIssue({
        code: "custom",
        path: ["ends_at"],
        message: "give both starts_at and ends_at, or neither for a whole day off",
      })
      return
    }
    if (body.starts_at && body.ends_at && body.ends_at <= body.starts_at) {
      ctx.addIssue({
        code: "custom",
        path: ["ends_at"],
        message: `ends_at (${body.ends_at}) must be after starts_at (${body.starts_at})`,
      })
    }
    if (body.kind === "extra_shift" && (!hasTimes || !body.branch_id)) {
      ctx.addIssue({
        code: "custom",
        path: ["branch_id"],
        message: "an extra shift needs a branch_id, starts_at and ends_at",
      })
    }
  })
export type AdminCreateScheduleExceptionType = z.infer<typeof AdminCreateScheduleException>
