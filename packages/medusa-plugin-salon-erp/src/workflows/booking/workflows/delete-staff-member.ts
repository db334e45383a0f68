import { deleteEntitiesStep } from "@medusajs/medusa/core-flows"
import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { BOOKING_MODULE } from "../../../modules/booking"
import { ensureNoUpcomingAppointmentsStep } from "../steps/ensure-no-upcoming-appointments"

export const deleteStaffMemberWorkflowId = "delete-staff-member"
/**
 * This workflow deletes (soft) a staff member who has no upcoming appointments; past
 * appointments and commissions keep pointing at them.
 */
export const deleteStaffMemberWorkflow = createWorkflow(
  deleteStaffMemberWorkflowId,
  (input: { id: string }) => {
    ensureNoUpcomingAppointmentsStep({
      subject: "This staff member",
      change: "be deleted",
      staff_member_id: input.id,
    })
    const ids = transform({ input }, ({ input }) => [input.id])
    deleteEntitiesStep({
      moduleRegistrationName: BOOKING_MODULE,
      invokeMethod: "softDeleteStaffMembers",
      compensateMethod: "restoreStaffMembers",
      data: ids,
    })
    return new WorkflowResponse({ id: input.id })
  }
)
