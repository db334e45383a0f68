import { MathBN } from "@medusajs/framework/utils"
import type { OutboxEventDraft } from "../../lib/outbox"
import type { MovementContext, OperationResult, StoredValueOperationKind } from "./types"

/** Events the stored value capability emits; payloads are documented in docs/stored-value.md. */
export const StoredValueWorkflowEvents = {
  TOPPED_UP: "stored_value.topped_up",
  SPENT: "stored_value.spent",
  REFUNDED: "stored_value.refunded",
  REVERSED: "stored_value.reversed",
  ADJUSTED: "stored_value.adjusted",
  BONUS_EXPIRED: "stored_value.bonus_expired",
  ACCOUNT_CLOSED: "stored_value.account_closed",
} as const

/** Payload of every stored_value.* event. Amounts are positive magnitudes of what moved. */
export type StoredValueEventData = {
  operation_id: string
  account_id: string
  customer_id: string
  currency_code: string
  /** Principal that moved (for a top-up: money paid; for a spend: paid money used). */
  principal_amount: string
  bonus_amount: string
  principal_balance: string
  bonus_balance: string
  branch_id: string | null
  staff_member_id: string | null
  reference_type: string | null
  reference_id: string | null
  payment_method: string | null
  /** For refunds and reversals: the operation undone. */
  target_operation_id?: string | null
  /** For top-ups sold from a recharge plan. */
  recharge_plan_id?: string | null
  /** For top-ups bought online: the order line that paid for it. */
  order_id?: string | null
  line_item_id?: string | null
}

/** What an operation's event reports where it differs from what its ledger entries record. */
export type StoredValueEventContext = {
  branch_id?: string | null
  staff_member_id?: string | null
  reference_type?: string | null
  reference_id?: string | null
  payment_method?: string | null
  target_operation_id?: string | null
  recharge_plan_id?: string | null
  order_id?: string | null
  line_item_id?: string | null
}

/** The event each kind of operation emits (an opening balance migrated in emits none). */
export const STORED_VALUE_EVENT_BY_KIND: Partial<Record<StoredValueOperationKind, string>> = {
  top_up: StoredValueWorkflowEvents.TOPPED_UP,
  spend: StoredValueWorkflowEvents.SPENT,
  refund: StoredValueWorkflowEvents.REFUNDED,
  reversal: StoredValueWorkflowEvents.REVERSED,
  adjustment: StoredValueWorkflowEvents.ADJUSTED,
  expiry: StoredValueWorkflowEvents.BONUS_EXPIRED,
  closure: StoredValueWorkflowEvents.ACCOUNT_CLOSED,
}

/** The event payload for an operation, with the context it was made in. */
export function storedValueEventData(
  result: Omit<OperationResult, "account">,
  context: MovementContext & StoredValueEventContext
): StoredValueEventData {
  return {
    operation_id: result.operation_id,
    account_id: result.account_id,
    customer_id: result.customer_id,
    currency_code: result.currency_code,
    principal_amount: MathBN.abs(result.principal_delta).toFixed(),
    bonus_amount: MathBN.abs(result.bonus_delta).toFixed(),
    principal_balance: result.principal_balance,
    bonus_balance: result.bonus_balance,
    branch_id: context.branch_id ?? null,
    staff_member_id: context.staff_member_id ?? null,
    reference_type: context.reference_type ?? null,
    reference_id: context.reference_id ?? null,
    payment_method: context.payment_method ?? null,
    target_operation_id: context.target_operation_id ?? null,
    recharge_plan_id: context.recharge_plan_id ?? null,
    order_id: context.order_id ?? null,
    line_item_id: context.line_item_id ?? null,
  }
}

/** The outbox event an operation stages in its own transaction (null for kinds without one). */
export function storedValueOutboxEvent(
  result: Omit<OperationResult, "account">,
  context: MovementContext,
  targetOperationId: string | null | undefined
): OutboxEventDraft | null {
  const eventName = STORED_VALUE_EVENT_BY_KIND[result.kind]
  if (!eventName) {
    return null
  }
  const data: StoredValueEventData & Record<string, unknown> = storedValueEventData(result, {
    ...context,
    target_operation_id: targetOperationId ?? null,
    ...context.event_context,
  })
  if (result.kind === "closure") {
    data.principal_refunded = result.entries[0]?.principal_amount.replace("-", "") ?? "0"
    data.bonus_forfeited = (result.entries[1]?.bonus_amount ?? "0").replace("-", "")
  }
  return { event_name: eventName, aggregate_id: result.account_id, data }
}
