import { createFindParams, createSelectParams } from "@medusajs/medusa/api/utils/validators"
import { z } from "@medusajs/framework/zod"
import { COMMISSION_KINDS, RULE_TARGET_TYPES } from "../../modules/commission/models"
import { PERIOD_PATTERN } from "../../modules/commission/lib/periods"
import { ruleProblems } from "../../modules/commission/lib/rules"
import { COMMISSION_SOURCE_TYPES } from "../../workflows/commission/utils/earning-lines"
import {
  Id,
  IdList,
  Instant,
  LocalDate,
  MONEY_LIMIT,
  QueryBoolean,
  Text,
} from "../utils/validators"

const BranchId = Id("brch", "a branch")
const StaffMemberId = Id("stf", "a staff member")

const Period = z.string().regex(PERIOD_PATTERN, 'Use a month as "YYYY-MM", e.g. "2026-11"')

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

const Source = {
  source_type: z.enum(COMMISSION_SOURCE_TYPES),
  source_id: Text("key"),
}

export const AdminGetCommissionAttributionParams = z.object(Source)
export type AdminGetCommissionAttributionParamsType = z.infer<
  typeof AdminGetCommissionAttributionParams
>

export const AdminSetCommissionAttribution = z
  .object({
    ...Source,
    source_line_id: Text("key"),
    role: z.enum(["labour", "sales"]),
    shares: z
      .array(
        z
          .object({
            staff_member_id: StaffMemberId,
            share: z
              .number()
              .positive("a share is a percent above zero")
              .max(100, "a share is at most 100"),
          })
          .strict()
      )
      .max(10, "at most 10 staff members share one line"),
  })
  .strict()
  .superRefine((body, ctx) => {
    const total = body.shares.reduce((sum, share) => sum + share.share, 0)
    if (body.shares.length && Math.abs(total - 100) > 1e-9) {
      ctx.addIssue({
        code: "custom",
        path: ["shares"],
        message: `shares must add up to 100; they add up to ${total}`,
      })
    }
  })
export type AdminSetCommissionAttributionType = z.infer<typeof AdminSetCommissionAttribution>

export const AdminSyncCommissionSource = z.object(Source).strict()
export type AdminSyncCommissionSourceType = z.infer<typeof AdminSyncCommissionSource>

const EntryFilters = {
  period: Period.optional(),
  staff_member_id: IdList.pipe(z.array(StaffMemberId)).optional(),
  branch_id: IdList.pipe(z.array(BranchId)).optional(),
  kind: IdList.optional(),
  source_type: z.enum(COMMISSION_SOURCE_TYPES).optional(),
  source_id: Text("key").optional(),
  customer_id: Id("cus", "a customer").optional(),
  occurred_from: Instant.optional(),
  occurred_to: Instant.optional(),
}

export const AdminGetCommissionEntriesParams = createFindParams({ limit: 50, offset: 0 }).merge(
  z.object(EntryFilters)
)
export type AdminGetCommissionEntriesParamsType = z.infer<typeof AdminGetCommissionEntriesParams>

export const AdminExportCommissionEntriesParams = z.object(EntryFilters).strict()
export type AdminExportCommissionEntriesParamsType = z.infer<
  typeof AdminExportCommissionEntriesParams
>

export const AdminGetCommissionStatementsParams = z
  .object({
    period: Period,
    staff_member_id: StaffMemberId.optional(),
    branch_id: BranchId.optional(),
  })
  .strict()
export type AdminGetCommissionStatementsParamsType = z.infer<
  typeof AdminGetCommissionStatementsParams
>

export const AdminGetStaffPerformanceParams = z
  .object({
    from: LocalDate,
    to: LocalDate,
    branch_id: BranchId.optional(),
    rank_by: z
      .enum(["commission", "sales", "services_performed", "customers_served"])
      .default("commission"),
  })
  .strict()
  .superRefine((query, ctx) => {
    if (query.to < query.from) {
      ctx.addIssue({
        code: "custom",
        path: ["to"],
        message: `to (${query.to}) must not be before from (${query.from})`,
      })
    } else if (Date.parse(query.to) - Date.parse(query.from) > 366 * 86_400_000) {
      ctx.addIssue({
        code: "custom",
        path: ["to"],
        message: "a performance report covers at most one year",
      })
    }
  })
export type AdminGetStaffPerformanceParamsType = z.infer<typeof AdminGetStaffPerformanceParams>
