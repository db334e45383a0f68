import { deleteEntitiesStep } from "@medusajs/medusa/core-flows"
import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { BOOKING_MODULE } from "../../../modules/booking"

const SOFT_DELETE = {
  branch_closure: {
    invokeMethod: "softDeleteBranchClosures",
    compensateMethod: "restoreBranchClosures",
  },
  schedule_exception: {
    invokeMethod: "softDeleteScheduleExceptions",
    compensateMethod: "restoreScheduleExceptions",
  },
} as const

export type DeleteBookingRecordsWorkflowInput = { entity: keyof typeof SOFT_DELETE; ids: string[] }

export const deleteBookingRecordsWorkflowId = "delete-booking-records"
/**
 * This workflow deletes (soft) branch closures or schedule exceptions: removals that free time
 * and so need no check.
 */
export const deleteBookingRecordsWorkflow = createWorkflow(
  deleteBookingRecordsWorkflowId,
  (input: DeleteBookingRecordsWorkflowInput) => {
    const methods = transform({ input }, ({ input }) => SOFT_DELETE[input.entity])
    deleteEntitiesStep({
      moduleRegistrationName: BOOKING_MODULE,
      invokeMethod: methods.invokeMethod,
      compensateMethod: methods.compensateMethod,
      data: input.ids,
    })
    return new WorkflowResponse(input.ids)
  }
)
