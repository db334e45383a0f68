import type { AdminExportCommissionEntriesParamsType } from "./validators"

/** Query filters for commission entries from the list/export parameters. */
export function commissionEntryFilters(params: Partial<AdminExportCommissionEntriesParamsType>) {
  const filters: Record<string, unknown> = {}
  for (const key of [
    "period",
    "staff_member_id",
    "branch_id",
    "kind",
    "source_type",
    "source_id",
    "customer_id",
  ] as const) {
    if (params[key] !== undefined) filters[key] = params[key]
  }
  if (params.occurred_from || params.occurred_to) {
    filters.occurred_at = {
      ...(params.occurred_from ? { $gte: new Date(params.occurred_from) } : {}),
      ...(params.occurred_to ? { $lt: new Date(params.occurred_to) } : {}),
    }
  }
  return filters
}
