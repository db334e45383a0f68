import { MedusaError, Modules } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"

export const validateClientCustomerStepId = "validate-client-customer"
/**
 * This step checks that the customer exists (404 naming the id otherwise).
 */
export const validateClientCustomerStep = createStep(
  validateClientCustomerStepId,
  async (input: { customer_id: string }, { container }) => {
    const customers = container.resolve(Modules.CUSTOMER)
    const [customer] = await customers.listCustomers(
      { id: input.customer_id },
      { select: ["id"], take: 1 }
    )
    if (!customer) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Customer with id: ${input.customer_id} was not found`
      )
    }
    return new StepResponse(customer.id)
  }
)
