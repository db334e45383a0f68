import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import BookingModule from "../modules/booking"

/** The customer an appointment is for. */
export default defineLink(
  { linkable: BookingModule.linkable.appointment, field: "customer_id" },
  CustomerModule.linkable.customer,
  { readOnly: true }
)
