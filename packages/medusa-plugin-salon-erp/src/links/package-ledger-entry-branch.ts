import { defineLink } from "@medusajs/framework/utils"
import BookingModule from "../modules/booking"
import ServicePackageModule from "../modules/service-package"

/** The branch where a ledger movement happened. */
export default defineLink(
  { linkable: ServicePackageModule.linkable.packageLedgerEntry, field: "branch_id" },
  BookingModule.linkable.branch,
  { readOnly: true }
)
