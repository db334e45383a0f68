import { defineLink } from "@medusajs/framework/utils"
import BookingModule from "../modules/booking"
import ServicePackageModule from "../modules/service-package"

/** Who performed the redeemed service (or sold the package), for history and commissions. */
export default defineLink(
  { linkable: ServicePackageModule.linkable.packageLedgerEntry, field: "staff_member_id" },
  BookingModule.linkable.staffMember,
  { readOnly: true }
)
