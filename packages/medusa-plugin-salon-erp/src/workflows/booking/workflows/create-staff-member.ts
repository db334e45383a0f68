import { createEntitiesStep } from "@medusajs/medusa/core-flows"
import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { BOOKING_MODULE } from "../../../modules/booking"
import { setStaffAssignmentsStep } from "../steps/set-staff-assignments"
import { referencesOf, validateBookingRecordsStep } from "../steps/validate-booking-records"

export type CreateStaffMemberWorkflowInput = {
  name: string
  level?: "junior" | "senior" | "expert"
  email?: string | null
  phone?: string | null
  color?: string | null
  bio?: string | null
  user_id?: string | null
  is_active?: boolean
  metadata?: Record<string, unknown> | null
  branch_ids?: string[]
  salon_service_ids?: string[]
}

export const createStaffMemberWorkflowId = "create-staff-member"
/**
 * This workflow creates a staff member with the branches they work at and the services they
 * perform.
 */
export const createStaffMemberWorkflow = createWorkflow(
  createStaffMemberWorkflowId,
  (input: CreateStaffMemberWorkflowInput) => {
    const references = transform({ input }, ({ input }) => ({
      references: [
        ...referencesOf("branch_ids", "branch", input.branch_ids),
        ...referencesOf("salon_service_ids", "salon_service", input.salon_service_ids),
        { field: "user_id", kind: "user" as const, id: input.user_id },
      ],
    }))
    validateBookingRecordsStep(references)
    const data = transform({ input }, ({ input }) => {
      const { branch_ids: _branches, salon_service_ids: _services, ...fields } = input
      return [fields]
    })
    const created = createEntitiesStep({
      moduleRegistrationName: BOOKING_MODULE,
      invokeMethod: "createStaffMembers",
      compensateMethod: "deleteStaffMembers",
      data,
    })
    const staffMember = transform({ created }, ({ created }) => created[0])
    const assignments = transform({ input, staffMember }, ({ input, staffMember }) => ({
      staff_member_id: staffMember.id as string,
      branch_ids: input.branch_ids ?? [],
      salon_service_ids: input.salon_service_ids ?? [],
    }))
    setStaffAssignmentsStep(assignments)
    return new WorkflowResponse(staffMember)
  }
)
