import { defineLink } from "@medusajs/framework/utils"
import BookingModule from "../modules/booking"
import ClientModule from "../modules/client"

/** The branch where the treatment was performed, if known. */
export default defineLink(
  { linkable: ClientModule.linkable.treatmentNote, field: "branch_id" },
  BookingModule.linkable.branch,
  { readOnly: true }
)
