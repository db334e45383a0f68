import { createFindParams, createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { z } from "@medusajs/framework/zod"
import { COMMISSION_KINDS, RULE_TARGET_TYPES } from "../../../modules/commission/models"
import { ruleProblems } from "../../../modules/commission/lib/rules"
import {
  BranchId,
  IdList,
  MONEY_LIMIT,
  QueryBoolean,
  StaffMemberId,
  Text,
} from "../../utils/validators"

const Tier = z
  .object({
    threshold: z
      .number()
      .positive("a tier threshold is an amount of monthly performance above zero")
      .max(MONEY_LIMIT, `a tier threshold is at most ${MONEY_LIMIT}`),
    rate: z
      .number()
      .min(0, "a tier rate is zero or more")
      .max(100, "a tier rate is a percent, at most 100"),
  })
  .strict()

const RuleFields = {
  name: Text("name"),
  branch_id: BranchId.nullish(),
  staff_member_id: StaffMemberId.nullish(),
  target_type: z.enum(RULE_TARGET_TYPES).nullish(),
  /** The id of a product, variant, salon service, package template or recharge plan. */
  target_id: Text("key").nullish(),
  category: Text("name").nullish(),
  staff_level: z.enum(["junior", "senior", "expert"]).nullish(),
  rate_type: z.enum(["percent", "fixed"]),
  rate: z
    .number()
    .min(0, "rate must be zero or more")
    .max(MONEY_LIMIT, `rate is at most ${MONEY_LIMIT}`),
  designated_multiplier: z
    .number()
    .positive("designated_multiplier must be more than zero")
    .max(10, "designated_multiplier is at most 10"),
  tier_mode: z.enum(["none", "progressive", "retroactive"]),
  tiers: z.array(Tier).max(20, "at most 20 tiers").nullish(),
  is_active: z.boolean(),
}

export const AdminCreateCommissionRule = z
  .object({
    ...RuleFields,
    kind: z.enum(COMMISSION_KINDS),
    rate_type: RuleFields.rate_type.default("percent"),
    designated_multiplier: RuleFields.designated_multiplier.default(1),
    tier_mode: RuleFields.tier_mode.default("none"),
    is_active: RuleFields.is_active.default(true),
  })
  .strict()
  .superRefine((body, ctx) => {
    for (const message of ruleProblems(body)) ctx.addIssue({ code: "custom", path: [], message })
  })
export type AdminCreateCommissionRuleType = z.infer<typeof AdminCreateCommissionRule>

/** Anything but the kind can change (a rule of another kind is another rule). */
export const AdminUpdateCommissionRule = z.object(RuleFields).partial().strict()
export type AdminUpdateCommissionRuleType = z.infer<typeof AdminUpdateCommissionRule>

export const AdminGetCommissionRuleParams = createSelectParams()
export const AdminGetCommissionRulesParams = createFindParams({ limit: 50, offset: 0 }).merge(
  z.object({
    kind: IdList.optional(),
    branch_id: BranchId.optional(),
    staff_member_id: StaffMemberId.optional(),
    is_active: QueryBoolean.optional(),
  })
)
