import { z } from "@medusajs/framework/zod"
import { Text as BaseText } from "../utils/validators"
import { Text } from "./client-validators"

/** `GET /admin/customers/:id/data-export` takes no parameters. */
export const AdminGetCustomerDataExportParams = z.object({}).strict()

/** `POST /admin/customers/:id/erase`: the customer's email or id typed again, and why. */
export const AdminEraseCustomer = z
  .object({
    // The customer's email (up to 254 characters) or id, typed again.
    confirm: BaseText("name", { max: 254 }),
    reason: Text("reason", 500),
  })
  .strict()

export type AdminEraseCustomerType = z.infer<typeof AdminEraseCustomer>
