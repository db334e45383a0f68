import {
  WorkflowResponse,
  createWorkflow,
  transform,
  when,
} from "@medusajs/framework/workflows-sdk"
import type { OpeningHoursInput } from "../steps/create-branch"
import { ensureNoUpcomingAppointmentsStep } from "../steps/ensure-no-upcoming-appointments"
import { replaceOpeningHoursStep } from "../steps/replace-opening-hours"
import { setBranchLinksStep } from "../steps/set-branch-links"
import { updateBookingRecordStep } from "../steps/update-booking-record"
import { validateBookingRecordsStep } from "../steps/validate-booking-records"

export type UpdateBranchWorkflowInput = {
  id: string
  name?: string
  code?: string
  timezone?: string
  phone?: string | null
  email?: string | null
  address?: string | null
  manager_user_id?: string | null
  is_active?: boolean
  metadata?: Record<string, unknown> | null
  opening_hours?: OpeningHoursInput[]
  stock_location_id?: string | null
  sales_channel_id?: string | null
}

export const updateBranchWorkflowId = "update-branch"
/**
 * This workflow updates a branch, its opening hours and its links. A branch with upcoming
 * appointments cannot be deactivated.
 */
export const updateBranchWorkflow = createWorkflow(
  updateBranchWorkflowId,
  (input: UpdateBranchWorkflowInput) => {
    const userReference = transform({ input }, ({ input }) => ({
      references: [{ field: "manager_user_id", kind: "user" as const, id: input.manager_user_id }],
    }))
    validateBookingRecordsStep(userReference)
    when({ input }, ({ input }) => input.is_active === false).then(() => {
      ensureNoUpcomingAppointmentsStep({
        subject: "This branch",
        change: "be deactivated",
        branch_id: input.id,
      })
    })
    const recordInput = transform({ input }, ({ input }) => {
      const {
        id,
        opening_hours: _hours,
        stock_location_id: _location,
        sales_channel_id: _channel,
        ...data
      } = input
      return { entity: "branch" as const, id, data }
    })
    const branch = updateBookingRecordStep(recordInput)
    when({ input }, ({ input }) => !!input.opening_hours).then(() => {
      replaceOpeningHoursStep({
        branch_id: input.id,
        opening_hours: input.opening_hours as OpeningHoursInput[],
      })
    })
    setBranchLinksStep({
      branch_id: input.id,
      stock_location_id: input.stock_location_id,
      sales_channel_id: input.sales_channel_id,
    })
    return new WorkflowResponse(branch)
  }
)
