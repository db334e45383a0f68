import { WorkflowResponse, createWorkflow } from "@medusajs/framework/workflows-sdk"
import {
  type CollectStaffPerformanceStepInput,
  collectStaffPerformanceStep,
} from "../steps/collect-staff-performance"

export const getStaffPerformanceWorkflowId = "get-staff-performance"
/**
 * This workflow reports staff performance per staff member and branch over local dates: services
 * performed, customers served, designated rate, service value, sales and commission, ranked. It
 * composes the booking and commission modules' aggregates, so routes never do.
 */
export const getStaffPerformanceWorkflow = createWorkflow(
  getStaffPerformanceWorkflowId,
  (input: CollectStaffPerformanceStepInput) => {
    return new WorkflowResponse(collectStaffPerformanceStep(input))
  }
)
