import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { BOOKING_MODULE } from "../../../modules/booking"

const METHODS = {
  branch: { retrieve: "retrieveBranch", update: "updateBranches" },
  staff_member: { retrieve: "retrieveStaffMember", update: "updateStaffMembers" },
  room: { retrieve: "retrieveRoom", update: "updateRooms" },
  salon_service: { retrieve: "retrieveSalonService", update: "updateSalonServices" },
} as const

export type BookingRecordEntity = keyof typeof METHODS

export type UpdateBookingRecordStepInput = {
  entity: BookingRecordEntity
  id: string
  data: Record<string, unknown>
}

type BookingRecordService = Record<string, (...args: unknown[]) => Promise<Record<string, unknown>>>

export const updateBookingRecordStepId = "update-booking-record"
/**
 * This step updates the given fields of a branch, staff member, room or salon service.
 * Compensation writes back the fields' previous values.
 */
export const updateBookingRecordStep = createStep(
  updateBookingRecordStepId,
  async (input: UpdateBookingRecordStepInput, { container }) => {
    const service = container.resolve<BookingRecordService>(BOOKING_MODULE)
    const methods = METHODS[input.entity]
    const fields = Object.keys(input.data)
    const before = await service[methods.retrieve](input.id, { select: ["id", ...fields] })
    const updated = fields.length
      ? await service[methods.update]({ id: input.id, ...input.data })
      : before
    return new StepResponse(updated, {
      entity: input.entity,
      before: fields.length ? before : null,
    })
  },
  async (compensation, { container }) => {
    if (!compensation?.before) {
      return
    }
    const service = container.resolve<BookingRecordService>(BOOKING_MODULE)
    await service[METHODS[compensation.entity].update](compensation.before)
  }
)
