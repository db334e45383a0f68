import { ContainerRegistrationKeys, MathBN, MedusaError } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { canonical, formatAmount } from "../../../modules/counter/lib/money"
import type { NewCounterSaleLine } from "../../../modules/counter/types"
import type { CounterSalePlan } from "../../../lib/counter/sale-plan"

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Row = Record<string, any>

/** Query returns totals as numbers or BigNumber objects: canonical decimal strings. */
const amount = (value: unknown) =>
  canonical(
    (value && typeof value === "object" && "numeric" in (value as object)
      ? (value as { numeric: number }).numeric
      : (value as number | string | null)) ?? 0
  )

/** The order as the sale records it: its number, totals, and each planned line with its order line. */
export type CounterOrderFacts = {
  order_id: string
  order_display_id: number
  total: string
  discount_total: string
  subtotal: string
  /** By plan position. */
  lines: (Omit<NewCounterSaleLine, "package_entry_id" | "session_value"> & { position: number })[]
}

export const checkCounterOrderStepId = "check-counter-order"
/**
 * This step reads the order just created (promotions applied) and checks it can be paid as
 * asked: the tenders add up to its total exactly (the difference is named), and the manual
 * discount stays within the limit. Read-only: a refusal rolls the order back.
 */
export const checkCounterOrderStep = createStep(
  checkCounterOrderStepId,
  async ({ plan, order_id }: { plan: CounterSalePlan; order_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const {
      data: [order],
    } = await query.graph({
      entity: "order",
      fields: [
        "id",
        "display_id",
        "total",
        "subtotal",
        "discount_total",
        "items.id",
        "items.quantity",
        "items.unit_price",
        "items.total",
        "items.subtotal",
        "items.discount_total",
        "items.metadata",
      ],
      filters: { id: order_id },
    })
    const currency = plan.currency_code
    const total = amount(order.total)
    const tendered = plan.tenders.reduce(
      (sum, tender) => MathBN.add(sum, tender.amount),
      MathBN.convert(0)
    )
    if (!MathBN.eq(tendered, total)) {
      const difference = MathBN.sub(total, tendered)
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `tenders add up to ${formatAmount(canonical(tendered), currency)} but the sale comes to ${formatAmount(total, currency)}: ${MathBN.gt(difference, 0) ? `${formatAmount(canonical(difference), currency)} still to pay` : `${formatAmount(canonical(MathBN.mult(difference, -1)), currency)} too much (give change on a cash tender with "tendered")`}`
      )
    }
    const subtotal = amount(order.subtotal)
    if (plan.manual_discount) {
      // Tips and lines paid by sessions take no discount.
      const discountable = plan.lines
        .filter((line) => line.line_type !== "tip")
        .reduce(
          (sum, line) => MathBN.add(sum, MathBN.mult(line.unit_price, line.quantity)),
          MathBN.convert(0)
        )
      if (MathBN.gt(plan.manual_discount.amount, discountable)) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `manual_discount.amount: ${formatAmount(plan.manual_discount.amount, currency)} is more than the lines it can apply to (${formatAmount(canonical(discountable), currency)}; tips and package sessions take no discount)`
        )
      }
      const percent = plan.max_manual_discount_percent
      const limit = MathBN.div(MathBN.mult(subtotal, percent), 100)
      if (MathBN.gt(plan.manual_discount.amount, limit)) {
        throw new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `manual_discount.amount: ${formatAmount(plan.manual_discount.amount, currency)} is more than ${percent}% of the sale (${formatAmount(canonical(limit.decimalPlaces(2, 1)), currency)})`
        )
      }
    }
    const itemByPosition = new Map(
      ((order.items ?? []) as Row[]).map((item) => [Number(item.metadata?.counter_line), item])
    )
    const facts: CounterOrderFacts = {
      order_id: order.id,
      order_display_id: Number(order.display_id),
      total,
      subtotal,
      discount_total: amount(order.discount_total),
      lines: plan.lines.map((line) => {
        const item = itemByPosition.get(line.position)!
        return {
          position: line.position,
          order_line_id: item.id,
          line_type: line.line_type,
          title: line.title,
          quantity: line.quantity,
          unit_price: line.unit_price,
          discount_amount: amount(item.discount_total),
          net_amount: amount(item.total),
          staff_member_id: line.staff_member_id,
          is_designated: line.is_designated,
          appointment_id: line.appointment_id,
          appointment_item_id: line.appointment_item_id,
          variant_id: line.variant_id,
          package_id: line.coverage?.package_id ?? null,
          package_item_id:
            line.coverage && "package_item_id" in line.coverage
              ? line.coverage.package_item_id
              : null,
        }
      }),
    }
    return new StepResponse(facts)
  }
)
