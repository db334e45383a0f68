import { defineLink } from "@medusajs/framework/utils"
import BookingModule from "../modules/booking"
import FeedbackModule from "../modules/feedback"

/** The visit a satisfaction survey rates. */
export default defineLink(
  { linkable: FeedbackModule.linkable.satisfactionSurvey, field: "appointment_id" },
  BookingModule.linkable.appointment,
  { readOnly: true }
)
