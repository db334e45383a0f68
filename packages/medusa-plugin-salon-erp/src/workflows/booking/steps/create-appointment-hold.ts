import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { BOOKING_MODULE } from "../../../modules/booking"
import type BookingModuleService from "../../../modules/booking/service"
import type { CreateHoldInput } from "../../../modules/booking/types"

export const createAppointmentHoldStepId = "create-appointment-hold"
/**
 * This step holds a slot's staff and rooms for a few minutes. Compensation releases the hold.
 */
export const createAppointmentHoldStep = createStep(
  createAppointmentHoldStepId,
  async (input: CreateHoldInput, { container }) => {
    const booking: BookingModuleService = container.resolve(BOOKING_MODULE)
    const hold = await booking.createHold(input)
    return new StepResponse(hold, hold.hold_id)
  },
  async (holdId, { container }) => {
    if (!holdId) {
      return
    }
    const booking: BookingModuleService = container.resolve(BOOKING_MODULE)
    await booking.releaseHold(holdId)
  }
)
