import type { AxiosInstance } from "axios"

type Headers = { headers: Record<string, string> }

export type EarnedRow = { staff: string; kind: string; base: number; amount: number }

/** Adds a commission rule through the admin API. */
export async function createRule(
  api: AxiosInstance,
  admin: Headers,
  rule: Record<string, unknown>
) {
  const { data } = await api.post(
    "/admin/commission-rules",
    { name: `${rule.kind} rule`, ...rule },
    admin
  )
  return data.commission_rule as { id: string }
}

/** Every commission entry matching the query, oldest first. */
export async function listEntries(
  api: AxiosInstance,
  admin: Headers,
  params: Record<string, string> = {}
) {
  const search = new URLSearchParams({ limit: "500", order: "created_at", ...params })
  const { data } = await api.get(`/admin/commission-entries?${search}`, admin)
  return data.commission_entries as Record<string, any>[]
}

/**
 * What each staff member earned per kind (entries netted), named, rounded to cents and sorted,
 * so a scenario can state its expected rows exactly.
 */
export function netEarnings(
  entries: Record<string, any>[],
  names: Record<string, string>
): EarnedRow[] {
  const rows = new Map<string, EarnedRow>()
  for (const entry of entries) {
    const staff = names[entry.staff_member_id] ?? entry.staff_member_id
    const key = `${staff}|${entry.kind}`
    const row = rows.get(key) ?? { staff, kind: entry.kind, base: 0, amount: 0 }
    row.base = Math.round((row.base + Number(entry.base)) * 100) / 100
    row.amount = Math.round((row.amount + Number(entry.amount)) * 100) / 100
    rows.set(key, row)
  }
  return [...rows.values()]
    .filter((row) => row.amount !== 0 || row.base !== 0)
    .sort((a, b) => a.staff.localeCompare(b.staff) || a.kind.localeCompare(b.kind))
}

/** A 10%-off-items promotion code (applied to a cart with POST /store/carts/:id/promotions). */
export async function createPercentOffCode(
  api: AxiosInstance,
  admin: Headers,
  code: string,
  percent: number
) {
  await api.post(
    "/admin/promotions",
    {
      code,
      type: "standard",
      status: "active",
      is_automatic: false,
      application_method: {
        type: "percentage",
        target_type: "items",
        allocation: "across",
        value: percent,
        currency_code: "cny",
      },
    },
    admin
  )
}
