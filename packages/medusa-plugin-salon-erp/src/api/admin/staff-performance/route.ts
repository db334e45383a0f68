import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { BOOKING_MODULE } from "../../../modules/booking"
import { addDays, fromLocal } from "../../../modules/booking/lib/time"
import type BookingModuleService from "../../../modules/booking/service"
import { COMMISSION_MODULE } from "../../../modules/commission"
import type CommissionModuleService from "../../../modules/commission/service"
import type { AdminGetStaffPerformanceParamsType } from "./validators"
import type { StaffPerformanceResponse } from "../../../types/commissions/http"

type Row = {
  staff_member_id: string
  branch_id: string | null
  services_performed: number
  customers_served: number
  designated_services: number
  designated_rate: number
  service_minutes: number
  service_value: string
  sales: string
  commission: string
}

/**
 * Staff performance per staff member and branch over local dates [from, to]: services performed,
 * customers served, designated (requested) rate, service value, sales and commission, ranked.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AdminGetStaffPerformanceParamsType>,
  res: MedusaResponse<StaffPerformanceResponse>
) => {
  const { from, to, branch_id, rank_by } = req.validatedQuery
  const commission: CommissionModuleService = req.scope.resolve(COMMISSION_MODULE)
  const booking: BookingModuleService = req.scope.resolve(BOOKING_MODULE)
  const { timezone } = await commission.getCommissionSettings()
  const range = {
    from: new Date(fromLocal(from, 0, timezone)),
    to: new Date(fromLocal(addDays(to, 1), 0, timezone)),
  }

  const [services, earnings] = await Promise.all([
    booking.performanceByStaff({ ...range, branch_id }),
    commission.earningsByStaff({ ...range, branch_id }),
  ])
  const rows = new Map<string, Row>()
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
  for (const service of services)
    Object.assign(row(service.staff_member_id, service.branch_id), service)
  for (const earning of earnings) {
    Object.assign(row(earning.staff_member_id, earning.branch_id), {
      service_value: earning.service_value,
      sales: earning.sales,
      commission: earning.commission,
    })
  }

  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const staffIds = [...new Set([...rows.values()].map((r) => r.staff_member_id))]
  const { data: staff } = staffIds.length
    ? await query.graph({
        entity: "staff_member",
        fields: ["id", "name", "level"],
        filters: { id: staffIds },
        withDeleted: true,
      })
    : { data: [] }
  const names = new Map(staff.map((member) => [member.id, member]))

  const score = (r: Row) =>
    rank_by === "services_performed" || rank_by === "customers_served"
      ? r[rank_by]
      : Number(r[rank_by])
  const ranked = [...rows.values()]
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
  res.json({ staff_performance: { from, to, branch_id: branch_id ?? null, rank_by, rows: ranked } })
}
