import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { type CreateBranchStepInput, createBranchStep } from "../steps/create-branch"
import { setBranchLinksStep } from "../steps/set-branch-links"
import { validateBookingRecordsStep } from "../steps/validate-booking-records"

export type CreateBranchWorkflowInput = CreateBranchStepInput & {
  stock_location_id?: string | null
  sales_channel_id?: string | null
}

export const createBranchWorkflowId = "create-branch"
/**
 * This workflow creates a branch with its opening hours and links it to its stock location and
 * sales channel.
 */
export const createBranchWorkflow = createWorkflow(
  createBranchWorkflowId,
  (input: CreateBranchWorkflowInput) => {
    const userReference = transform({ input }, ({ input }) => ({
      references: [{ field: "manager_user_id", kind: "user" as const, id: input.manager_user_id }],
    }))
    validateBookingRecordsStep(userReference)
    const branchInput = transform({ input }, ({ input }) => {
      const { stock_location_id: _location, sales_channel_id: _channel, ...data } = input
      return data
    })
    const branch = createBranchStep(branchInput)
    const linkInput = transform({ input, branch }, ({ input, branch }) => ({
      branch_id: branch.id,
      stock_location_id: input.stock_location_id,
      sales_channel_id: input.sales_channel_id,
    }))
    setBranchLinksStep(linkInput)
    return new WorkflowResponse(branch)
  }
)
