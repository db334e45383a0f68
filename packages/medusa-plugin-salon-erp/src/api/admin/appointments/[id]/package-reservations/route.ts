import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setAppointmentPackageReservationWorkflow } from "../../../../../workflows/service-package/workflows/set-appointment-package-reservation"
import { appointmentPackageView } from "./helpers"
import type { SetPackageReservationType } from "./validators"
import { withConflictMessages } from "../../../../utils/conflict-messages"
import type { AppointmentPackageSessionsResponse } from "../../../../../types/service-packages/http"

/**
 * The package sessions of an appointment: per service, the reserved session (package, status)
 * and the customer's other eligible packages; for the calendar drawer and the appointment view.
 */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AppointmentPackageSessionsResponse>
) => {
  res.json({ package_reservations: await appointmentPackageView(req.scope, req.params.id) })
}

/**
 * Chooses the package that pays for one service of an upcoming appointment, replaces it, or
 * (`package_id: null`) books the service without package use, releasing the session.
 */
export const POST = withConflictMessages(
  async (
    req: AuthenticatedMedusaRequest<SetPackageReservationType>,
    res: MedusaResponse<AppointmentPackageSessionsResponse>
  ) => {
    await setAppointmentPackageReservationWorkflow(req.scope).run({
      input: {
        appointment_id: req.params.id,
        appointment_item_id: req.validatedBody.appointment_item_id,
        package_id: req.validatedBody.package_id,
        actor_type: "user",
        actor_id: req.auth_context.actor_id,
      },
    })
    res.json({ package_reservations: await appointmentPackageView(req.scope, req.params.id) })
  }
)
