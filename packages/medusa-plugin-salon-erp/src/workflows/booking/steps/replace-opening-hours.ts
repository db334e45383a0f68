import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { BOOKING_MODULE } from "../../../modules/booking"
import type BookingModuleService from "../../../modules/booking/service"
import type { OpeningHoursInput } from "./create-branch"

export const replaceOpeningHoursStepId = "replace-opening-hours"
/**
 * This step replaces a branch's weekly opening hours. Compensation restores the previous ones.
 */
export const replaceOpeningHoursStep = createStep(
  replaceOpeningHoursStepId,
  async (input: { branch_id: string; opening_hours: OpeningHoursInput[] }, { container }) => {
    const booking: BookingModuleService = container.resolve(BOOKING_MODULE)
    const previous = await booking.replaceOpeningHours(input.branch_id, input.opening_hours)
    return new StepResponse(input.opening_hours, { branch_id: input.branch_id, previous })
  },
  async (compensation, { container }) => {
    if (!compensation) {
      return
    }
    const booking: BookingModuleService = container.resolve(BOOKING_MODULE)
    await booking.replaceOpeningHours(compensation.branch_id, compensation.previous)
  }
)
