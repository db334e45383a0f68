import { MathBN } from "@medusajs/framework/utils"
import { canonical } from "../../modules/counter/lib/money"
import type { CounterSalePlan, PlannedLine } from "./sale-plan"

/** Splits the manual discount over the discountable lines in proportion to their value. */
function manualDiscountShares(plan: CounterSalePlan): Map<number, string> {
  const shares = new Map<number, string>()
  if (!plan.manual_discount) return shares
  const lines = plan.lines.filter(
    (line) => line.line_type !== "tip" && MathBN.gt(line.unit_price, 0)
  )
  const value = (line: PlannedLine) => MathBN.mult(line.unit_price, line.quantity)
  const total = lines.reduce((sum, line) => MathBN.add(sum, value(line)), MathBN.convert(0))
  let left = MathBN.convert(plan.manual_discount.amount)
  lines.forEach((line, index) => {
    const share =
      index === lines.length - 1
        ? left
        : MathBN.div(MathBN.mult(plan.manual_discount!.amount, value(line)), total).decimalPlaces(
            2,
            1
          )
    left = MathBN.sub(left, share)
    shares.set(line.position, canonical(MathBN.min(share, value(line))))
  })
  return shares
}

/**
 * The order of a counter sale: on the branch's sales channel and region, every line priced as the
 * counter charges it (tax included) and handed over at the counter (no shipping); each line says
 * what it is in metadata (`salon_line_type`, `counter_line`, the staff member, the appointment)
 * and the order says where it was sold (`channel: "counter"`), so integrators can tell counter
 * sales from online orders.
 */
export function counterOrderInput(plan: CounterSalePlan) {
  const discounts = manualDiscountShares(plan)
  return {
    region_id: plan.region_id,
    sales_channel_id: plan.sales_channel_id,
    currency_code: plan.currency_code,
    ...(plan.customer_id ? { customer_id: plan.customer_id, email: plan.email ?? undefined } : {}),
    no_notification: true,
    promo_codes: plan.promo_codes,
    metadata: {
      channel: "counter",
      counter_sale_id: plan.sale_id,
      branch_id: plan.branch_id,
      register_id: plan.register_id,
      shift_id: plan.shift_id,
      // The tender that paid most, recorded on packages sold in the sale.
      payment_method:
        [...plan.tenders].sort((a, b) => Number(b.amount) - Number(a.amount))[0]?.kind ?? "cash",
    },
    items: plan.lines.map((line) => {
      const discount = discounts.get(line.position)
      return {
        title: line.title,
        ...(line.variant_id ? { variant_id: line.variant_id } : {}),
        quantity: line.quantity,
        unit_price: Number(line.unit_price),
        is_tax_inclusive: true,
        requires_shipping: false,
        metadata: {
          counter_line: line.position,
          salon_line_type: line.line_type,
          branch_id: plan.branch_id,
          staff_member_id: line.staff_member_id,
          ...(line.line_type === "product" && line.staff_member_id
            ? { sold_by_staff_member_id: line.staff_member_id }
            : {}),
          ...(line.appointment_id
            ? { appointment_id: line.appointment_id, appointment_item_id: line.appointment_item_id }
            : {}),
          ...(line.coverage ? { package_id: line.coverage.package_id } : {}),
        },
        ...(discount && MathBN.gt(discount, 0)
          ? {
              adjustments: [
                {
                  amount: Number(discount),
                  description: `Manual discount: ${plan.manual_discount!.reason}`,
                  is_tax_inclusive: true,
                },
              ],
            }
          : {}),
      }
    }),
  }
}
