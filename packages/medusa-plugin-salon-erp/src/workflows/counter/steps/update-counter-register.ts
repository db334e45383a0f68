import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { COUNTER_MODULE } from "../../../modules/counter"
import type CounterModuleService from "../../../modules/counter/service"
import type { UpdateCounterRegisterInput } from "../../../modules/counter/types"

export const updateCounterRegisterStepId = "update-counter-register"
/**
 * This step changes a register's name, code, active flag or metadata. Compensation puts back the
 * values it had before.
 */
export const updateCounterRegisterStep = createStep(
  updateCounterRegisterStepId,
  async (input: UpdateCounterRegisterInput, { container }) => {
    const counter: CounterModuleService = container.resolve(COUNTER_MODULE)
    const { previous, register } = await counter.updateRegister(input)
    return new StepResponse(register, previous)
  },
  async (previous, { container }) => {
    if (!previous) {
      return
    }
    const counter: CounterModuleService = container.resolve(COUNTER_MODULE)
    await counter.revertRegisterUpdate(previous)
  }
)
