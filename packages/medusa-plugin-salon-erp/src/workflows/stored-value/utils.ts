import { MathBN } from "@medusajs/framework/utils"
import type { MovementContext, OperationResult } from "../../modules/stored-value/types"
import type { StoredValueEventData } from "./events"

/** The event payload for an operation, with the context it was made in. */
export function storedValueEventData(
  result: OperationResult,
  context: MovementContext & {
    target_operation_id?: string | null
    recharge_plan_id?: string | null
    order_id?: string | null
    line_item_id?: string | null
  }
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
