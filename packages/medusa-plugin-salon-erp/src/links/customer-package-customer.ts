import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import ServicePackageModule from "../modules/service-package"

/** The customer who owns a package. */
export default defineLink(
  { linkable: ServicePackageModule.linkable.customerPackage, field: "customer_id" },
  CustomerModule.linkable.customer,
  { readOnly: true }
)
