import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setAppointmentPackageReservationWorkflow } from "../../../../../../../workflows/service-package/workflows/set-appointment-package-reservation"
import { appointmentPackageView } from "../../../../../../admin/appointments/[id]/package-reservations/helpers"
import type { SetPackageReservationType } from "../../../../../../admin/appointments/[id]/package-reservations/validators"
import { withConflictMessages } from "../../../../../../utils/conflict-messages"
import type { AppointmentPackageSessionsResponse } from "../../../../../../../types/service-packages/http"

/** Which of the customer's packages pays for each service of their own appointment. */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<AppointmentPackageSessionsResponse>
) => {
  res.json({
    package_reservations: await appointmentPackageView(
      req.scope,
      req.params.id,
      req.auth_context.actor_id
    ),
  })
}

/**
 * Chooses another of the customer's packages for a service of their upcoming appointment, or
 * (`package_id: null`) pays for it otherwise, releasing the session.
 */
export const POST = withConflictMessages(
  async (
    req: AuthenticatedMedusaRequest<SetPackageReservationType>,
    res: MedusaResponse<AppointmentPackageSessionsResponse>
  ) => {
    const customerId = req.auth_context.actor_id
    await setAppointmentPackageReservationWorkflow(req.scope).run({
      input: {
        appointment_id: req.params.id,
        appointment_item_id: req.validatedBody.appointment_item_id,
        package_id: req.validatedBody.package_id,
        customer_id: customerId,
        actor_type: "customer",
        actor_id: customerId,
      },
    })
    res.json({
      package_reservations: await appointmentPackageView(req.scope, req.params.id, customerId),
    })
  }
)
