import { Modules } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import type { MatchedCustomer, PlannedClientRow } from "../../../lib/client/import/plan-rows"

type Change = Pick<MatchedCustomer, "first_name" | "last_name" | "phone" | "email">

/** What a row changes on its matched customer: only cells that are filled and differ. */
export function customerChanges(row: PlannedClientRow): Partial<Change> {
  const customer = row.customer!
  const changes: Partial<Change> = {}
  if (row.first_name && row.first_name !== customer.first_name) changes.first_name = row.first_name
  if (row.last_name && row.last_name !== customer.last_name) changes.last_name = row.last_name
  // A customer found by phone gets the email of the file when she has none yet, and vice versa.
  if (row.email && !customer.email) changes.email = row.email
  if (row.phone && !customer.phone) changes.phone = row.phone
  return changes
}

export const updateImportedCustomersStepId = "update-imported-customers"
/**
 * This step writes the names (and a missing email or phone) the file gives for customers that
 * already exist. Blank cells change nothing. Compensation restores the previous values.
 */
export const updateImportedCustomersStep = createStep(
  updateImportedCustomersStepId,
  async (rows: PlannedClientRow[], { container }) => {
    const service = container.resolve(Modules.CUSTOMER)
    const before: ({ id: string } & Partial<Change>)[] = []
    for (const row of rows) {
      if (!row.customer) continue
      const changes = customerChanges(row)
      const keys = Object.keys(changes) as (keyof Change)[]
      if (!keys.length) continue
      before.push({
        id: row.customer.id,
        ...Object.fromEntries(keys.map((key) => [key, row.customer![key]])),
      })
      await service.updateCustomers(row.customer.id, changes)
    }
    return new StepResponse(before.length, before)
  },
  async (before, { container }) => {
    if (!before?.length) {
      return
    }
    const service = container.resolve(Modules.CUSTOMER)
    for (const { id, ...values } of before) {
      await service.updateCustomers(id, values)
    }
  }
)
