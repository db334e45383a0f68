import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import ServicePackageModule from "../modules/service-package"

/** The order a package was bought with online. */
export default defineLink(
  { linkable: ServicePackageModule.linkable.customerPackage, field: "order_id" },
  OrderModule.linkable.order,
  { readOnly: true }
)
