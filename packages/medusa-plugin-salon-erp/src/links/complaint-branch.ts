import { defineLink } from "@medusajs/framework/utils"
import BookingModule from "../modules/booking"
import FeedbackModule from "../modules/feedback"

/** The branch a complaint is about. */
export default defineLink(
  { linkable: FeedbackModule.linkable.complaint, field: "branch_id" },
  BookingModule.linkable.branch,
  { readOnly: true }
)
