import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { rescheduleAppointmentWorkflow } from "../../../../../../../workflows/booking/workflows/reschedule-appointment"
import { refetchAppointment } from "../../../../../../admin/appointments/helpers"
import type { StoreRescheduleAppointmentType } from "../../validators"
import { withConflictMessages } from "../../../../../../utils/conflict-messages"
import type { AppointmentResponse } from "../../../../../../../types/booking/http"

/** Moves the customer's own appointment, until the cancellation cut-off (online rules apply). */
export const POST = withConflictMessages(
  async (
    req: AuthenticatedMedusaRequest<StoreRescheduleAppointmentType>,
    res: MedusaResponse<AppointmentResponse>
  ) => {
    const customerId = req.auth_context.actor_id
    await rescheduleAppointmentWorkflow(req.scope).run({
      input: {
        ...req.validatedBody,
        appointment_id: req.params.id,
        customer_id: customerId,
        actor_type: "customer",
        actor_id: customerId,
      },
    })
    res.json({
      appointment: await refetchAppointment(
        req.params.id,
        req.scope,
        req.queryConfig.fields,
        customerId
      ),
    })
  }
)
