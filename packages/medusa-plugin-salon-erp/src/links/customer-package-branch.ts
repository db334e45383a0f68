import { defineLink } from "@medusajs/framework/utils"
import BookingModule from "../modules/booking"
import ServicePackageModule from "../modules/service-package"

/** The branch that sold a package (where a branch-only package may be used). */
export default defineLink(
  { linkable: ServicePackageModule.linkable.customerPackage, field: "selling_branch_id" },
  BookingModule.linkable.branch,
  { readOnly: true }
)
