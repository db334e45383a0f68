import { WorkflowResponse, createWorkflow } from "@medusajs/framework/workflows-sdk"
import { unassignCustomerTagStep } from "../steps/unassign-customer-tag"
import { validateClientCustomerStep } from "../steps/validate-client-customer"

export const unassignCustomerTagWorkflowId = "unassign-customer-tag"
/**
 * This workflow takes a tag off a customer.
 */
export const unassignCustomerTagWorkflow = createWorkflow(
  unassignCustomerTagWorkflowId,
  (input: { customer_id: string; tag_id: string }) => {
    validateClientCustomerStep({ customer_id: input.customer_id })
    return new WorkflowResponse(unassignCustomerTagStep(input))
  }
)
