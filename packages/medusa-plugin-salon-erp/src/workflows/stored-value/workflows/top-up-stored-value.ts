import {
  WorkflowResponse,
  createHook,
  createWorkflow,
  transform,
} from "@medusajs/framework/workflows-sdk"
import type { MovementContext } from "../../../modules/stored-value/types"
import { moveStoredValueStep } from "../steps/move-stored-value"
import { resolveRechargePlanStep } from "../steps/resolve-recharge-plan"
import { validateStoredValueCustomerStep } from "../steps/validate-stored-value-customer"
import { publishOutboxEventsStep } from "../../outbox/steps/publish-outbox-events"

export type TopUpStoredValueWorkflowInput = MovementContext & {
  idempotency_key: string
  customer_id: string
  currency_code: string
  /** A recharge plan (pay X, get X + bonus) … */
  plan_id?: string | null
  /** … or amounts given at the counter. */
  principal_amount?: string | number | null
  bonus_amount?: string | number | null
  bonus_validity_days?: number | null
  quantity?: number
  /** Online: what the order line actually cost after discounts. */
  paid_amount?: string | number | null
  order_id?: string | null
  line_item_id?: string | null
}

export const topUpStoredValueWorkflowId = "top-up-stored-value"
/**
 * This workflow credits a member's stored value: from a recharge plan or given amounts, recording
 * how they paid and who sold it, and emits `stored_value.topped_up` (not on a replayed key).
 *
 * Hook `storedValueToppedUp` ({ result, input }): runs after the credit, before its event is
 * published; a handler that throws reverses the credit.
 */
export const topUpStoredValueWorkflow = createWorkflow(
  topUpStoredValueWorkflowId,
  (input: TopUpStoredValueWorkflowInput) => {
    validateStoredValueCustomerStep({
      customer_id: input.customer_id,
      branch_id: input.branch_id,
      staff_member_id: input.staff_member_id,
      amounts: [{ field: "bonus_amount", value: input.bonus_amount }],
    })
    const terms = resolveRechargePlanStep({
      plan_id: input.plan_id,
      currency_code: input.currency_code,
      quantity: input.quantity,
      paid_amount: input.paid_amount,
      principal_amount: input.principal_amount,
      bonus_amount: input.bonus_amount,
      bonus_validity_days: input.bonus_validity_days,
    })
    const move = transform({ input, terms }, ({ input, terms }) => ({
      action: "top_up" as const,
      data: {
        idempotency_key: input.idempotency_key,
        customer_id: input.customer_id,
        currency_code: input.currency_code,
        principal_amount: terms.principal_amount,
        bonus_amount: terms.bonus_amount,
        bonus_expires_at: terms.bonus_expires_at,
        branch_id: input.branch_id,
        staff_member_id: input.staff_member_id,
        payment_method: input.payment_method,
        reference_type: input.reference_type ?? (terms.plan_id ? "recharge_plan" : null),
        reference_id: input.reference_id ?? terms.plan_id,
        reason: input.reason,
        created_by: input.created_by,
        // The event reports the request as given, and what the plan and order were.
        event_context: {
          branch_id: input.branch_id,
          staff_member_id: input.staff_member_id,
          reference_type: input.reference_type,
          reference_id: input.reference_id,
          payment_method: input.payment_method,
          recharge_plan_id: terms.plan_id,
          order_id: input.order_id,
          line_item_id: input.line_item_id,
        },
      },
    }))
    const result = moveStoredValueStep(move)
    const storedValueToppedUp = createHook("storedValueToppedUp", { result, input })
    const aggregates = transform({ result }, ({ result }) => [result.account_id])
    publishOutboxEventsStep({ module: "stored_value", aggregate_ids: aggregates })
    return new WorkflowResponse(result, { hooks: [storedValueToppedUp] })
  }
)
