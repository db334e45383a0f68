import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { SERVICE_PACKAGE_MODULE } from "../../../../../modules/service-package"
import type ServicePackageModuleService from "../../../../../modules/service-package/service"
import type {
  AppointmentPackageSessions,
  PackageReservation,
} from "../../../../../types/service-packages/http"
import { isoDate } from "../../../../utils/iso-date"

type AppointmentRow = {
  id: string
  customer_id: string
  branch_id: string
  status: string
  starts_at: string
  items: { id: string; position: number; salon_service_id: string; service_name: string }[]
}

/**
 * The package side of an appointment: per service, the session reserved for it (if any) and the
 * customer's packages that could pay for it instead, plus the reservation history.
 * 404 when the appointment is missing or (for customers) not theirs.
 */
export async function appointmentPackageView(
  scope: MedusaContainer,
  appointmentId: string,
  customerId?: string
): Promise<AppointmentPackageSessions> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const packages: ServicePackageModuleService = scope.resolve(SERVICE_PACKAGE_MODULE)
  const {
    data: [found],
  } = await query.graph({
    entity: "appointment",
    fields: [
      "id",
      "customer_id",
      "branch_id",
      "status",
      "starts_at",
      "items.id",
      "items.position",
      "items.salon_service_id",
      "items.service_name",
    ],
    filters: { id: appointmentId },
  })
  const appointment = found as unknown as AppointmentRow | undefined
  if (!appointment || (customerId && appointment.customer_id !== customerId)) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Appointment with id: ${appointmentId} was not found`
    )
  }
  const { data } = await query.graph({
    entity: "package_reservation",
    fields: [
      "id",
      "appointment_item_id",
      "status",
      "package_id",
      "package_item_id",
      "source",
      "release_reason",
      "created_at",
      "resolved_at",
      "ledger_entry_id",
      "package.name",
      "package.expires_at",
      "package_item.service_name",
      "package_item.remaining",
      "package_item.reserved",
    ],
    filters: { appointment_id: appointmentId },
  })
  const reservations = (data as unknown as PackageReservation[]).sort(
    (a, b) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime()
  )
  const open = ["booked", "confirmed", "checked_in", "in_service"].includes(appointment.status)
  const items = await Promise.all(
    [...appointment.items]
      .sort((a, b) => a.position - b.position)
      .map(async (item) => {
        const current =
          reservations.find(
            (reservation) =>
              reservation.appointment_item_id === item.id &&
              ["reserved", "redeemed", "forfeited"].includes(reservation.status)
          ) ?? null
        const eligible = open
          ? await packages.listEligiblePackageItems({
              customer_id: appointment.customer_id,
              salon_service_id: item.salon_service_id,
              branch_id: appointment.branch_id,
              at: appointment.starts_at,
            })
          : []
        return {
          appointment_item_id: item.id,
          salon_service_id: item.salon_service_id,
          service_name: item.service_name,
          reservation: current,
          eligible_packages: eligible.map((eligibleItem) => ({
            ...eligibleItem,
            expires_at: isoDate(eligibleItem.expires_at),
          })),
        }
      })
  )
  return {
    appointment_id: appointment.id,
    status: appointment.status,
    can_change: open,
    items,
    reservations,
  }
}
