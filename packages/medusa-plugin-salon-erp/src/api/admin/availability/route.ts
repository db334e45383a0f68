import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { BOOKING_MODULE } from "../../../modules/booking"
import type BookingModuleService from "../../../modules/booking/service"
import type { AvailabilityParamsType } from "../appointments/validators"
import type { AvailabilityResponse } from "../../../types/booking/http"

/** Free slots for the front desk: every free start from now (no notice, no horizon), online-only services included. */
export const GET = async (
  req: AuthenticatedMedusaRequest<unknown, AvailabilityParamsType>,
  res: MedusaResponse<AvailabilityResponse>
) => {
  const booking: BookingModuleService = req.scope.resolve(BOOKING_MODULE)
  const { salon_service_id, ...params } = req.validatedQuery
  const availability = await booking.searchAvailability({
    ...params,
    salon_service_ids: salon_service_id,
    actor: "staff",
  })
  res.json({ availability })
}
