import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { COUNTER_MODULE } from "../../../modules/counter"
import type CounterModuleService from "../../../modules/counter/service"
import type { CloseCounterShiftInput } from "../../../modules/counter/types"

export const closeCounterShiftStepId = "close-counter-shift"
/**
 * This step closes an open shift, freezing its expected cash, count and difference, and stages
 * `counter.shift_closed`, in one transaction under the shift's row lock.
 *
 * No compensation: it is the workflow's only writing step and the outbox step after it never
 * fails; a closed shift's figures are never edited (corrections are new entries).
 */
export const closeCounterShiftStep = createStep(
  closeCounterShiftStepId,
  async (input: CloseCounterShiftInput, { container }) => {
    const counter: CounterModuleService = container.resolve(COUNTER_MODULE)
    const shift = await counter.closeShift(input)
    return new StepResponse({ shift_id: shift.id })
  }
)
