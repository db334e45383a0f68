import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { SERVICE_PACKAGE_MODULE } from "../../../modules/service-package"
import type ServicePackageModuleService from "../../../modules/service-package/service"
import type { OperationResult } from "../../../modules/service-package/types"

export type RedeemAppointmentReservationsStepInput = {
  appointment_id: string
  branch_id: string
  /** Who performed each service: the redemption records them (commissions). */
  items: { id: string; staff_member_id: string; is_designated?: boolean | null }[]
  actor_id?: string | null
}

export const redeemAppointmentReservationsStepId = "redeem-appointment-reservations"
/**
 * This step redeems the sessions reserved for a completed appointment, each exactly once (a
 * second handling of the completion finds them redeemed and does nothing). Compensation reverses
 * the redemptions and holds the sessions again.
 */
export const redeemAppointmentReservationsStep = createStep(
  redeemAppointmentReservationsStepId,
  async (input: RedeemAppointmentReservationsStepInput, { container }) => {
    const packages: ServicePackageModuleService = container.resolve(SERVICE_PACKAGE_MODULE)
    const reservations = await packages.listPackageReservations({
      appointment_id: input.appointment_id,
      status: "reserved",
    })
    const results: OperationResult[] = []
    const redeemed: string[] = []
    for (const reservation of reservations) {
      const item = input.items.find((candidate) => candidate.id === reservation.appointment_item_id)
      const result = await packages.redeemReservation(reservation.id, {
        staff_member_id: item?.staff_member_id ?? null,
        branch_id: input.branch_id,
        author_id: input.actor_id ?? null,
        is_designated: item?.is_designated ?? null,
      })
      if (result) {
        results.push(result)
        if (result.created) redeemed.push(reservation.id)
      }
    }
    return new StepResponse(results, redeemed)
  },
  async (redeemed, { container }) => {
    if (!redeemed?.length) {
      return
    }
    const packages: ServicePackageModuleService = container.resolve(SERVICE_PACKAGE_MODULE)
    for (const reservationId of redeemed) {
      await packages.reopenReservation(reservationId)
    }
  }
)
