import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { SERVICE_PACKAGE_MODULE } from "../../../modules/service-package"
import type ServicePackageModuleService from "../../../modules/service-package/service"
import type { ReservationDTO } from "../../../modules/service-package/types"

export type ReserveAppointmentSessionsStepInput = {
  appointment: {
    id: string
    customer_id: string
    branch_id: string
    starts_at: string
    items: { id: string; salon_service_id: string }[]
  }
}

export const reserveAppointmentSessionsStepId = "reserve-appointment-sessions"
/**
 * This step reserves, for each service of a newly booked appointment, a session of the
 * customer's soonest-expiring eligible package (valid on the day, allowed at the branch, with an
 * unreserved session). Items that already have a reservation, or had one released (booked
 * without package use), are left alone, so handling the booking twice reserves nothing twice.
 * Compensation releases what this step reserved.
 */
export const reserveAppointmentSessionsStep = createStep(
  reserveAppointmentSessionsStepId,
  async (input: ReserveAppointmentSessionsStepInput, { container }) => {
    const packages: ServicePackageModuleService = container.resolve(SERVICE_PACKAGE_MODULE)
    const settings = await packages.getSettings()
    const { appointment } = input
    if (!settings.auto_reserve_on_booking || !appointment.items.length) {
      return new StepResponse([] as ReservationDTO[], [] as string[])
    }
    const existing = await packages.listPackageReservations(
      { appointment_item_id: appointment.items.map((item) => item.id) },
      { select: ["id", "appointment_item_id"] }
    )
    const handled = new Set(existing.map((reservation) => reservation.appointment_item_id))
    const reserved: ReservationDTO[] = []
    for (const item of appointment.items) {
      if (handled.has(item.id)) continue
      const { reservation, created } = await packages.reserveSession({
        appointment_id: appointment.id,
        appointment_item_id: item.id,
        customer_id: appointment.customer_id,
        salon_service_id: item.salon_service_id,
        branch_id: appointment.branch_id,
        starts_at: appointment.starts_at,
        source: "auto",
      })
      if (reservation && created) reserved.push(reservation)
    }
    return new StepResponse(
      reserved,
      reserved.map((reservation) => reservation.id)
    )
  },
  async (reservationIds, { container }) => {
    if (!reservationIds?.length) {
      return
    }
    const packages: ServicePackageModuleService = container.resolve(SERVICE_PACKAGE_MODULE)
    for (const id of reservationIds) {
      await packages.releaseReservation(id, "compensation")
    }
  }
)
