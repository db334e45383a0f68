import type { Knex } from "../lib/db"

/** Which sales a settlement report covers. */
export type SettlementFilter = {
  shift_id?: string
  branch_id?: string
  /** Inclusive business days, YYYY-MM-DD. */
  from_date?: string
  to_date?: string
}

/** Settlement figures over the counter ledgers (the reports come in the next commit). */
export async function settlementReport(_knex: Knex, _filter: SettlementFilter): Promise<unknown> {
  return {}
}
