import { WorkflowResponse, createWorkflow } from "@medusajs/framework/workflows-sdk"
import { recordHealthDataAccessStep } from "../steps/record-health-data-access"
import type { RecordHealthDataAccessInput } from "../../../lib/client/types"

export const recordHealthDataAccessWorkflowId = "record-health-data-access"
/**
 * This workflow records a read of a customer's health data in the append-only access log.
 */
export const recordHealthDataAccessWorkflow = createWorkflow(
  recordHealthDataAccessWorkflowId,
  (input: RecordHealthDataAccessInput) => {
    return new WorkflowResponse(recordHealthDataAccessStep(input))
  }
)
