import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { upsertClientProfileStep } from "../steps/upsert-client-profile"
import { validateBookingReferencesStep } from "../steps/validate-booking-references"
import { validateClientCustomerStep } from "../steps/validate-client-customer"
import type { UpsertClientProfileInput } from "../types"

export const upsertClientProfileWorkflowId = "upsert-client-profile"
/**
 * This workflow creates or updates a customer's client profile (404 for an unknown customer; 400 naming each bad custom field, unknown staff member or branch).
 */
export const upsertClientProfileWorkflow = createWorkflow(
  upsertClientProfileWorkflowId,
  (input: UpsertClientProfileInput) => {
    validateClientCustomerStep({ customer_id: input.customer_id })
    const references = transform({ input }, ({ input }) => ({
      customer_id: input.customer_id,
      staff_member_ids: input.preferred_staff_member_ids ?? [],
      branch_ids: input.home_branch_id ? [input.home_branch_id] : [],
    }))
    validateBookingReferencesStep(references)
    return new WorkflowResponse(upsertClientProfileStep(input))
  }
)
