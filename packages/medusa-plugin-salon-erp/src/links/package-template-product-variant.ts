import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import ServicePackageModule from "../modules/service-package"

/** A package template is priced and sold online as this product variant. */
export default defineLink(
  { linkable: ServicePackageModule.linkable.packageTemplate, field: "variant_id" },
  ProductModule.linkable.productVariant,
  { readOnly: true }
)
