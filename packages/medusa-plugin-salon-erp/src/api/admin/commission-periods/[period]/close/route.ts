import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { COMMISSION_MODULE } from "../../../../../modules/commission"
import type CommissionModuleService from "../../../../../modules/commission/service"
import { closeCommissionPeriodWorkflow } from "../../../../../workflows/commission/workflows/close-commission-period"
import { withConflictMessages } from "../../../../utils/conflict-messages"
import type { CloseCommissionPeriodResponse } from "../../../../../types/commissions/http"
import { isoDate } from "../../../../utils/iso-date"

/**
 * Closes a month for payroll: settles retroactive tiers and locks it (later corrections count in
 * the next open month). Months close in order; closing one twice is refused.
 */
export const POST = withConflictMessages(
  async (req: AuthenticatedMedusaRequest, res: MedusaResponse<CloseCommissionPeriodResponse>) => {
    const { result } = await closeCommissionPeriodWorkflow(req.scope).run({
      input: { period: req.params.period, closed_by: req.auth_context.actor_id },
    })
    const service: CommissionModuleService = req.scope.resolve(COMMISSION_MODULE)
    const period = (await service.listPeriods()).find((row) => row.period === result.period)!
    res.json({
      commission_period: {
        ...period,
        closed_at: isoDate(period.closed_at),
        settlements: result.settlements,
      },
    })
  }
)
