import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { releaseAppointmentHoldWorkflow } from "../../../../../../workflows/booking/workflows/release-appointment-hold"
import { withConflictMessages } from "../../../../../utils/conflict-messages"
import type { DeleteResponse } from "../../../../../../types/booking/http"

/** Releases the customer's own hold. */
export const DELETE = withConflictMessages(
  async (req: AuthenticatedMedusaRequest, res: MedusaResponse<DeleteResponse>) => {
    await releaseAppointmentHoldWorkflow(req.scope).run({
      input: { hold_id: req.params.id, customer_id: req.auth_context.actor_id },
    })
    res.json({ id: req.params.id, object: "appointment_hold", deleted: true })
  }
)
