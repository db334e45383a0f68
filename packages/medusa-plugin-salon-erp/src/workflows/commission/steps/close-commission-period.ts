import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { COMMISSION_MODULE } from "../../../modules/commission"
import type CommissionModuleService from "../../../modules/commission/service"

export const closeCommissionPeriodStepId = "close-commission-period"
/**
 * This step settles a month's retroactive tiers and locks it. Compensation reopens it and
 * reverses the settlements.
 */
export const closeCommissionPeriodStep = createStep(
  closeCommissionPeriodStepId,
  async (input: { period: string; closed_by: string | null }, { container }) => {
    const service: CommissionModuleService = container.resolve(COMMISSION_MODULE)
    const result = await service.closePeriod(input.period, input.closed_by)
    return new StepResponse(result, { period: result.period, ids: result.settlement_entry_ids })
  },
  async (closed, { container }) => {
    if (!closed) {
      return
    }
    const service: CommissionModuleService = container.resolve(COMMISSION_MODULE)
    await service.reopenPeriod(closed.period, closed.ids)
  }
)
