import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { addDays, fromLocal } from "../../../modules/booking/lib/time"
import {
  type StaffEarningFigures,
  rankStaffPerformance,
} from "../../../lib/commission/staff-performance"
import { BOOKING_MODULE } from "../../../modules/booking"
import type BookingModuleService from "../../../modules/booking/service"
import { COMMISSION_MODULE } from "../../../modules/commission"
import type CommissionModuleService from "../../../modules/commission/service"
import type { StaffPerformance, StaffPerformanceParams } from "../../../types/commissions/http"

export type CollectStaffPerformanceStepInput = Required<Omit<StaffPerformanceParams, "branch_id">> &
  Pick<StaffPerformanceParams, "branch_id">

export const collectStaffPerformanceStepId = "collect-staff-performance"
/**
 * This step reads, over local dates [from, to] in the chain's time zone, the services each staff
 * member performed (booking: one aggregate query) and what they earned (commission: one
 * aggregate query), with their names, and ranks them. It reads only.
 */
export const collectStaffPerformanceStep = createStep(
  collectStaffPerformanceStepId,
  async (input: CollectStaffPerformanceStepInput, { container }) => {
    const commission = container.resolve<CommissionModuleService>(COMMISSION_MODULE)
    const booking = container.resolve<BookingModuleService>(BOOKING_MODULE)
    const { timezone } = await commission.getCommissionSettings()
    const range = {
      from: new Date(fromLocal(input.from, 0, timezone)),
      to: new Date(fromLocal(addDays(input.to, 1), 0, timezone)),
      branch_id: input.branch_id,
    }
    const [services, earnings] = await Promise.all([
      booking.performanceByStaff(range),
      commission.earningsByStaff(range),
    ])
    const staffIds = [
      ...new Set([...services, ...earnings].map((row) => row.staff_member_id as string)),
    ]
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data: staff } = staffIds.length
      ? await query.graph({
          entity: "staff_member",
          fields: ["id", "name", "level"],
          filters: { id: staffIds },
          withDeleted: true,
        })
      : { data: [] }
    const report: StaffPerformance = {
      from: input.from,
      to: input.to,
      branch_id: input.branch_id ?? null,
      rank_by: input.rank_by,
      rows: rankStaffPerformance(
        services,
        earnings as unknown as StaffEarningFigures[],
        staff as Parameters<typeof rankStaffPerformance>[2],
        input.rank_by
      ),
    }
    return new StepResponse(report)
  }
)
