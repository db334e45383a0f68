import type { ReservationDTO } from "../../../modules/service-package/types"
import type { ReservationEventData } from "../events"

/** The payload of service_package.session_reserved / reservation_released. */
export function reservationEventData(
  reservation: ReservationDTO & { release_reason?: string | null }
): ReservationEventData {
  return {
    id: reservation.id,
    status: reservation.status,
    package_id: reservation.package_id,
    package_item_id: reservation.package_item_id,
    customer_id: reservation.customer_id,
    appointment_id: reservation.appointment_id,
    appointment_item_id: reservation.appointment_item_id,
    salon_service_id: reservation.salon_service_id,
    branch_id: reservation.branch_id,
    source: reservation.source,
    release_reason: reservation.release_reason ?? null,
  }
}
