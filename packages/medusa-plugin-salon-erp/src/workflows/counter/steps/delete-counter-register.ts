import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { COUNTER_MODULE } from "../../../modules/counter"
import type CounterModuleService from "../../../modules/counter/service"

export type DeleteCounterRegisterStepInput = { id: string }

export const deleteCounterRegisterStepId = "delete-counter-register"
/**
 * This step soft-deletes a register (refused while it has an open shift); its shifts and their
 * cash entries are kept. Compensation restores it.
 */
export const deleteCounterRegisterStep = createStep(
  deleteCounterRegisterStepId,
  async ({ id }: DeleteCounterRegisterStepInput, { container }) => {
    const counter: CounterModuleService = container.resolve(COUNTER_MODULE)
    await counter.deleteRegister(id)
    return new StepResponse({ id }, id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const counter: CounterModuleService = container.resolve(COUNTER_MODULE)
    await counter.restoreRegister(id)
  }
)
