import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { COUNTER_MODULE } from "../../../modules/counter"
import type CounterModuleService from "../../../modules/counter/service"
import type { RecordCounterCashEntryInput } from "../../../modules/counter/types"

export const recordCounterCashEntryStepId = "record-counter-cash-entry"
/**
 * This step records a paid_in or paid_out on an open shift and stages
 * `counter.cash_entry_recorded`, in one transaction under the shift's row lock.
 *
 * No compensation: it is the workflow's only writing step and the outbox step after it never
 * fails. The ledger is append-only, so an undo would be a reversing entry, never a delete.
 */
export const recordCounterCashEntryStep = createStep(
  recordCounterCashEntryStepId,
  async (input: RecordCounterCashEntryInput, { container }) => {
    const counter: CounterModuleService = container.resolve(COUNTER_MODULE)
    return new StepResponse(await counter.recordCashEntry(input))
  }
)
