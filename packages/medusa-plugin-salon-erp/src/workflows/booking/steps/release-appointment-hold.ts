import { MedusaError } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { BOOKING_MODULE } from "../../../modules/booking"
import type BookingModuleService from "../../../modules/booking/service"

export const releaseAppointmentHoldStepId = "release-appointment-hold"
/**
 * This step releases a customer's hold so others can book the slot.
 */
export const releaseAppointmentHoldStep = createStep(
  releaseAppointmentHoldStepId,
  async (input: { hold_id: string; customer_id?: string | null }, { container }) => {
    const booking: BookingModuleService = container.resolve(BOOKING_MODULE)
    const [hold] = await booking.listAppointmentHolds(
      { id: input.hold_id },
      { select: ["id", "customer_id"] }
    )
    if (!hold || (input.customer_id && hold.customer_id !== input.customer_id)) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Hold with id: ${input.hold_id} was not found`
      )
    }
    return new StepResponse(await booking.releaseHold(input.hold_id))
  }
)
