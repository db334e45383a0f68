import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { upsertClientProfileStep } from "../steps/upsert-client-profile"
import { validateBookingReferencesStep } from "../steps/validate-booking-references"
import { referencesOf } from "../../booking/steps/validate-booking-records"
import { validateClientCustomerStep } from "../steps/validate-client-customer"
import type { UpsertClientProfileInput } from "../../../lib/client/types"

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
      references: [
        { field: "home_branch_id", kind: "branch" as const, id: input.home_branch_id },
        ...referencesOf(
          "preferred_staff_member_ids",
          "staff_member",
          input.preferred_staff_member_ids
        ),
      ],
    }))
    validateBookingReferencesStep(references)
    return new WorkflowResponse(upsertClientProfileStep(input))
  }
)
