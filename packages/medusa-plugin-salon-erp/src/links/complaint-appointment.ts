import { defineLink } from "@medusajs/framework/utils"
import BookingModule from "../modules/booking"
import FeedbackModule from "../modules/feedback"

/** The visit a complaint is about, if any. */
export default defineLink(
  { linkable: FeedbackModule.linkable.complaint, field: "appointment_id" },
  BookingModule.linkable.appointment,
  { readOnly: true }
)
