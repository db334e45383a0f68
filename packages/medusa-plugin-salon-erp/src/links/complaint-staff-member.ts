import { defineLink } from "@medusajs/framework/utils"
import BookingModule from "../modules/booking"
import FeedbackModule from "../modules/feedback"

/** The staff member a complaint is about, if any. */
export default defineLink(
  { linkable: FeedbackModule.linkable.complaint, field: "staff_member_id" },
  BookingModule.linkable.staffMember,
  { readOnly: true }
)
