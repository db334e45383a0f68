import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import BookingModule from "../modules/booking"

/** The order that paid for an appointment booked and paid online. */
export default defineLink(
  { linkable: BookingModule.linkable.appointment, field: "order_id" },
  OrderModule.linkable.order,
  { readOnly: true }
)
