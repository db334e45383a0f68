import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { BOOKING_MODULE } from "../../../modules/booking"
import type BookingModuleService from "../../../modules/booking/service"

export const expireAppointmentHoldsStepId = "expire-appointment-holds"
/**
 * This step marks lapsed holds expired and frees their staff and rooms.
 */
export const expireAppointmentHoldsStep = createStep(
  expireAppointmentHoldsStepId,
  async (_input: void, { container }) => {
    const booking: BookingModuleService = container.resolve(BOOKING_MODULE)
    return new StepResponse({ expired: await booking.expireHolds() })
  }
)
