import { Modules } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { SERVICE_PACKAGE_MODULE } from "../../../modules/service-package"
import type ServicePackageModuleService from "../../../modules/service-package/service"
import { STORED_VALUE_MODULE } from "../../../modules/stored-value"
import type StoredValueModuleService from "../../../modules/stored-value/service"
import { canonical } from "../../../modules/counter/lib/money"
import type { CounterRefundPlan } from "../../../lib/counter/refund-plan"

export const restockCounterRefundStepId = "restock-counter-refund"
/**
 * This step puts refunded retail back on the branch's shelf through Medusa's inventory, under the
 * inventory item's lock. Compensation takes it off again.
 */
export const restockCounterRefundStep = createStep(
  restockCounterRefundStepId,
  async ({ plan }: { plan: CounterRefundPlan }, { container }) => {
    if (!plan.restock.length || !plan.stock_location_id) return new StepResponse(null, null)
    const inventory = container.resolve(Modules.INVENTORY)
    const locking = container.resolve(Modules.LOCKING)
    const adjustments = plan.restock.map((item) => ({
      inventoryItemId: item.inventory_item_id,
      locationId: plan.stock_location_id!,
      adjustment: item.quantity,
    }))
    await locking.execute(
      adjustments.map((item) => item.inventoryItemId),
      async () => await inventory.adjustInventory(adjustments)
    )
    return new StepResponse(null, adjustments)
  },
  async (adjustments, { container }) => {
    if (!adjustments) return
    const inventory = container.resolve(Modules.INVENTORY)
    await inventory.adjustInventory(
      adjustments.map((item) => ({ ...item, adjustment: -item.adjustment }))
    )
  }
)

/** The stored value given back: its operation and the principal/bonus split (positive). */
export type CounterStoredValueRefund = {
  operation_id: string
  account_id: string
  principal_amount: string
  bonus_amount: string
} | null

export const refundCounterStoredValueStepId = "refund-counter-stored-value"
/**
 * This step gives the stored value tender's share back to the client's account, in the spend's own
 * principal/bonus ratio, keyed by the refund. Compensation reverses that refund.
 */
export const refundCounterStoredValueStep = createStep(
  refundCounterStoredValueStepId,
  async ({ plan }: { plan: CounterRefundPlan }, { container }) => {
    const tender = plan.tenders.find((candidate) => candidate.kind === "stored_value")
    if (!tender?.stored_value_operation_id)
      return new StepResponse(null as CounterStoredValueRefund, null)
    const storedValue: StoredValueModuleService = container.resolve(STORED_VALUE_MODULE)
    const result = await storedValue.refund({
      idempotency_key: `counter-refund:${plan.refund_id}`,
      operation_id: tender.stored_value_operation_id,
      amount: tender.amount,
      branch_id: plan.branch_id,
      reference_type: "order",
      reference_id: plan.order_id,
      reason: plan.reason,
      created_by: plan.created_by,
    })
    const refund: CounterStoredValueRefund = {
      operation_id: result.operation_id,
      account_id: result.account_id,
      principal_amount: canonical(Math.abs(Number(result.principal_delta))),
      bonus_amount: canonical(Math.abs(Number(result.bonus_delta))),
    }
    return new StepResponse(refund, result.replayed ? null : result.operation_id)
  },
  async (operationId, { container }) => {
    if (!operationId) return
    const storedValue: StoredValueModuleService = container.resolve(STORED_VALUE_MODULE)
    await storedValue.compensate(operationId, { reason: "The counter refund failed" })
  }
)

export const returnCounterSessionsStepId = "return-counter-sessions"
/**
 * This step gives refunded package sessions back to their package (a reversal entry: the session
 * and its value return; keyed by the refund and entry, so a retry returns nothing twice).
 * Compensation takes them again (the reversal's own compensating operation).
 */
export const returnCounterSessionsStep = createStep(
  returnCounterSessionsStepId,
  async ({ plan }: { plan: CounterRefundPlan }, { container }) => {
    const packages: ServicePackageModuleService = container.resolve(SERVICE_PACKAGE_MODULE)
    const packageIds: string[] = []
    const operations: string[] = []
    try {
      for (const session of plan.sessions) {
        const result = await packages.reverseEntry({
          idempotency_key: `counter-refund:${plan.refund_id}:${session.entry_id}`,
          key_scope: "system",
          author_type: "user",
          author_id: plan.created_by,
          package_id: session.package_id,
          entry_id: session.entry_id,
          reason: `Refunded at the counter: ${plan.reason}`,
        })
        if (result.created) operations.push(result.operation_id)
        packageIds.push(session.package_id)
      }
    } catch (error) {
      for (const operationId of operations) await packages.compensateOperation(operationId)
      throw error
    }
    return new StepResponse(packageIds, operations)
  },
  async (operations, { container }) => {
    if (!operations?.length) return
    const packages: ServicePackageModuleService = container.resolve(SERVICE_PACKAGE_MODULE)
    for (const operationId of operations) await packages.compensateOperation(operationId)
  }
)
