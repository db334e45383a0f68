import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { BOOKING_MODULE } from "../../../modules/booking"
import type BookingModuleService from "../../../modules/booking/service"

export type OpeningHoursInput = { weekday: number; opens_at: string; closes_at: string }

export type CreateBranchStepInput = {
  name: string
  code: string
  timezone?: string
  phone?: string | null
  email?: string | null
  address?: string | null
  manager_user_id?: string | null
  is_active?: boolean
  metadata?: Record<string, unknown> | null
  opening_hours?: OpeningHoursInput[]
}

export const createBranchStepId = "create-branch"
/**
 * This step creates a branch with its opening hours. Compensation deletes it.
 */
export const createBranchStep = createStep(
  createBranchStepId,
  async ({ opening_hours, ...data }: CreateBranchStepInput, { container }) => {
    const booking: BookingModuleService = container.resolve(BOOKING_MODULE)
    const branch = await booking.createBranches(data)
    await booking.replaceOpeningHours(branch.id, opening_hours ?? [])
    return new StepResponse(branch, branch.id)
  },
  async (branchId, { container }) => {
    if (!branchId) {
      return
    }
    const booking: BookingModuleService = container.resolve(BOOKING_MODULE)
    await booking.replaceOpeningHours(branchId, [])
    await booking.deleteBranches(branchId)
  }
)
