import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import ClientModule from "../modules/client"

/** The Medusa customer a client profile belongs to. */
export default defineLink(
  { linkable: ClientModule.linkable.clientProfile, field: "customer_id" },
  CustomerModule.linkable.customer,
  { readOnly: true }
)
