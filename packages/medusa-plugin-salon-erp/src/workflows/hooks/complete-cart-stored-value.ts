import { completeCartWorkflow } from "@medusajs/medusa/core-flows"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { STORED_VALUE_MODULE } from "../../modules/stored-value"
import type StoredValueModuleService from "../../modules/stored-value/service"
import { spendStoredValueForCartWorkflow } from "../stored-value/workflows/spend-stored-value-for-cart"

type HookContext = Parameters<Parameters<typeof completeCartWorkflow.hooks.validate>[0]>[1]

// Cart completion debits the stored value on the cart just before the card payment is authorized
// (as Medusa's loyalty plugin does for store credit). If anything fails after that, compensation
// writes a reversal entry for exactly that debit: the balance is as it was, and the ledger shows
// both lines.
;(
  completeCartWorkflow.hooks as unknown as {
    beforePaymentAuthorization: (
      invoke: (
        data: { input: { id: string } },
        context: HookContext
      ) => Promise<StepResponse<unknown, string | undefined>>,
      compensate: (operationId: string | undefined, context: HookContext) => Promise<void>
    ) => void
  }
).beforePaymentAuthorization(
  async ({ input }, { container, ...context }) => {
    const { result } = await spendStoredValueForCartWorkflow(container).run({
      input: { cart_id: input.id },
      context: { ...context, preventReleaseEvents: true },
    })
    const service: StoredValueModuleService = container.resolve(STORED_VALUE_MODULE)
    const debit = result.amount > 0 ? await service.findOperationByKey(`cart:${input.id}`) : null
    return new StepResponse(undefined, debit?.id)
  },
  async (operationId, { container }) => {
    if (!operationId) {
      return
    }
    const service: StoredValueModuleService = container.resolve(STORED_VALUE_MODULE)
    await service.compensate(operationId, {
      reference_type: "cart",
      reason: "Checkout failed after the stored value was debited",
    })
  }
)
