import { WorkflowResponse, createWorkflow } from "@medusajs/framework/workflows-sdk"
import { assignCustomerTagStep } from "../steps/assign-customer-tag"
import { validateClientCustomerStep } from "../steps/validate-client-customer"
import type { CustomerTagInput } from "../../../lib/client/types"

export const assignCustomerTagWorkflowId = "assign-customer-tag"
/**
 * This workflow puts a manual tag on a customer (404 for an unknown customer or tag).
 */
export const assignCustomerTagWorkflow = createWorkflow(
  assignCustomerTagWorkflowId,
  (input: CustomerTagInput) => {
    validateClientCustomerStep({ customer_id: input.customer_id })
    return new WorkflowResponse(assignCustomerTagStep(input))
  }
)
