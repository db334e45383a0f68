import { defineLink } from "@medusajs/framework/utils"
import BookingModule from "../modules/booking"
import ServicePackageModule from "../modules/service-package"

/** The appointment a package session is reserved for. */
export default defineLink(
  { linkable: ServicePackageModule.linkable.packageReservation, field: "appointment_id" },
  BookingModule.linkable.appointment,
  { readOnly: true }
)
