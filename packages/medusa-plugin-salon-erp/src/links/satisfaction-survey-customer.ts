import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import FeedbackModule from "../modules/feedback"

/** The customer a satisfaction survey was sent to. */
export default defineLink(
  { linkable: FeedbackModule.linkable.satisfactionSurvey, field: "customer_id" },
  CustomerModule.linkable.customer,
  { readOnly: true }
)
