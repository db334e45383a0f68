import {
  WorkflowResponse,
  createWorkflow,
  transform,
  when,
} from "@medusajs/framework/workflows-sdk"
import { ensureNoUpcomingAppointmentsStep } from "../steps/ensure-no-upcoming-appointments"
import { setServiceStaffStep } from "../steps/set-service-staff"
import { updateBookingRecordStep } from "../steps/update-booking-record"
import type { CreateSalonServiceWorkflowInput } from "./create-salon-service"
import { referencesOf, validateBookingRecordsStep } from "../steps/validate-booking-records"

export type UpdateSalonServiceWorkflowInput = Partial<
  Omit<CreateSalonServiceWorkflowInput, "variant_id" | "prices" | "sales_channel_ids">
> & { id: string }

export const updateSalonServiceWorkflowId = "update-salon-service"
/**
 * This workflow updates a salon service and who may perform it. Prices stay on the product
 * variant (edit them in Medusa's product pages). Booked appointments keep the duration they
 * were booked with.
 */
export const updateSalonServiceWorkflow = createWorkflow(
  updateSalonServiceWorkflowId,
  (input: UpdateSalonServiceWorkflowInput) => {
    const references = transform({ input }, ({ input }) => ({
      references: referencesOf("staff_member_ids", "staff_member", input.staff_member_ids),
    }))
    validateBookingRecordsStep(references)
    when({ input }, ({ input }) => input.is_active === false).then(() => {
      ensureNoUpcomingAppointmentsStep({
        subject: "This service",
        change: "be retired",
        salon_service_id: input.id,
      })
    })
    const recordInput = transform({ input }, ({ input }) => {
      const { id, staff_member_ids: _staff, ...data } = input
      return { entity: "salon_service" as const, id, data }
    })
    const service = updateBookingRecordStep(recordInput)
    when({ input }, ({ input }) => !!input.staff_member_ids).then(() => {
      setServiceStaffStep({
        salon_service_id: input.id,
        staff_member_ids: input.staff_member_ids as string[],
      })
    })
    return new WorkflowResponse(service)
  }
)
