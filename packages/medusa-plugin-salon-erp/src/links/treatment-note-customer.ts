import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import ClientModule from "../modules/client"

/** The customer a treatment note is about. */
export default defineLink(
  { linkable: ClientModule.linkable.treatmentNote, field: "customer_id" },
  CustomerModule.linkable.customer,
  { readOnly: true }
)
