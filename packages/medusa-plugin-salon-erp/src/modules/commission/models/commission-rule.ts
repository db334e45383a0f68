import { model } from "@medusajs/framework/utils"
import { COMMISSION_RULE_ID_PREFIX } from "../lib/constants"

export const COMMISSION_KINDS = [
  "service_performed",
  "product_sold",
  "package_sold",
  "package_session_redeemed",
  "top_up_sold",
] as const

export const RULE_TARGET_TYPES = [
  "product",
  "product_variant",
  "salon_service",
  "package_template",
  "recharge_plan",
] as const

/**
 * How much a kind of earning pays. The most specific active rule wins: staff member > product or
 * service > category > staff level > kind default; a branch's own rule beats headquarters' at the
 * same level. Optional monthly tiers raise the rate above performance thresholds.
 */
export const CommissionRule = model
  .define("commission_rule", {
    id: model.id({ prefix: COMMISSION_RULE_ID_PREFIX }).primaryKey(),
    name: model.text(),
    kind: model.enum([...COMMISSION_KINDS]),
    /** Null: headquarters' rule for every branch; set: that branch's override. */
    branch_id: model.text().nullable(),
    staff_member_id: model.text().nullable(),
    target_type: model.enum([...RULE_TARGET_TYPES]).nullable(),
    target_id: model.text().nullable(),
    /** A product category id, or a salon service category ("facial", "nails" …). */
    category: model.text().nullable(),
    staff_level: model.enum(["junior", "senior", "expert"]).nullable(),
    /** percent: of the base; fixed: an amount per unit. */
    rate_type: model.enum(["percent", "fixed"]).default("percent"),
    rate: model.bigNumber(),
    /** Paid on top when the customer asked for this staff member (点客): amount × multiplier. */
    designated_multiplier: model.float().default(1),
    tier_mode: model.enum(["none", "progressive", "retroactive"]).default("none"),
    /** [{ threshold, rate }]: above `threshold` of monthly performance (sum of bases of this kind), `rate` applies. */
    tiers: model.json().nullable(),
    is_active: model.boolean().default(true),
  })
  .indexes([{ on: ["kind", "is_active"] }])
  .checks([
    { name: "commission_rule_rate_not_negative", expression: (c) => `${c.rate} >= 0` },
    {
      name: "commission_rule_multiplier_positive",
      expression: (c) => `${c.designated_multiplier} > 0`,
    },
  ])
