import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { createAppointmentHoldWorkflow } from "../../../../../workflows/booking/workflows/create-appointment-hold"
import type { StoreCreateAppointmentHoldType } from "./validators"
import { withConflictMessages } from "../../../../utils/conflict-messages"
import type { AppointmentHoldResponse } from "../../../../../types/booking/http"

/** Holds a slot for a few minutes (while paying); book it with `hold_id`. */
export const POST = withConflictMessages(
  async (
    req: AuthenticatedMedusaRequest<StoreCreateAppointmentHoldType>,
    res: MedusaResponse<AppointmentHoldResponse>
  ) => {
    const body = req.validatedBody
    const { result } = await createAppointmentHoldWorkflow(req.scope).run({
      input: {
        ...body,
        items: body.items.map((item) => ({ ...item, is_designated: !!item.staff_member_id })),
        customer_id: req.auth_context.actor_id,
        actor: "customer",
      },
    })
    res
      .status(201)
      .json({ appointment_hold: { id: result.hold_id, expires_at: result.expires_at } })
  }
)
