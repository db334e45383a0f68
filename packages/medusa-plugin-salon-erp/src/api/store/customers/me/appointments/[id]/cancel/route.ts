import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cancelAppointmentWorkflow } from "../../../../../../../workflows/booking/workflows/cancel-appointment"
import { refetchAppointment } from "../../../../../../admin/appointments/helpers"
import type { CancelAppointmentType } from "../../../../../../admin/appointments/validators"
import { withConflictMessages } from "../../../../../../utils/conflict-messages"
import type { AppointmentResponse } from "../../../../../../../types/booking/http"

/** Cancels the customer's own appointment, until the cancellation cut-off. */
export const POST = withConflictMessages(
  async (
    req: AuthenticatedMedusaRequest<CancelAppointmentType>,
    res: MedusaResponse<AppointmentResponse>
  ) => {
    const customerId = req.auth_context.actor_id
    await cancelAppointmentWorkflow(req.scope).run({
      input: {
        appointment_id: req.params.id,
        reason: req.validatedBody.reason,
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
