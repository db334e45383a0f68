import { defineLink } from "@medusajs/framework/utils"
import SalesChannelModule from "@medusajs/medusa/sales-channel"
import BookingModule from "../modules/booking"

/** The sales channel a branch sells through; several branches may share one. */
export default defineLink(
  { linkable: BookingModule.linkable.branch, isList: true },
  SalesChannelModule.linkable.salesChannel
)
