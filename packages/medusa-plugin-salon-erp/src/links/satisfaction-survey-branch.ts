import { defineLink } from "@medusajs/framework/utils"
import BookingModule from "../modules/booking"
import FeedbackModule from "../modules/feedback"

/** The branch of the visit a satisfaction survey rates. */
export default defineLink(
  { linkable: FeedbackModule.linkable.satisfactionSurvey, field: "branch_id" },
  BookingModule.linkable.branch,
  { readOnly: true }
)
