import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { COUNTER_MODULE } from "../../../modules/counter"
import type CounterModuleService from "../../../modules/counter/service"
import type { CreateCounterRegisterInput } from "../../../modules/counter/types"

export const createCounterRegisterStepId = "create-counter-register"
/**
 * This step creates a register. Compensation removes it (nothing can refer to it yet: a shift
 * is opened by another request).
 */
export const createCounterRegisterStep = createStep(
  createCounterRegisterStepId,
  async (input: CreateCounterRegisterInput, { container }) => {
    const counter: CounterModuleService = container.resolve(COUNTER_MODULE)
    const register = await counter.createRegister(input)
    return new StepResponse(register, register.id)
  },
  async (id, { container }) => {
    if (!id) {
      return
    }
    const counter: CounterModuleService = container.resolve(COUNTER_MODULE)
    await counter.removeNewRegister(id)
  }
)
