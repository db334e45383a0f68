import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import FeedbackModule from "../modules/feedback"

/** The customer who made a complaint. */
export default defineLink(
  { linkable: FeedbackModule.linkable.complaint, field: "customer_id" },
  CustomerModule.linkable.customer,
  { readOnly: true }
)
