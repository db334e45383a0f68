import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import FeedbackModule from "../modules/feedback"

/** The order a complaint is about (a charge, a product), if any. */
export default defineLink(
  { linkable: FeedbackModule.linkable.complaint, field: "order_id" },
  OrderModule.linkable.order,
  { readOnly: true }
)
