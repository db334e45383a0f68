import { defineLink } from "@medusajs/framework/utils"
import StockLocationModule from "@medusajs/medusa/stock-location"
import BookingModule from "../modules/booking"

/** A branch's shelf stock (retail and consumables) lives at its stock location. */
export default defineLink(BookingModule.linkable.branch, StockLocationModule.linkable.stockLocation)
