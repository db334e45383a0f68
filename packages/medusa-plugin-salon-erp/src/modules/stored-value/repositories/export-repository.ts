import type { Knex } from "../lib/db"
import type { StoredValueEntryExportFilters, StoredValueExportCursor } from "../types"

const EQUALITY_FILTERS = [
  "account_id",
  "customer_id",
  "branch_id",
  "staff_member_id",
  "currency_code",
  "reference_type",
  "reference_id",
] as const

/**
 * One page of ledger entries, oldest first, after a keyset cursor: constant cost per page
 * however large the ledger.
 */
export async function entriesPage(
  knex: Knex,
  filters: StoredValueEntryExportFilters,
  after: StoredValueExportCursor | null,
  limit: number
): Promise<Record<string, unknown>[]> {
  const query = knex("stored_value_entry")
    .select(
      "created_at",
      // Microsecond precision for the cursor: a JS Date would lose it and repeat rows.
      knex.raw(
        `to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as cursor_at`
      ),
      "id as entry_id",
      "operation_id",
      "account_id",
      "sequence",
      "customer_id",
      "currency_code",
      "type",
      "principal_amount",
      "bonus_amount",
      "principal_balance_after",
      "bonus_balance_after",
      "branch_id",
      "staff_member_id",
      "payment_method",
      "reference_type",
      "reference_id",
      "reason",
      "created_by",
      "reverses_entry_id"
    )
    .whereNull("deleted_at")
    .orderBy("created_at")
    .orderBy("id")
    .limit(limit)
  for (const column of EQUALITY_FILTERS) {
    if (filters[column]) query.where(column, filters[column])
  }
  if (filters.type?.length) query.whereIn("type", filters.type)
  if (filters.from) query.where("created_at", ">=", new Date(filters.from))
  if (filters.to) query.where("created_at", "<", new Date(filters.to))
  if (after) {
    query.whereRaw("(created_at, id) > (?::timestamptz, ?)", [after.cursor_at, after.id])
  }
  return await query
}
