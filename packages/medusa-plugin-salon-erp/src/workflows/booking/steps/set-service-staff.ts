import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { BOOKING_MODULE } from "../../../modules/booking"
import type BookingModuleService from "../../../modules/booking/service"

export const setServiceStaffStepId = "set-service-staff"
/**
 * This step sets the staff members qualified to perform a salon service. Compensation restores
 * the previous set.
 */
export const setServiceStaffStep = createStep(
  setServiceStaffStepId,
  async (input: { salon_service_id: string; staff_member_ids: string[] }, { container }) => {
    const booking: BookingModuleService = container.resolve(BOOKING_MODULE)
    const previous = await booking.replaceServiceStaff(
      input.salon_service_id,
      input.staff_member_ids
    )
    return new StepResponse(input.staff_member_ids, {
      salon_service_id: input.salon_service_id,
      previous,
    })
  },
  async (compensation, { container }) => {
    if (!compensation) {
      return
    }
    const booking: BookingModuleService = container.resolve(BOOKING_MODULE)
    await booking.replaceServiceStaff(compensation.salon_service_id, compensation.previous)
  }
)
