import { MathBN } from "@medusajs/framework/utils"
import type { PerformanceRank, StaffPerformanceRow } from "../../types/commissions/http"

/** What the booking module counts per staff member and branch. */
export type StaffServiceFigures = {
  staff_member_id: string
  branch_id: string | null
  services_performed: number
  customers_served: number
  designated_services: number
  service_minutes: number
}

/** What the commission module sums per staff member and branch. */
export type StaffEarningFigures = {
  staff_member_id: string
  branch_id: string | null
  service_value: string
  sales: string
  commission: string
}

type StaffName = NonNullable<StaffPerformanceRow["staff_member"]> & { id: string }

/**
 * Puts each staff member and branch's services and earnings on one row and ranks the rows by
 * `rankBy` (highest first; ties by staff id). Pure.
 */
export function rankStaffPerformance(
  services: StaffServiceFigures[],
  earnings: StaffEarningFigures[],
  staff: StaffName[],
  rankBy: PerformanceRank
): StaffPerformanceRow[] {
  const rows = new Map<string, Omit<StaffPerformanceRow, "rank" | "staff_member">>()
  const row = (staffId: string, branchId: string | null) => {
    const key = `${staffId}|${branchId ?? ""}`
    if (!rows.has(key)) {
      rows.set(key, {
        staff_member_id: staffId,
        branch_id: branchId,
        services_performed: 0,
        customers_served: 0,
        designated_services: 0,
        designated_rate: 0,
        service_minutes: 0,
        service_value: "0",
        sales: "0",
        commission: "0",
      })
    }
    return rows.get(key)!
  }
  for (const figures of services) {
    Object.assign(row(figures.staff_member_id, figures.branch_id), {
      services_performed: figures.services_performed,
      customers_served: figures.customers_served,
      designated_services: figures.designated_services,
      service_minutes: figures.service_minutes,
    })
  }
  for (const figures of earnings) {
    Object.assign(row(figures.staff_member_id, figures.branch_id), {
      service_value: figures.service_value,
      sales: figures.sales,
      commission: figures.commission,
    })
  }
  const names = new Map(staff.map((member) => [member.id, member]))
  const score = (r: Omit<StaffPerformanceRow, "rank">) =>
    rankBy === "services_performed" || rankBy === "customers_served" ? r[rankBy] : Number(r[rankBy])
  return [...rows.values()]
    .map((r) => ({
      ...r,
      designated_rate: r.services_performed
        ? Math.round((r.designated_services / r.services_performed) * 1000) / 10
        : 0,
      service_value: MathBN.convert(r.service_value).toFixed(2),
      sales: MathBN.convert(r.sales).toFixed(2),
      commission: MathBN.convert(r.commission).toFixed(2),
      staff_member: names.get(r.staff_member_id) ?? null,
    }))
    .sort((a, b) => score(b) - score(a) || a.staff_member_id.localeCompare(b.staff_member_id))
    .map((r, index) => ({ rank: index + 1, ...r }))
}
