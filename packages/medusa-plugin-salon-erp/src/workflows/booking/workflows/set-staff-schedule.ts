import { WorkflowResponse, createWorkflow } from "@medusajs/framework/workflows-sdk"
import { type WeeklyShiftInput, replaceStaffScheduleStep } from "../steps/replace-staff-schedule"

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
    const shifts = replaceStaffScheduleStep(input)
    return new WorkflowResponse(shifts)
  }
)
