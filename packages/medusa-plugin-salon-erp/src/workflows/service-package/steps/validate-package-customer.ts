import { Modules } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"

export const validatePackageCustomerStepId = "validate-package-customer"
/**
 * This step checks that a customer exists (404 otherwise) and returns their contact fields.
 */
export const validatePackageCustomerStep = createStep(
  validatePackageCustomerStepId,
  async (input: { customer_id: string }, { container }) => {
    const customers = container.resolve(Modules.CUSTOMER)
    const customer = await customers.retrieveCustomer(input.customer_id, {
      select: ["id", "email", "first_name", "last_name", "phone"],
    })
    return new StepResponse(customer)
  }
)
