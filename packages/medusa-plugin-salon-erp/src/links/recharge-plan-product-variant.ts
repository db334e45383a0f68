import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import StoredValueModule from "../modules/stored-value"

/** A recharge plan is bought online as this product variant. */
export default defineLink(
  { linkable: StoredValueModule.linkable.rechargePlan, field: "variant_id" },
  ProductModule.linkable.productVariant,
  { readOnly: true }
)
