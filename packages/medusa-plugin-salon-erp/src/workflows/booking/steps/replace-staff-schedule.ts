import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { BOOKING_MODULE } from "../../../modules/booking"
import type BookingModuleService from "../../../modules/booking/service"

export type WeeklyShiftInput = { weekday: number; starts_at: string; ends_at: string }

export const replaceStaffScheduleStepId = "replace-staff-schedule"
/**
 * This step replaces a staff member's weekly shifts at a branch. Compensation restores the
 * previous shifts.
 */
export const replaceStaffScheduleStep = createStep(
  replaceStaffScheduleStepId,
  async (
    input: { staff_member_id: string; branch_id: string; shifts: WeeklyShiftInput[] },
    { container }
  ) => {
    const booking: BookingModuleService = container.resolve(BOOKING_MODULE)
    const previous = await booking.replaceStaffSchedule(
      input.staff_member_id,
      input.branch_id,
      input.shifts
    )
    return new StepResponse(input.shifts, { ...input, previous })
  },
  async (compensation, { container }) => {
    if (!compensation) {
      return
    }
    const booking: BookingModuleService = container.resolve(BOOKING_MODULE)
    await booking.replaceStaffSchedule(
      compensation.staff_member_id,
      compensation.branch_id,
      compensation.previous
    )
  }
)
