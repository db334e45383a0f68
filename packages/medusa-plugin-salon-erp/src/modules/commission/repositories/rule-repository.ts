import { MathBN } from "@medusajs/framework/utils"
import type { RuleSpec } from "../lib/calculate"
import type { Knex } from "../lib/db"

/** The active rules, as the calculator takes them. */
export async function activeRules(knex: Knex): Promise<RuleSpec[]> {
  const rows = await knex("commission_rule")
    .select("*")
    .where({ is_active: true })
    .whereNull("deleted_at")
  return rows.map((row) => ({
    ...row,
    rate: MathBN.convert(row.rate).toFixed(),
    tiers: typeof row.tiers === "string" ? JSON.parse(row.tiers) : row.tiers,
  }))
}
