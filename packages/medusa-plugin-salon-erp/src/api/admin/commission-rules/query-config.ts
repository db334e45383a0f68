export const commissionRuleFields = [
  "id",
  "name",
  "kind",
  "branch_id",
  "staff_member_id",
  "target_type",
  "target_id",
  "category",
  "staff_level",
  "rate_type",
  "rate",
  "designated_multiplier",
  "tier_mode",
  "tiers",
  "is_active",
  "created_at",
  "updated_at",
]

export const adminCommissionRuleQueryConfig = {
  list: { defaults: commissionRuleFields, isList: true },
  retrieve: { defaults: commissionRuleFields, isList: false },
}
