import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import FeedbackModule from "../modules/feedback"

/** The customer a follow-up visit (after low scores) is for. */
export default defineLink(
  { linkable: FeedbackModule.linkable.followUpVisit, field: "customer_id" },
  CustomerModule.linkable.customer,
  { readOnly: true }
)
