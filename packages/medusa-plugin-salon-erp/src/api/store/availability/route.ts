import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { BOOKING_MODULE } from "../../../modules/booking"
import type BookingModuleService from "../../../modules/booking/service"
import type { AvailabilityParamsType } from "../../admin/appointments/validators"
import type { AvailabilityResponse } from "../../../types/booking/http"

/**
 * Bookable slots for one service or a sequence of services at a branch, with the staff free for
 * each; respects the minimum notice and booking horizon. Dates are the branch's local dates.
 */
export const GET = async (
  req: MedusaRequest<unknown, AvailabilityParamsType>,
  res: MedusaResponse<AvailabilityResponse>
) => {
  const booking: BookingModuleService = req.scope.resolve(BOOKING_MODULE)
  // Customers cannot free someone else's appointment: exclude_appointment_id is admin only.
  const { salon_service_id, exclude_appointment_id: _ignored, ...params } = req.validatedQuery
  const availability = await booking.searchAvailability({
    ...params,
    salon_service_ids: salon_service_id,
    actor: "customer",
  })
  res.json({ availability })
}
