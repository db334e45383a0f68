import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { COUNTER_MODULE } from "../../../modules/counter"
import type CounterModuleService from "../../../modules/counter/service"
import type { OpenCounterShiftInput } from "../../../modules/counter/types"

export const openCounterShiftStepId = "open-counter-shift"
/**
 * This step opens a shift with its opening float entry and stages `counter.shift_opened`, in one
 * transaction; a replayed idempotency key returns the shift it opened.
 *
 * No compensation: this is the workflow's only writing step, and the step after it (publishing
 * the outbox) never fails, so nothing after the write can ask for an undo.
 */
export const openCounterShiftStep = createStep(
  openCounterShiftStepId,
  async (input: OpenCounterShiftInput, { container }) => {
    const counter: CounterModuleService = container.resolve(COUNTER_MODULE)
    return new StepResponse(await counter.openShift(input))
  }
)
