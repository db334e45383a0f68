import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { STORED_VALUE_MODULE } from "../../../modules/stored-value"
import type StoredValueModuleService from "../../../modules/stored-value/service"
import { canonical } from "../../../modules/counter/lib/money"
import type { CounterSalePlan } from "../../../lib/counter/sale-plan"

/** The stored value debit of a sale, split between principal and bonus (positive amounts). */
export type CounterStoredValueDebit = {
  operation_id: string
  account_id: string
  principal_amount: string
  bonus_amount: string
} | null

export const spendCounterStoredValueStepId = "spend-counter-stored-value"
/**
 * This step debits the stored value tender from the client's account, keyed by the sale (a retry
 * debits once), referenced to the order; the account's lock refuses an overdraft. Compensation
 * writes the debit's reversal.
 */
export const spendCounterStoredValueStep = createStep(
  spendCounterStoredValueStepId,
  async ({ plan, order_id }: { plan: CounterSalePlan; order_id: string }, { container }) => {
    const tender = plan.tenders.find((candidate) => candidate.kind === "stored_value")
    if (!tender || !plan.customer_id || Number(tender.amount) <= 0) {
      return new StepResponse(null as CounterStoredValueDebit, null)
    }
    const storedValue: StoredValueModuleService = container.resolve(STORED_VALUE_MODULE)
    const debit = await storedValue.spend({
      idempotency_key: `counter-sale:${plan.sale_id}`,
      customer_id: plan.customer_id,
      currency_code: plan.currency_code,
      amount: tender.amount,
      branch_id: plan.branch_id,
      reference_type: "order",
      reference_id: order_id,
      payment_method: "counter",
      reason: `Counter sale at ${plan.branch_name} (${plan.register_code})`,
      created_by: plan.created_by,
    })
    const result: CounterStoredValueDebit = {
      operation_id: debit.operation_id,
      account_id: debit.account_id,
      principal_amount: canonical(Math.abs(Number(debit.principal_delta))),
      bonus_amount: canonical(Math.abs(Number(debit.bonus_delta))),
    }
    return new StepResponse(result, debit.replayed ? null : debit.operation_id)
  },
  async (operationId, { container }) => {
    if (!operationId) return
    const storedValue: StoredValueModuleService = container.resolve(STORED_VALUE_MODULE)
    await storedValue.compensate(operationId, {
      reason: "The counter sale failed after the stored value was debited",
    })
  }
)
