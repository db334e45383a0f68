import { MedusaError } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { SERVICE_PACKAGE_MODULE } from "../../../modules/service-package"
import type ServicePackageModuleService from "../../../modules/service-package/service"
import type { ReservationDTO } from "../../../modules/service-package/types"

export type SetAppointmentPackageReservationStepInput = {
  appointment: {
    id: string
    display_id: number
    customer_id: string
    branch_id: string
    starts_at: string
    items: { id: string; salon_service_id: string }[]
  }
  appointment_item_id: string
  /** The package to use for this item; null books it without package use (releases any). */
  package_id: string | null
  source: "staff" | "customer"
  created_by?: string | null
}

export const setAppointmentPackageReservationStepId = "set-appointment-package-reservation"
/**
 * This step chooses, replaces or releases the package session held for one service of an
 * appointment. Compensation puts the previous reservation back.
 */
export const setAppointmentPackageReservationStep = createStep(
  setAppointmentPackageReservationStepId,
  async (input: SetAppointmentPackageReservationStepInput, { container }) => {
    const packages: ServicePackageModuleService = container.resolve(SERVICE_PACKAGE_MODULE)
    const item = input.appointment.items.find(
      (candidate) => candidate.id === input.appointment_item_id
    )
    if (!item) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Appointment item with id: ${input.appointment_item_id} was not found on appointment #${input.appointment.display_id}`
      )
    }
    const [current] = await packages.listPackageReservations({
      appointment_item_id: item.id,
      status: "reserved",
    })
    if (!input.package_id) {
      if (!current) {
        return new StepResponse(
          { reservation: null as ReservationDTO | null, released_id: null as string | null },
          { created_id: null as string | null, released_id: null as string | null }
        )
      }
      await packages.releaseReservation(current.id, "declined", "id")
      return new StepResponse(
        { reservation: null, released_id: current.id },
        { created_id: null, released_id: current.id }
      )
    }
    const { reservation, created, replaced_id } = await packages.reserveSession({
      appointment_id: input.appointment.id,
      appointment_item_id: item.id,
      customer_id: input.appointment.customer_id,
      salon_service_id: item.salon_service_id,
      branch_id: input.appointment.branch_id,
      starts_at: input.appointment.starts_at,
      package_id: input.package_id,
      source: input.source,
      created_by: input.created_by ?? null,
    })
    return new StepResponse(
      { reservation, released_id: replaced_id },
      { created_id: created ? (reservation?.id ?? null) : null, released_id: replaced_id }
    )
  },
  async (undo, { container }) => {
    if (!undo) {
      return
    }
    const packages: ServicePackageModuleService = container.resolve(SERVICE_PACKAGE_MODULE)
    if (undo.created_id) await packages.releaseReservation(undo.created_id, "compensation")
    if (undo.released_id) await packages.reopenReservation(undo.released_id)
  }
)
