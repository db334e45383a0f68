import { defineLink } from "@medusajs/framework/utils"
import BookingModule from "../modules/booking"
import ServicePackageModule from "../modules/service-package"

/**
 * The package sessions reserved for an appointment, readable from the appointment side
 * (`fields=+package_reservations.*` on the appointment routes) without a link table.
 */
export default defineLink(
  { linkable: BookingModule.linkable.appointment, field: "id" },
  { ...ServicePackageModule.linkable.packageReservation.id, primaryKey: "appointment_id" },
  { readOnly: true, isList: true }
)
