import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { STORED_VALUE_MODULE } from "../../../modules/stored-value"
import type StoredValueModuleService from "../../../modules/stored-value/service"

export type UpdateRechargePlanStepInput = { id: string; data: Record<string, unknown> }

export const updateRechargePlanStepId = "update-recharge-plan"
/**
 * This step updates a recharge plan's terms (they apply to top-ups from now on; past top-ups keep
 * theirs). Compensation writes the previous values back.
 */
export const updateRechargePlanStep = createStep(
  updateRechargePlanStepId,
  async (input: UpdateRechargePlanStepInput, { container }) => {
    const service: StoredValueModuleService = container.resolve(STORED_VALUE_MODULE)
    const fields = Object.keys(input.data)
    const before = await service.retrieveRechargePlan(input.id, { select: ["id", ...fields] })
    const updated = fields.length
      ? await service.updateRechargePlans({ id: input.id, ...input.data })
      : before
    return new StepResponse(updated, fields.length ? before : null)
  },
  async (before, { container }) => {
    if (!before) {
      return
    }
    const service: StoredValueModuleService = container.resolve(STORED_VALUE_MODULE)
    await service.updateRechargePlans(before as unknown as { id: string })
  }
)
