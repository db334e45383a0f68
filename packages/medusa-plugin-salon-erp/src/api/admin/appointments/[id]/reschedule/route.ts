import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { rescheduleAppointmentWorkflow } from "../../../../../workflows/booking/workflows/reschedule-appointment"
import { refetchAppointment, staffActor } from "../../helpers"
import type { RescheduleAppointmentType } from "../../validators"
import { withConflictMessages } from "../../../../utils/conflict-messages"
import type { AppointmentResponse } from "../../../../../types/booking/http"

/** Moves an upcoming appointment; staff may move it at any time. */
export const POST = withConflictMessages(
  async (
    req: AuthenticatedMedusaRequest<RescheduleAppointmentType>,
    res: MedusaResponse<AppointmentResponse>
  ) => {
    await rescheduleAppointmentWorkflow(req.scope).run({
      input: { ...req.validatedBody, appointment_id: req.params.id, ...staffActor(req) },
    })
    res.json({
      appointment: await refetchAppointment(req.params.id, req.scope, req.queryConfig.fields),
    })
  }
)
