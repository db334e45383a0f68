import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { createCustomersWorkflow } from "@medusajs/medusa/core-flows"
import type { PlannedClientRow } from "../../../lib/client/import/plan-rows"
import { assignImportedTagsStep } from "../steps/assign-imported-tags"
import { type BalanceOpening, openImportedBalancesStep } from "../steps/open-imported-balances"
import { type PackageOpening, openImportedPackagesStep } from "../steps/open-imported-packages"
import { syncImportedCustomerFactsStep } from "../steps/sync-imported-customer-facts"
import { updateImportedCustomersStep } from "../steps/update-imported-customers"
import { profileWrite, upsertImportedProfilesStep } from "../steps/upsert-imported-profiles"

export type ImportClientRowsInput = {
  import_id: string
  /** The admin user who uploaded the file. */
  user_id: string | null
  /** Rows that passed every check, each matched to its customer or to be created. */
  rows: PlannedClientRow[]
}

export const importClientRowsWorkflowId = "import-client-rows"
/**
 * Imports one chunk of checked rows of a client import, all or nothing: creates the customers
 * no one matched (Medusa's `createCustomersWorkflow`), updates the others' names, brings their
 * facts in the client read model up to date, writes profiles and custom fields, assigns tags,
 * and opens stored-value balances and packages as `migration` ledger entries. Every write is
 * keyed or compared first, so importing the same rows again changes nothing.
 */
export const importClientRowsWorkflow = createWorkflow(
  importClientRowsWorkflowId,
  (input: ImportClientRowsInput) => {
    // Medusa's own workflow creates the customers no one matched (its hooks and
    // `customer.created` included), in the order of the rows.
    const fresh = transform({ input }, ({ input }) => input.rows.filter((row) => !row.customer))
    const created = createCustomersWorkflow.runAsStep({
      input: {
        customersData: transform({ fresh }, ({ fresh }) =>
          fresh.map((row) => ({
            email: row.email,
            phone: row.phone,
            first_name: row.first_name,
            last_name: row.last_name,
            metadata: { imported_from_line: row.line },
          }))
        ),
      },
    })
    const createdIds = transform({ fresh, created }, ({ fresh, created }) =>
      Object.fromEntries(fresh.map((row, index) => [row.line, created[index].id]))
    )
    updateImportedCustomersStep(input.rows)
    syncImportedCustomerFactsStep(
      transform({ input, createdIds }, ({ input, createdIds }) => ({
        customer_ids: [
          ...Object.values(createdIds),
          ...input.rows.flatMap((row) => (row.customer ? [row.customer.id] : [])),
        ],
      }))
    )

    const plan = transform({ input, createdIds }, ({ input, createdIds }) => {
      const customerOf = (row: PlannedClientRow) => row.customer?.id ?? createdIds[row.line]
      const balances: BalanceOpening[] = []
      const packages: PackageOpening[] = []
      for (const row of input.rows) {
        const customerId = customerOf(row)
        if (row.stored_value) {
          balances.push({ line: row.line, customer_id: customerId, stored_value: row.stored_value })
        }
        for (const pkg of row.packages) {
          packages.push({ line: row.line, customer_id: customerId, package: pkg })
        }
      }
      return {
        profiles: input.rows.map((row) => profileWrite(row, customerOf(row))),
        tags: input.rows.map((row) => ({ customer_id: customerOf(row), tags: row.tags })),
        balances,
        packages,
      }
    })

    const profiles = upsertImportedProfilesStep(plan.profiles)
    assignImportedTagsStep({ assignments: plan.tags, user_id: input.user_id })
    const balances = openImportedBalancesStep({
      openings: plan.balances,
      import_id: input.import_id,
      user_id: input.user_id,
    })
    const packages = openImportedPackagesStep({ openings: plan.packages, user_id: input.user_id })

    const result = transform(
      { input, createdIds, profiles, balances, packages },
      ({ input, createdIds, profiles, balances, packages }) => ({
        created_customers: Object.keys(createdIds).length,
        updated_customers: input.rows.filter((row) => row.customer).length,
        profiles_written: profiles.created + profiles.updated,
        stored_value_openings: balances.opened,
        packages_opened: packages.opened,
        warnings: [...balances.warnings, ...packages.warnings],
      })
    )
    return new WorkflowResponse(result)
  }
)
