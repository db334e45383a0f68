import {
  WorkflowResponse,
  createWorkflow,
  transform,
  when,
} from "@medusajs/framework/workflows-sdk"
import { ensureNoUpcomingAppointmentsStep } from "../steps/ensure-no-upcoming-appointments"
import { updateBookingRecordStep } from "../steps/update-booking-record"

export type UpdateRoomWorkflowInput = {
  id: string
  name?: string
  room_type?: string
  is_active?: boolean
}

export const updateRoomWorkflowId = "update-room"
/**
 * This workflow updates a room; one with upcoming appointments cannot be deactivated or change type.
 */
export const updateRoomWorkflow = createWorkflow(
  updateRoomWorkflowId,
  (input: UpdateRoomWorkflowInput) => {
    when({ input }, ({ input }) => input.is_active === false || input.room_type !== undefined).then(
      () => {
        ensureNoUpcomingAppointmentsStep({
          subject: "This room",
          change: "be deactivated or change type",
          room_id: input.id,
        })
      }
    )
    const recordInput = transform({ input }, ({ input }) => {
      const { id, ...data } = input
      return { entity: "room" as const, id, data }
    })
    const room = updateBookingRecordStep(recordInput)
    return new WorkflowResponse(room)
  }
)
