import { z } from "@medusajs/framework/zod"
import { Text } from "./client-validators"

/** `GET /admin/customers/:id/data-export` takes no parameters. */
export const AdminGetCustomerDataExportParams = z.object({}).strict()

/** `POST /admin/customers/:id/erase`: the customer's email or id typed again, and why. */
export const AdminEraseCustomer = z
  .object({
    confirm: z.string({ message: "confirm must be the customer's email or id" }).trim(),
    reason: Text("reason", 500),
  })
  .strict()

export type AdminEraseCustomerType = z.infer<typeof AdminEraseCustomer>
