import { defineLink } from "@medusajs/framework/utils"
import BookingModule from "../modules/booking"
import FeedbackModule from "../modules/feedback"

/** The branch whose manager follows up. */
export default defineLink(
  { linkable: FeedbackModule.linkable.followUpVisit, field: "branch_id" },
  BookingModule.linkable.branch,
  { readOnly: true }
)
