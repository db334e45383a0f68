import { createFindParams, createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { z } from "@medusajs/framework/zod"
import { DateTime, Metadata, QueryBoolean } from "../../utils/validators"
import { CurrencyCode } from "../stored-value/validators"

const PlanFields = {
  name: z.string().trim().min(1, "name is required"),
  description: z.string().max(2000).nullish(),
  bonus_type: z.enum(["fixed", "percent"]),
  bonus_value: z.number().min(0, "bonus_value is zero or more"),
  bonus_validity_days: z.number().int().min(1).max(3650).nullish(),
  starts_at: DateTime.nullish(),
  ends_at: DateTime.nullish(),
  is_active: z.boolean(),
  metadata: Metadata,
}

const datesInOrder = (
  body: { starts_at?: string | null; ends_at?: string | null },
  ctx: z.RefinementCtx
) => {
  if (body.starts_at && body.ends_at && Date.parse(body.ends_at) <= Date.parse(body.starts_at)) {
    ctx.addIssue({
      code: "custom",
      path: ["ends_at"],
      message: `ends_at (${body.ends_at}) must be after starts_at (${body.starts_at})`,
    })
  }
}

export const AdminCreateRechargePlan = z
  .object({
    ...PlanFields,
    bonus_type: PlanFields.bonus_type.default("fixed"),
    bonus_value: PlanFields.bonus_value.default(0),
    is_active: PlanFields.is_active.optional(),
    currency_code: CurrencyCode,
    pay_amount: z.number().positive("pay_amount must be more than zero"),
    variant_id: z.string().optional(),
    sales_channel_ids: z.array(z.string()).optional(),
  })
  .strict()
  .superRefine((body, ctx) => {
    datesInOrder(body, ctx)
    if (body.bonus_type === "percent" && body.bonus_value > 200) {
      ctx.addIssue({
        code: "custom",
        path: ["bonus_value"],
        message: "a percent bonus above 200% is almost certainly a typo",
      })
    }
  })
export type AdminCreateRechargePlanType = z.infer<typeof AdminCreateRechargePlan>

export const AdminUpdateRechargePlan = z
  .object(PlanFields)
  .partial()
  .strict()
  .superRefine(datesInOrder)
export type AdminUpdateRechargePlanType = z.infer<typeof AdminUpdateRechargePlan>

export const AdminGetRechargePlanParams = createSelectParams()
export const AdminGetRechargePlansParams = createFindParams({
  limit: 50,
  offset: 0,
  order: "pay_amount",
}).extend({
  currency_code: CurrencyCode.optional(),
  is_active: QueryBoolean.optional(),
})
