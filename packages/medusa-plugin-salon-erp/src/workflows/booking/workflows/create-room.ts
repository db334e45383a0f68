import { createEntitiesStep } from "@medusajs/medusa/core-flows"
import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { BOOKING_MODULE } from "../../../modules/booking"
import { validateBookingRecordsStep } from "../steps/validate-booking-records"

export type CreateRoomWorkflowInput = {
  branch_id: string
  name: string
  room_type: string
  is_active?: boolean
}

export const createRoomWorkflowId = "create-room"
/**
 * This workflow creates a room or station at a branch.
 */
export const createRoomWorkflow = createWorkflow(
  createRoomWorkflowId,
  (input: CreateRoomWorkflowInput) => {
    const references = transform({ input }, ({ input }) => ({
      references: [{ field: "branch_id", kind: "branch" as const, id: input.branch_id }],
    }))
    validateBookingRecordsStep(references)
    const data = transform({ input }, ({ input }) => [input])
    const created = createEntitiesStep({
      moduleRegistrationName: BOOKING_MODULE,
      invokeMethod: "createRooms",
      compensateMethod: "deleteRooms",
      data,
    })
    const room = transform({ created }, ({ created }) => created[0])
    return new WorkflowResponse(room)
  }
)
