import { Modules } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { COMMISSION_MODULE } from "../../../modules/commission"
import type CommissionModuleService from "../../../modules/commission/service"
import { collectEarningLines } from "../../../lib/commission/earning-lines"
import type { CommissionAttributionInput } from "./validate-commission-attribution"

export const setCommissionAttributionStepId = "set-commission-attribution"
/**
 * This step records who earned a line and re-records its source's commissions with it (the
 * previous earners' entries reversed, the new earners' written), staging
 * `commission.attribution_changed` in the same transaction. Compensation puts the previous
 * attribution back and reverses what it wrote.
 */
export const setCommissionAttributionStep = createStep(
  setCommissionAttributionStepId,
  async (input: CommissionAttributionInput & { set_by: string | null }, { container }) => {
    const service: CommissionModuleService = container.resolve(COMMISSION_MODULE)
    const locking = container.resolve(Modules.LOCKING)
    const settings = await service.getCommissionSettings()
    const target = {
      source_type: input.source_type,
      source_id: input.source_id,
      source_line_id: input.source_line_id,
      role: input.role,
    }
    // The same lock as every sync of this source, so none writes from the old attribution after.
    const { previous, entry_ids } = await locking.execute(
      `commission:${input.source_type}:${input.source_id}`,
      async () => {
        const collected = await collectEarningLines(container, input, settings, {
          source_line_id: input.source_line_id,
          role: input.role,
          shares: input.shares,
        })
        return await service.setAttributionAndSync(
          { target, shares: input.shares, set_by: input.set_by },
          collected.found ? collected.lines : null
        )
      },
      { timeout: 60 }
    )
    return new StepResponse(
      {
        source_type: input.source_type,
        source_id: input.source_id,
        source_line_id: input.source_line_id,
        role: input.role,
        shares: input.shares,
        set_by: input.set_by,
        entry_ids,
      },
      { target, previous, set_by: input.set_by, entry_ids }
    )
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const service: CommissionModuleService = container.resolve(COMMISSION_MODULE)
    await service.setAttribution(undo.target, undo.previous, undo.set_by)
    await service.reverseEntries(undo.entry_ids, "the change that caused it was rolled back")
  }
)
