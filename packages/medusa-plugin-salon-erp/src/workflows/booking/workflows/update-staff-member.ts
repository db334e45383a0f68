import {
  WorkflowResponse,
  createWorkflow,
  transform,
  when,
} from "@medusajs/framework/workflows-sdk"
import { ensureNoUpcomingAppointmentsStep } from "../steps/ensure-no-upcoming-appointments"
import { setStaffAssignmentsStep } from "../steps/set-staff-assignments"
import { updateBookingRecordStep } from "../steps/update-booking-record"
import type { CreateStaffMemberWorkflowInput } from "./create-staff-member"
import { referencesOf, validateBookingRecordsStep } from "../steps/validate-booking-records"

export type UpdateStaffMemberWorkflowInput = Partial<CreateStaffMemberWorkflowInput> & {
  id: string
}

export const updateStaffMemberWorkflowId = "update-staff-member"
/**
 * This workflow updates a staff member, their branches and their services. A staff member with
 * upcoming appointments cannot be deactivated, nor leave a branch where those appointments are;
 * leaving a branch removes their shifts there.
 */
export const updateStaffMemberWorkflow = createWorkflow(
  updateStaffMemberWorkflowId,
  (input: UpdateStaffMemberWorkflowInput) => {
    const references = transform({ input }, ({ input }) => ({
      references: [
        ...referencesOf("branch_ids", "branch", input.branch_ids),
        ...referencesOf("salon_service_ids", "salon_service", input.salon_service_ids),
        { field: "user_id", kind: "user" as const, id: input.user_id },
      ],
    }))
    validateBookingRecordsStep(references)
    when({ input }, ({ input }) => input.is_active === false).then(() => {
      ensureNoUpcomingAppointmentsStep({
        subject: "This staff member",
        change: "be deactivated",
        staff_member_id: input.id,
      })
    })
    when({ input }, ({ input }) => !!input.branch_ids).then(() => {
      ensureNoUpcomingAppointmentsStep({
        subject: "This staff member",
        change: "leave a branch where they have appointments",
        staff_member_id: input.id,
        exclude_branch_ids: input.branch_ids as string[],
      }).config({ name: "ensure-no-appointments-at-left-branches" })
    })
    const recordInput = transform({ input }, ({ input }) => {
      const { id, branch_ids: _branches, salon_service_ids: _services, ...data } = input
      return { entity: "staff_member" as const, id, data }
    })
    const staffMember = updateBookingRecordStep(recordInput)
    setStaffAssignmentsStep({
      staff_member_id: input.id,
      branch_ids: input.branch_ids,
      salon_service_ids: input.salon_service_ids,
    })
    return new WorkflowResponse(staffMember)
  }
)
