import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import BookingModule from "../modules/booking"

/** A salon service is priced and sold as this product variant. */
export default defineLink(
  { linkable: BookingModule.linkable.salonService, field: "variant_id" },
  ProductModule.linkable.productVariant,
  { readOnly: true }
)
