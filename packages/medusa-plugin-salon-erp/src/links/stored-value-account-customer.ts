import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import StoredValueModule from "../modules/stored-value"

/** The member a stored value account belongs to. */
export default defineLink(
  { linkable: StoredValueModule.linkable.storedValueAccount, field: "customer_id" },
  CustomerModule.linkable.customer,
  { readOnly: true }
)
