import { createEntitiesStep } from "@medusajs/medusa/core-flows"
import {
  WorkflowResponse,
  createWorkflow,
  transform,
  when,
} from "@medusajs/framework/workflows-sdk"
import { BOOKING_MODULE } from "../../../modules/booking"
import { ensureNoUpcomingAppointmentsStep } from "../steps/ensure-no-upcoming-appointments"
import { validateBookingRecordsStep } from "../steps/validate-booking-records"

export type CreateScheduleExceptionWorkflowInput = {
  staff_member_id: string
  kind: "time_off" | "extra_shift"
  date: string
  starts_at?: string | null
  ends_at?: string | null
  branch_id?: string | null
  reason?: string | null
}

export const createScheduleExceptionWorkflowId = "create-schedule-exception"
/**
 * This workflow records time off or an extra shift for a staff member on a date. Time off is
 * refused while the staff member has appointments that day.
 */
export const createScheduleExceptionWorkflow = createWorkflow(
  createScheduleExceptionWorkflowId,
  (input: CreateScheduleExceptionWorkflowInput) => {
    const references = transform({ input }, ({ input }) => ({
      references: [{ field: "branch_id", kind: "branch" as const, id: input.branch_id }],
    }))
    validateBookingRecordsStep(references)
    when({ input }, ({ input }) => input.kind === "time_off").then(() => {
      const change = transform({ input }, ({ input }) => `take time off on ${input.date}`)
      ensureNoUpcomingAppointmentsStep({
        subject: "This staff member",
        change,
        staff_member_id: input.staff_member_id,
        local_from: input.date,
        local_to: input.date,
      })
    })
    const data = transform({ input }, ({ input }) => [
      {
        staff_member_id: input.staff_member_id,
        kind: input.kind,
        date: input.date,
        starts_at: input.starts_at ?? null,
        ends_at: input.ends_at ?? null,
        branch_id: input.kind === "extra_shift" ? (input.branch_id ?? null) : null,
        reason: input.reason ?? null,
      },
    ])
    const created = createEntitiesStep({
      moduleRegistrationName: BOOKING_MODULE,
      invokeMethod: "createScheduleExceptions",
      compensateMethod: "deleteScheduleExceptions",
      data,
    })
    const exception = transform({ created }, ({ created }) => created[0])
    return new WorkflowResponse(exception)
  }
)
