import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { SERVICE_PACKAGE_MODULE } from "../../../modules/service-package"
import type ServicePackageModuleService from "../../../modules/service-package/service"
import { reservationOutcome } from "../../../modules/service-package/lib/policy"
import type { OperationResult, ReservationDTO } from "../../../modules/service-package/types"

export type SettleAppointmentReservationsStepInput = {
  appointment_id: string
  /** Why the appointment will not take place. */
  reason: "canceled" | "late_cancellation" | "no_show"
}

export const settleAppointmentReservationsStepId = "settle-appointment-reservations"
/**
 * This step settles the sessions reserved for an appointment that will not take place: canceled
 * in time, they are released; canceled late or missed, they are released or forfeited according
 * to `late_cancel_policy` / `no_show_policy`. Settled reservations are left alone, so handling
 * the event twice changes nothing. Compensation holds the sessions again.
 */
export const settleAppointmentReservationsStep = createStep(
  settleAppointmentReservationsStepId,
  async (input: SettleAppointmentReservationsStepInput, { container }) => {
    const packages: ServicePackageModuleService = container.resolve(SERVICE_PACKAGE_MODULE)
    const settings = await packages.getSettings()
    const policy = reservationOutcome(input.reason, settings)
    const reservations = await packages.listPackageReservations({
      appointment_id: input.appointment_id,
      status: "reserved",
    })
    const released: ReservationDTO[] = []
    const forfeited: OperationResult[] = []
    const touched: string[] = []
    for (const reservation of reservations) {
      if (policy === "forfeit") {
        const result = await packages.forfeitReservation(reservation.id, input.reason)
        if (result?.created) {
          forfeited.push(result)
          touched.push(reservation.id)
        }
      } else {
        const { released: done } = await packages.releaseReservation(
          reservation.id,
          input.reason,
          "reservation"
        )
        if (done) {
          released.push({ ...(reservation as unknown as ReservationDTO), status: "released" })
          touched.push(reservation.id)
        }
      }
    }
    return new StepResponse({ policy, released, forfeited }, touched)
  },
  async (touched, { container }) => {
    if (!touched?.length) {
      return
    }
    const packages: ServicePackageModuleService = container.resolve(SERVICE_PACKAGE_MODULE)
    for (const reservationId of touched) {
      await packages.reopenReservation(reservationId)
    }
  }
)
