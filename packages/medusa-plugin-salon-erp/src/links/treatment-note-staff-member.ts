import { defineLink } from "@medusajs/framework/utils"
import BookingModule from "../modules/booking"
import ClientModule from "../modules/client"

/** The staff member who performed the treatment, if known. */
export default defineLink(
  { linkable: ClientModule.linkable.treatmentNote, field: "staff_member_id" },
  BookingModule.linkable.staffMember,
  { readOnly: true }
)
