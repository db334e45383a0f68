import { createEntitiesStep } from "@medusajs/medusa/core-flows"
import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { BOOKING_MODULE } from "../../../modules/booking"
import { ensureNoUpcomingAppointmentsStep } from "../steps/ensure-no-upcoming-appointments"

export type CreateBranchClosureWorkflowInput = {
  branch_id: string
  starts_on: string
  ends_on: string
  reason?: string | null
}

export const createBranchClosureWorkflowId = "create-branch-closure"
/**
 * This workflow closes a branch on a range of dates (holidays, renovation); refused while
 * appointments are booked on those dates.
 */
export const createBranchClosureWorkflow = createWorkflow(
  createBranchClosureWorkflowId,
  (input: CreateBranchClosureWorkflowInput) => {
    const change = transform({ input }, ({ input }) =>
      input.starts_on === input.ends_on
        ? `close on ${input.starts_on}`
        : `close from ${input.starts_on} to ${input.ends_on}`
    )
    ensureNoUpcomingAppointmentsStep({
      subject: "The branch",
      change,
      branch_id: input.branch_id,
      local_from: input.starts_on,
      local_to: input.ends_on,
    })
    const data = transform({ input }, ({ input }) => [
      {
        branch_id: input.branch_id,
        starts_on: input.starts_on,
        ends_on: input.ends_on,
        reason: input.reason ?? null,
      },
    ])
    const created = createEntitiesStep({
      moduleRegistrationName: BOOKING_MODULE,
      invokeMethod: "createBranchClosures",
      compensateMethod: "deleteBranchClosures",
      data,
    })
    const closure = transform({ created }, ({ created }) => created[0])
    return new WorkflowResponse(closure)
  }
)
