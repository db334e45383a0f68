import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import type { CreateHoldInput } from "../../../modules/booking/types"
import { createAppointmentHoldStep } from "../steps/create-appointment-hold"
import { validateBookingRecordsStep } from "../steps/validate-booking-records"

export const createAppointmentHoldWorkflowId = "create-appointment-hold"
/**
 * This workflow holds a slot for a few minutes while the customer finishes booking or paying;
 * booking with the hold's id then gets exactly that slot.
 */
export const createAppointmentHoldWorkflow = createWorkflow(
  createAppointmentHoldWorkflowId,
  (input: CreateHoldInput) => {
    const references = transform({ input }, ({ input }) => ({
      references: [
        { field: "branch_id", kind: "branch" as const, id: input.branch_id },
        ...(input.items ?? []).flatMap((item, index) => [
          {
            field: `items.${index}.salon_service_id`,
            kind: "salon_service" as const,
            id: item.salon_service_id,
          },
          {
            field: `items.${index}.staff_member_id`,
            kind: "staff_member" as const,
            id: item.staff_member_id,
          },
        ]),
      ],
    }))
    validateBookingRecordsStep(references)
    const hold = createAppointmentHoldStep(input)
    return new WorkflowResponse(hold)
  }
)
