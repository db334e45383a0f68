import { ContainerRegistrationKeys, MathBN, MedusaError } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { STORED_VALUE_MODULE } from "../../../modules/stored-value"
import { roundAmount } from "../../../modules/stored-value/lib/money"
import type StoredValueModuleService from "../../../modules/stored-value/service"
import type { OperationResult } from "../../../modules/stored-value/types"
import { type StoredValueEventData } from "../../../modules/stored-value/events"
import { storedValueEventData } from "../../../modules/stored-value/events"

export const creditOrderTopUpsStepId = "credit-order-top-ups"
/**
 * This step credits the top-ups an order bought: one operation per order line whose variant is
 * a recharge plan's, keyed by the line, so handling `order.placed` twice credits nothing twice.
 * Principal is what the line actually cost; the bonus follows the plan. Compensation reverses
 * what this run credited.
 */
export const creditOrderTopUpsStep = createStep(
  creditOrderTopUpsStepId,
  async (input: { order_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const service: StoredValueModuleService = container.resolve(STORED_VALUE_MODULE)
    const {
      data: [order],
    } = await query.graph({
      entity: "order",
      fields: [
        "id",
        "customer_id",
        "currency_code",
        "items.id",
        "items.variant_id",
        "items.quantity",
        // Order totals are only computed when the order's own total is asked for too.
        "total",
        "items.total",
      ],
      filters: { id: input.order_id },
    })
    if (!order) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Order with id: ${input.order_id} was not found`
      )
    }
    type Line = { id: string; variant_id: string | null; quantity: number; total: number }
    const items = (order.items ?? []).filter(Boolean) as Line[]
    // What the member paid for the line, after discounts.
    const paid = (item: Line) => item.total
    const variantIds = items.map((item) => item.variant_id).filter(Boolean) as string[]
    const plans = variantIds.length
      ? // A plan withdrawn after the customer paid still credits what they paid for.
        await service.listRechargePlans({ variant_id: variantIds }, { withDeleted: true })
      : []
    const events: StoredValueEventData[] = []
    const credited: string[] = []
    for (const item of items) {
      const plan = plans.find((candidate) => candidate.variant_id === item.variant_id)
      if (!plan || !order.customer_id) continue
      const currency = order.currency_code.toLowerCase()
      const bonusPerUnit =
        plan.bonus_type === "percent"
          ? MathBN.div(MathBN.mult(plan.pay_amount, plan.bonus_value), 100)
          : MathBN.convert(plan.bonus_value)
      const result: OperationResult = await service.topUp({
        idempotency_key: `order-line:${item.id}`,
        customer_id: order.customer_id,
        currency_code: currency,
        principal_amount: roundAmount(paid(item), currency),
        bonus_amount: roundAmount(MathBN.mult(bonusPerUnit, item.quantity), currency),
        bonus_expires_at: plan.bonus_validity_days
          ? new Date(Date.now() + plan.bonus_validity_days * 86_400_000)
          : null,
        reference_type: "line_item",
        reference_id: item.id,
        payment_method: "online",
        created_by: order.customer_id,
        event_context: {
          reference_type: "line_item",
          reference_id: item.id,
          payment_method: "online",
          recharge_plan_id: plan.id,
          order_id: order.id,
          line_item_id: item.id,
        },
      })
      if (!result.replayed) {
        credited.push(result.operation_id)
        events.push(
          storedValueEventData(result, {
            reference_type: "line_item",
            reference_id: item.id,
            payment_method: "online",
            recharge_plan_id: plan.id,
            order_id: order.id,
            line_item_id: item.id,
          })
        )
      }
    }
    return new StepResponse(events, credited)
  },
  async (credited, { container }) => {
    if (!credited?.length) {
      return
    }
    const service: StoredValueModuleService = container.resolve(STORED_VALUE_MODULE)
    for (const operationId of credited) {
      await service.compensate(operationId, { reason: "Order handling failed" })
    }
  }
)
