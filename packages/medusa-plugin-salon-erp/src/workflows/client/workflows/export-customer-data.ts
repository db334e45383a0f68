import { WorkflowResponse, createWorkflow } from "@medusajs/framework/workflows-sdk"
import { collectCustomerDataStep } from "../steps/collect-customer-data"
import { recordHealthDataAccessStep } from "../steps/record-health-data-access"
import { validateClientCustomerStep } from "../steps/validate-client-customer"

export const exportCustomerDataWorkflowId = "export-customer-data"
/**
 * This workflow gathers everything held about a customer (the Medusa customer and addresses,
 * profile with health and custom fields, tags, treatment notes, the health data access log,
 * appointments, stored value and package ledgers, complaints, surveys, commission entries and
 * orders) and records the read as an `export` in the health data access log.
 */
export const exportCustomerDataWorkflow = createWorkflow(
  exportCustomerDataWorkflowId,
  (input: { customer_id: string; actor_id: string }) => {
    validateClientCustomerStep({ customer_id: input.customer_id })
    const data = collectCustomerDataStep({ customer_id: input.customer_id })
    recordHealthDataAccessStep({
      customer_id: input.customer_id,
      actor_id: input.actor_id,
      actor_type: "user",
      action: "export",
    })
    return new WorkflowResponse(data)
  }
)
