import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { type WeeklyShiftInput, replaceStaffScheduleStep } from "../steps/replace-staff-schedule"
import { validateBookingRecordsStep } from "../steps/validate-booking-records"

export type SetStaffScheduleWorkflowInput = {
  staff_member_id: string
  branch_id: string
  shifts: WeeklyShiftInput[]
}

export const setStaffScheduleWorkflowId = "set-staff-schedule"
/**
 * This workflow sets a staff member's weekly working hours at a branch (replacing the previous
 * week plan there). Appointments already booked are kept.
 */
export const setStaffScheduleWorkflow = createWorkflow(
  setStaffScheduleWorkflowId,
  (input: SetStaffScheduleWorkflowInput) => {
    const references = transform({ input }, ({ input }) => ({
      references: [{ field: "branch_id", kind: "branch" as const, id: input.branch_id }],
    }))
    validateBookingRecordsStep(references)
    const shifts = replaceStaffScheduleStep(input)
    return new WorkflowResponse(shifts)
  }
)
