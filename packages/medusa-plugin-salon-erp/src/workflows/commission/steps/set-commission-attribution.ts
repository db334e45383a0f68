import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { COMMISSION_MODULE } from "../../../modules/commission"
import type CommissionModuleService from "../../../modules/commission/service"
import type { CommissionAttributionInput } from "./validate-commission-attribution"

export const setCommissionAttributionStepId = "set-commission-attribution"
/** This step records who earned a line; compensation puts the previous attribution back. */
export const setCommissionAttributionStep = createStep(
  setCommissionAttributionStepId,
  async (input: CommissionAttributionInput & { set_by: string | null }, { container }) => {
    const service: CommissionModuleService = container.resolve(COMMISSION_MODULE)
    const target = {
      source_type: input.source_type,
      source_id: input.source_id,
      source_line_id: input.source_line_id,
      role: input.role,
    }
    const previous = await service.setAttribution(target, input.shares, input.set_by)
    return new StepResponse(undefined, { target, previous, set_by: input.set_by })
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const service: CommissionModuleService = container.resolve(COMMISSION_MODULE)
    await service.setAttribution(undo.target, undo.previous, undo.set_by)
  }
)
