import { deleteEntitiesStep } from "@medusajs/medusa/core-flows"
import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { BOOKING_MODULE } from "../../../modules/booking"
import { ensureNoUpcomingAppointmentsStep } from "../steps/ensure-no-upcoming-appointments"

export const deleteRoomWorkflowId = "delete-room"
/**
 * This workflow deletes (soft) a room with no upcoming appointments.
 */
export const deleteRoomWorkflow = createWorkflow(deleteRoomWorkflowId, (input: { id: string }) => {
  ensureNoUpcomingAppointmentsStep({
    subject: "This room",
    change: "be deleted",
    room_id: input.id,
  })
  const ids = transform({ input }, ({ input }) => [input.id])
  deleteEntitiesStep({
    moduleRegistrationName: BOOKING_MODULE,
    invokeMethod: "softDeleteRooms",
    compensateMethod: "restoreRooms",
    data: ids,
  })
  return new WorkflowResponse({ id: input.id })
})
