import { model } from "@medusajs/framework/utils"
import { COMMISSION_ENTRY_ID_PREFIX } from "../lib/constants"
import { COMMISSION_KINDS } from "./commission-rule"

/**
 * One append-only line of what a staff member earned (or gave back), with everything needed to
 * explain it: the base, the rule, the rate, multipliers and tiers. Corrections and clawbacks are
 * new reversing entries in the period they happen; a migration trigger refuses UPDATE and DELETE.
 */
export const CommissionEntry = model
  .define("commission_entry", {
    id: model.id({ prefix: COMMISSION_ENTRY_ID_PREFIX }).primaryKey(),
    /** Month the entry counts in, "YYYY-MM": when it happened, or the next open month if that one is closed. */
    period: model.text(),
    staff_member_id: model.text(),
    branch_id: model.text().nullable(),
    customer_id: model.text().nullable(),
    kind: model.enum([...COMMISSION_KINDS, "tier_settlement"]),
    role: model.enum(["labour", "sales"]),
    source_type: model.text(),
    source_id: model.text(),
    source_line_id: model.text(),
    currency_code: model.text(),
    /** What the customer paid for this line, after discounts (signed: negative in a reversal). */
    base: model.bigNumber(),
    /** Percent of the line this staff member earned (split attribution). */
    share: model.bigNumber(),
    quantity: model.number().default(1),
    rule_id: model.text().nullable(),
    rate_type: model.enum(["percent", "fixed"]).nullable(),
    /** The rate applied (for a progressive tier split, the blended effective rate). */
    rate: model.bigNumber().nullable(),
    multiplier: model.float().default(1),
    is_designated: model.boolean().default(false),
    amount: model.bigNumber(),
    /** A person-readable account of the calculation. */
    explanation: model.text(),
    reverses_entry_id: model.text().nullable(),
    occurred_at: model.dateTime(),
  })
  .indexes([
    { on: ["period", "staff_member_id"] },
    { on: ["source_type", "source_id"] },
    { on: ["source_line_id", "staff_member_id", "role", "kind"] },
    { on: ["staff_member_id", "occurred_at"] },
    { on: ["branch_id", "period"] },
    // Exports page through a month in the order entries were written.
    { on: ["period", "created_at", "id"] },
  ])
