import { MedusaError, Modules } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { CLIENT_MODULE } from "../../../modules/client"
import type ClientModuleService from "../../../modules/client/service"
import type { EraseCustomerInput } from "../../../lib/client/types"
import { conflictError } from "../../../lib/errors"

export type CustomerToErase = {
  id: string
  email: string | null
  metadata: Record<string, unknown> | null
}

export const validateCustomerErasureStepId = "validate-customer-erasure"
/**
 * This step checks an erasure request: the customer exists (404), is not erased already (409),
 * and `confirm` is the customer's email (any case) or id (400 otherwise). Returns what the later
 * steps need. Read-only.
 */
export const validateCustomerErasureStep = createStep(
  validateCustomerErasureStepId,
  async (input: EraseCustomerInput, { container }) => {
    const customers = container.resolve(Modules.CUSTOMER)
    const client: ClientModuleService = container.resolve(CLIENT_MODULE)
    const [customer] = await customers.listCustomers(
      { id: input.customer_id },
      { select: ["id", "email", "metadata"], take: 1 }
    )
    if (!customer) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Customer with id: ${input.customer_id} was not found`
      )
    }
    const [profile] = await client.listClientProfiles(
      { customer_id: customer.id },
      { select: ["id", "erased_at"] }
    )
    if (profile?.erased_at || customer.metadata?.erased_at) {
      throw conflictError(
        `Customer ${customer.id} was already erased on ${new Date(
          (profile?.erased_at ?? customer.metadata?.erased_at) as string | Date
        ).toISOString()}`
      )
    }
    const confirm = input.confirm.trim()
    const matches =
      confirm === customer.id ||
      (!!customer.email && confirm.toLowerCase() === customer.email.toLowerCase())
    if (!matches) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `confirm must be the customer's email or id to erase customer ${customer.id} (got "${confirm}")`
      )
    }
    return new StepResponse<CustomerToErase>({
      id: customer.id,
      email: customer.email ?? null,
      metadata: (customer.metadata as Record<string, unknown> | null) ?? null,
    })
  }
)
