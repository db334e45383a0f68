import { Modules } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"

export const removeCustomerLoginsStepId = "remove-customer-logins"
/**
 * This step removes the erased customer's logins: the auth identities whose provider identity is
 * the customer's original email and whose `app_metadata.customer_id` is the customer. An
 * identity that also belongs to an admin user only loses its `customer_id`. It is the erasure's
 * last write and has no compensation: nothing after it can fail, and a password cannot be
 * rebuilt once deleted.
 */
export const removeCustomerLoginsStep = createStep(
  removeCustomerLoginsStepId,
  async (input: { customer_id: string; email: string | null }, { container }) => {
    if (!input.email) {
      return new StepResponse(0)
    }
    const auth = container.resolve(Modules.AUTH)
    const providerIdentities = await auth.listProviderIdentities(
      { entity_id: input.email },
      { relations: ["auth_identity"] }
    )
    const identities = new Map(
      providerIdentities
        .map((identity) => identity.auth_identity)
        .filter((identity) => identity?.app_metadata?.customer_id === input.customer_id)
        .map((identity) => [identity!.id, identity!])
    )
    const toDelete: string[] = []
    for (const identity of identities.values()) {
      const { customer_id: _customerId, ...rest } = identity.app_metadata ?? {}
      if (Object.keys(rest).length) {
        await auth.updateAuthIdentities({ id: identity.id, app_metadata: rest })
      } else {
        toDelete.push(identity.id)
      }
    }
    if (toDelete.length) {
      await auth.deleteAuthIdentities(toDelete)
    }
    return new StepResponse(identities.size)
  }
)
