import { createFindParams, createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { z } from "@medusajs/framework/zod"
import {
  Email,
  Id,
  LocalDate,
  LocalTime,
  Metadata,
  Phone,
  QueryBoolean,
  Text,
  TimeZone,
  Weekday,
  intervalIssues,
} from "../../utils/validators"

const OpeningHours = z
  .object({ weekday: Weekday, opens_at: LocalTime, closes_at: LocalTime })
  .strict()

const openingHoursIssues = (
  hours: z.infer<typeof OpeningHours>[] | undefined,
  ctx: z.RefinementCtx
) => {
  for (const issue of intervalIssues(
    hours ?? [],
    (h) => ({ weekday: h.weekday, from: h.opens_at, to: h.closes_at }),
    {
      from: "opens_at",
      to: "closes_at",
    }
  )) {
    ctx.addIssue({ code: "custom", path: ["opening_hours", issue.index], message: issue.message })
  }
}

const BranchFields = {
  name: Text("name"),
  code: z
    .string()
    .trim()
    .min(1)
    .max(32)
    .regex(/^[A-Za-z0-9_-]+$/, "code may contain letters, digits, - and _"),
  timezone: TimeZone,
  phone: Phone.nullish(),
  email: Email.nullish(),
  address: Text("reason", { min: 0 }).nullish(),
  manager_user_id: Id("user", "a user").nullish(),
  is_active: z.boolean(),
  metadata: Metadata,
  opening_hours: z.array(OpeningHours).max(21),
  stock_location_id: Id("sloc", "a stock location").nullish(),
  sales_channel_id: Id("sc", "a sales channel").nullish(),
}

export const AdminCreateBranch = z
  .object({
    ...BranchFields,
    timezone: BranchFields.timezone.default("Asia/Shanghai"),
    is_active: BranchFields.is_active.optional(),
    opening_hours: BranchFields.opening_hours.default([]),
  })
  .strict()
  .superRefine((body, ctx) => openingHoursIssues(body.opening_hours, ctx))
export type AdminCreateBranchType = z.infer<typeof AdminCreateBranch>

export const AdminUpdateBranch = z
  .object(BranchFields)
  .partial()
  .strict()
  .superRefine((body, ctx) => openingHoursIssues(body.opening_hours, ctx))
export type AdminUpdateBranchType = z.infer<typeof AdminUpdateBranch>

export const AdminGetBranchParams = createSelectParams()

export const AdminGetBranchesParams = createFindParams({
  limit: 50,
  offset: 0,
  order: "name",
}).extend({
  q: Text("name", { min: 0 }).optional(),
  is_active: QueryBoolean.optional(),
})

export const AdminCreateBranchClosure = z
  .object({
    starts_on: LocalDate,
    ends_on: LocalDate.optional(),
    reason: Text("reason", { min: 0 }).max(200, "must be at most 200 characters").nullish(),
  })
  .strict()
  .transform((body) => ({ ...body, ends_on: body.ends_on ?? body.starts_on }))
  .superRefine((body, ctx) => {
    if (body.ends_on < body.starts_on) {
      ctx.addIssue({
        code: "custom",
        path: ["ends_on"],
        message: `ends_on (${body.ends_on}) is before starts_on (${body.starts_on})`,
      })
    }
  })
export type AdminCreateBranchClosureType = z.infer<typeof AdminCreateBranchClosure>

export const AdminGetBranchCalendarParams = z.object({ date: LocalDate.optional() }).strict()
