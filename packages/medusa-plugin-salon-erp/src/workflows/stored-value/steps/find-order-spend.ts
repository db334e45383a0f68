import { MathBN, MedusaError } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { STORED_VALUE_MODULE } from "../../../modules/stored-value"
import type StoredValueModuleService from "../../../modules/stored-value/service"

export const findOrderSpendStepId = "find-order-spend"
/**
 * This step finds the stored value spend of an order that still has something left to refund.
 */
export const findOrderSpendStep = createStep(
  findOrderSpendStepId,
  async (input: { order_id: string }, { container }) => {
    const service: StoredValueModuleService = container.resolve(STORED_VALUE_MODULE)
    const spends = await service.listOperationsByReference({
      kind: "spend",
      reference_type: "order",
      reference_id: input.order_id,
    })
    if (!spends.length) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Order ${input.order_id} was not paid with stored value`
      )
    }
    const open = spends.find((spend) =>
      MathBN.gt(
        MathBN.sub(
          MathBN.mult(MathBN.add(spend.principal, spend.bonus), -1),
          MathBN.add(spend.undone_principal, spend.undone_bonus)
        ),
        0
      )
    )
    if (!open) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `The stored value paid for order ${input.order_id} has already been refunded in full`
      )
    }
    return new StepResponse(open)
  }
)
