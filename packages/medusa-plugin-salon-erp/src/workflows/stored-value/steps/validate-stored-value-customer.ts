import { Modules } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"

export const validateStoredValueCustomerStepId = "validate-stored-value-customer"
/**
 * This step checks that the member a counter top-up or spend is for exists (404 otherwise).
 */
export const validateStoredValueCustomerStep = createStep(
  validateStoredValueCustomerStepId,
  async (input: { customer_id: string }, { container }) => {
    const customers = container.resolve(Modules.CUSTOMER)
    const customer = await customers.retrieveCustomer(input.customer_id, {
      select: ["id", "has_account"],
    })
    return new StepResponse(customer)
  }
)
