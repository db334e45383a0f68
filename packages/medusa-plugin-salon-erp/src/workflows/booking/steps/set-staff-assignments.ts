import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { BOOKING_MODULE } from "../../../modules/booking"
import type BookingModuleService from "../../../modules/booking/service"

export type SetStaffAssignmentsStepInput = {
  staff_member_id: string
  /** undefined leaves the set unchanged. */
  branch_ids?: string[]
  salon_service_ids?: string[]
}

type RemovedShifts = Awaited<ReturnType<BookingModuleService["removeShiftsOutside"]>>

export const setStaffAssignmentsStepId = "set-staff-assignments"
/**
 * This step sets the branches a staff member works at (dropping their shifts at branches they
 * leave) and the services they are qualified for. Compensation restores the previous sets and
 * shifts.
 */
export const setStaffAssignmentsStep = createStep(
  setStaffAssignmentsStepId,
  async (input: SetStaffAssignmentsStepInput, { container }) => {
    const booking: BookingModuleService = container.resolve(BOOKING_MODULE)
    const previous: {
      branch_ids?: string[]
      salon_service_ids?: string[]
      removed_shifts?: RemovedShifts
    } = {}
    if (input.branch_ids) {
      previous.branch_ids = await booking.replaceStaffBranches(
        input.staff_member_id,
        input.branch_ids
      )
      // Shifts at a branch they no longer work at would be invisible and misleading.
      previous.removed_shifts = await booking.removeShiftsOutside(
        input.staff_member_id,
        input.branch_ids
      )
    }
    if (input.salon_service_ids) {
      previous.salon_service_ids = await booking.replaceStaffServices(
        input.staff_member_id,
        input.salon_service_ids
      )
    }
    return new StepResponse(input, { staff_member_id: input.staff_member_id, previous })
  },
  async (compensation, { container }) => {
    if (!compensation) {
      return
    }
    const booking: BookingModuleService = container.resolve(BOOKING_MODULE)
    const { staff_member_id, previous } = compensation
    if (previous.branch_ids)
      await booking.replaceStaffBranches(staff_member_id, previous.branch_ids)
    if (previous.removed_shifts)
      await booking.restoreShifts(staff_member_id, previous.removed_shifts)
    if (previous.salon_service_ids)
      await booking.replaceStaffServices(staff_member_id, previous.salon_service_ids)
  }
)
