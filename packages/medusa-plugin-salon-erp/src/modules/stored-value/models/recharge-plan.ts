import { model } from "@medusajs/framework/utils"
import { RECHARGE_PLAN_ID_PREFIX } from "../lib/constants"

/**
 * A top-up offer set by headquarters: pay `pay_amount`, receive it as principal plus a bonus
 * (fixed or a percentage), optionally expiring. Sold as the linked product variant.
 */
export const RechargePlan = model
  .define("recharge_plan", {
    id: model.id({ prefix: RECHARGE_PLAN_ID_PREFIX }).primaryKey(),
    name: model.text().searchable(),
    description: model.text().nullable(),
    currency_code: model.text(),
    pay_amount: model.bigNumber(),
    bonus_type: model.enum(["fixed", "percent"]).default("fixed"),
    bonus_value: model.bigNumber().default(0),
    /** Days the bonus stays valid after the top-up; null: it never expires. */
    bonus_validity_days: model.number().nullable(),
    starts_at: model.dateTime().nullable(),
    ends_at: model.dateTime().nullable(),
    is_active: model.boolean().default(true),
    variant_id: model.text(),
    metadata: model.json().nullable(),
  })
  .indexes([{ on: ["variant_id"], unique: true }])
  .checks([
    { name: "recharge_plan_pay_positive", expression: (c) => `${c.pay_amount} > 0` },
    { name: "recharge_plan_bonus_not_negative", expression: (c) => `${c.bonus_value} >= 0` },
  ])
