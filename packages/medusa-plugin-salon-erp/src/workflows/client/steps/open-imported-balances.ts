import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { STORED_VALUE_MODULE } from "../../../modules/stored-value"
import type StoredValueModuleService from "../../../modules/stored-value/service"
import type { ImportIssue, ImportedClient } from "../../../lib/client/import/read-row"

export type BalanceOpening = {
  line: number
  customer_id: string
  stored_value: NonNullable<ImportedClient["stored_value"]>
}

/** One opening balance per customer and currency, whichever file or run brings it. */
export const openingBalanceKey = (customerId: string, currency: string) =>
  `client-import:opening-balance:${customerId}:${currency}`

export const openImportedBalancesStepId = "open-imported-balances"
/**
 * This step writes each imported customer's opening stored-value balance as a `migration`
 * ledger entry, keyed per customer and currency: a second import writes nothing, and one that
 * brings another amount leaves the balance alone with a warning (corrections are adjustments).
 * Compensation reverses the entries it wrote.
 */
export const openImportedBalancesStep = createStep(
  openImportedBalancesStepId,
  async (
    {
      openings,
      import_id,
      user_id,
    }: { openings: BalanceOpening[]; import_id: string; user_id: string | null },
    { container }
  ) => {
    const service: StoredValueModuleService = container.resolve(STORED_VALUE_MODULE)
    const results = await service.openMigrationBalances(
      openings.map(({ line, customer_id, stored_value }) => ({
        idempotency_key: openingBalanceKey(customer_id, stored_value.currency_code),
        customer_id,
        currency_code: stored_value.currency_code,
        principal_amount: stored_value.principal_amount,
        bonus_amount: stored_value.bonus_amount,
        bonus_expires_at: stored_value.bonus_expires_at,
        reference_type: "client_import",
        reference_id: import_id,
        reason: `Opening balance imported from line ${line}`,
        created_by: user_id,
      }))
    )
    const written = results.flatMap((result) =>
      result.status === "created" ? [result.operation_id!] : []
    )
    const warnings: ImportIssue[] = openings
      .filter((_, index) => results[index].status === "conflict")
      .map(({ line, stored_value }) => ({
        line,
        column: "stored_value_principal",
        value: stored_value.principal_amount,
        message: `an opening balance in ${stored_value.currency_code.toUpperCase()} was already imported for this customer with other amounts; it was left unchanged (correct it with an adjustment)`,
      }))
    return new StepResponse({ opened: written.length, warnings }, written)
  },
  async (written, { container }) => {
    if (!written?.length) {
      return
    }
    const service: StoredValueModuleService = container.resolve(STORED_VALUE_MODULE)
    for (const operationId of written) {
      await service.compensate(operationId, {
        reason: "Client import chunk failed after this opening balance; reversed",
      })
    }
  }
)
