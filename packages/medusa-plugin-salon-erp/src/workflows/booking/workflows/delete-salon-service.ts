import { deleteEntitiesStep } from "@medusajs/medusa/core-flows"
import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { BOOKING_MODULE } from "../../../modules/booking"
import { ensureNoUpcomingAppointmentsStep } from "../steps/ensure-no-upcoming-appointments"

export const deleteSalonServiceWorkflowId = "delete-salon-service"
/**
 * This workflow deletes (soft) a salon service with no upcoming appointments. Its product
 * variant is left to Medusa's product pages.
 */
export const deleteSalonServiceWorkflow = createWorkflow(
  deleteSalonServiceWorkflowId,
  (input: { id: string }) => {
    ensureNoUpcomingAppointmentsStep({
      subject: "This service",
      change: "be deleted",
      salon_service_id: input.id,
    })
    const ids = transform({ input }, ({ input }) => [input.id])
    deleteEntitiesStep({
      moduleRegistrationName: BOOKING_MODULE,
      invokeMethod: "softDeleteSalonServices",
      compensateMethod: "restoreSalonServices",
      data: ids,
    })
    return new WorkflowResponse({ id: input.id })
  }
)
