import { createFindParams, createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { z } from "@medusajs/framework/zod"
import {
  Id,
  Instant,
  MEDUSA_ID_PREFIXES,
  MoneyAmount,
  Metadata,
  QueryBoolean,
  Text,
} from "../../utils/validators"
import { BonusValidityDays, CurrencyCode } from "../stored-value/validators"

const PlanFields = {
  name: Text("name"),
  description: Text("note", { min: 0 }).nullish(),
  bonus_type: z.enum(["fixed", "percent"]),
  /**
   * A fixed bonus (major units) or a percent of pay_amount. The workflow also holds a fixed bonus
   * to the stored-value option max_top_up_amount.
   */
  bonus_value: MoneyAmount({ allowZero: true }).transform(Number),
  bonus_validity_days: BonusValidityDays.nullish(),
  starts_at: Instant.nullish(),
  ends_at: Instant.nullish(),
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
    pay_amount: MoneyAmount().transform(Number),
    variant_id: Id(MEDUSA_ID_PREFIXES.variant, "a product variant").optional(),
    sales_channel_ids: z
      .array(Id(MEDUSA_ID_PREFIXES.salesChannel, "a sales channel"))
      .max(100)
      .optional(),
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
