import { Modules } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"

export const validateBookingCustomerStepId = "validate-booking-customer"
/**
 * This step checks that the customer an appointment is booked for exists (404 otherwise).
 */
export const validateBookingCustomerStep = createStep(
  validateBookingCustomerStepId,
  async (input: { customer_id: string }, { container }) => {
    const customers = container.resolve(Modules.CUSTOMER)
    const customer = await customers.retrieveCustomer(input.customer_id, {
      select: ["id", "email", "first_name", "last_name", "phone"],
    })
    return new StepResponse(customer)
  }
)
