import { deleteEntitiesStep } from "@medusajs/medusa/core-flows"
import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { BOOKING_MODULE } from "../../../modules/booking"
import { ensureNoUpcomingAppointmentsStep } from "../steps/ensure-no-upcoming-appointments"

export const deleteBranchWorkflowId = "delete-branch"
/**
 * This workflow deletes (soft) a branch that has no upcoming appointments.
 */
export const deleteBranchWorkflow = createWorkflow(
  deleteBranchWorkflowId,
  (input: { id: string }) => {
    ensureNoUpcomingAppointmentsStep({
      subject: "This branch",
      change: "be deleted",
      branch_id: input.id,
    })
    const ids = transform({ input }, ({ input }) => [input.id])
    deleteEntitiesStep({
      moduleRegistrationName: BOOKING_MODULE,
      invokeMethod: "softDeleteBranches",
      compensateMethod: "restoreBranches",
      data: ids,
    })
    return new WorkflowResponse({ id: input.id })
  }
)
