import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { COUNTER_MODULE } from "../../../modules/counter"
import type CounterModuleService from "../../../modules/counter/service"
import type { RecordCounterShiftCorrectionInput } from "../../../modules/counter/types"

export const recordCounterShiftCorrectionStepId = "record-counter-shift-correction"
/**
 * This step records a correction entry on a closed shift and stages
 * `counter.cash_entry_recorded`, in one transaction under the shift's row lock.
 *
 * No compensation: it is the workflow's only writing step and the outbox step after it never
 * fails. A wrong correction is itself corrected by another entry.
 */
export const recordCounterShiftCorrectionStep = createStep(
  recordCounterShiftCorrectionStepId,
  async (input: RecordCounterShiftCorrectionInput, { container }) => {
    const counter: CounterModuleService = container.resolve(COUNTER_MODULE)
    return new StepResponse(await counter.recordCorrection(input))
  }
)
