import { ContainerRegistrationKeys, MathBN, MedusaError } from "@medusajs/framework/utils"
import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { COUNTER_MODULE } from "../../../modules/counter"
import type CounterModuleService from "../../../modules/counter/service"
import { canonical } from "../../../modules/counter/lib/money"
import type {
  CounterRefundPlan,
  PlannedTenderRefund,
  RefundCounterSaleInput,
} from "../../../lib/counter/refund-plan"

const conflict = (message: string) => new MedusaError(MedusaError.Types.CONFLICT, message)
const invalid = (message: string) => new MedusaError(MedusaError.Types.INVALID_DATA, message)
const notFound = (message: string) => new MedusaError(MedusaError.Types.NOT_FOUND, message)

type Big = ReturnType<typeof MathBN.convert>
/** Rounded half up to cents (bignumber.js ROUND_HALF_UP). */
const cents = (value: Big) => value.decimalPlaces(2, 4)

export const planCounterRefundStepId = "plan-counter-refund"
/**
 * This step works out exactly what a refund gives back, before anything moves: for each chosen
 * line (units not refunded yet), its share of what was paid for it; the amount split over the
 * sale's tenders in proportion to what each still holds (a whole refund gives each tender back
 * entirely); the retail units going back on the branch's shelf; the package sessions returned.
 * Packages and top-ups sold are refunded from their own pages (their value may have been used).
 * Read-only.
 */
export const planCounterRefundStep = createStep(
  planCounterRefundStepId,
  async (input: RefundCounterSaleInput & { refund_id: string }, { container }) => {
    const counter: CounterModuleService = container.resolve(COUNTER_MODULE)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const [sale] = await counter.listCounterSales({ id: input.sale_id })
    if (sale.status !== "completed" || !sale.order_id) {
      throw conflict(
        `Counter sale ${sale.id} is ${sale.status}: only a completed sale can be refunded`
      )
    }
    const rows = await counter.listCounterSaleLines({ sale_id: sale.id })
    const tenderRows = await counter.listCounterTenders({ sale_id: sale.id })
    const saleLines = rows.filter((row) => !row.refund_id)
    const refundedOf = (lineId: string) => rows.filter((row) => row.reverses_line_id === lineId)
    const unitsLeft = (line: (typeof rows)[number]) =>
      Number(line.quantity) +
      refundedOf(line.id).reduce((sum, row) => sum + Number(row.quantity), 0)

    const requested =
      input.kind === "void"
        ? saleLines
            .filter((line) => unitsLeft(line) > 0)
            .map((line) => ({ line_id: line.id, quantity: undefined }))
        : input.lines
    if (!requested.length) throw conflict(`Counter sale ${sale.id} has nothing left to refund`)
    const lineIds = requested.map((wanted) => wanted.line_id)
    const repeated = lineIds.findIndex((id, index) => lineIds.indexOf(id) !== index)
    if (repeated >= 0) {
      throw invalid(
        `lines[${repeated}].line_id: ${lineIds[repeated]} is listed twice; give its quantity once`
      )
    }

    const lines: CounterRefundPlan["lines"] = []
    const sessions: CounterRefundPlan["sessions"] = []
    const restockVariants = new Map<string, number>()
    let total = MathBN.convert(0)
    for (const [index, wanted] of requested.entries()) {
      const line = saleLines.find((candidate) => candidate.id === wanted.line_id)
      if (!line)
        throw invalid(`lines[${index}].line_id: ${wanted.line_id} is not a line of sale ${sale.id}`)
      if (line.line_type === "package" || line.line_type === "top_up") {
        throw conflict(
          `lines[${index}]: ${line.title} was sold as a ${line.line_type.replace("_", " ")}; refund it from the client's ${line.line_type === "package" ? "service package" : "stored value"} page, where what was used is deducted`
        )
      }
      const left = unitsLeft(line)
      const quantity = wanted.quantity ?? left
      if (quantity < 1 || quantity > left) {
        throw conflict(
          `lines[${index}]: ${line.title} has ${left} unit(s) left to refund; asked for ${quantity}`
        )
      }
      const netLeft = refundedOf(line.id).reduce(
        (sum, row) => MathBN.add(sum, row.net_amount),
        MathBN.convert(line.net_amount)
      )
      const net =
        quantity === left
          ? netLeft
          : cents(MathBN.div(MathBN.mult(line.net_amount, quantity), line.quantity))
      const discount = cents(MathBN.div(MathBN.mult(line.discount_amount, quantity), line.quantity))
      total = MathBN.add(total, net)
      lines.push({
        reverses_line_id: line.id,
        order_line_id: line.order_line_id,
        line_type: line.line_type,
        title: line.title,
        quantity: -quantity,
        unit_price: canonical(line.unit_price),
        discount_amount: canonical(MathBN.mult(discount, -1)),
        net_amount: canonical(MathBN.mult(net, -1)),
        staff_member_id: line.staff_member_id,
        is_designated: line.is_designated,
        appointment_id: line.appointment_id,
        appointment_item_id: line.appointment_item_id,
        variant_id: line.variant_id,
        package_id: line.package_id,
        package_item_id: line.package_item_id,
        package_entry_id: line.package_entry_id,
        session_value:
          line.session_value === null ? null : canonical(MathBN.mult(line.session_value, -1)),
      })
      if (line.package_id && line.package_entry_id) {
        sessions.push({ package_id: line.package_id, entry_id: line.package_entry_id })
      }
      if (line.line_type === "product" && line.variant_id) {
        restockVariants.set(line.variant_id, (restockVariants.get(line.variant_id) ?? 0) + quantity)
      }
    }

    // What each tender still holds, and its share of the refund.
    const held = tenderRows
      .filter((row) => !row.refund_id)
      .sort((a, b) => Number(a.position) - Number(b.position))
      .map((tender) => ({
        tender,
        left: tenderRows
          .filter((row) => row.refund_id && row.payment_id === tender.payment_id)
          .reduce((sum, row) => MathBN.add(sum, row.amount), MathBN.convert(tender.amount)),
      }))
      .filter((entry) => MathBN.gt(entry.left, 0))
    const heldTotal = held.reduce((sum, entry) => MathBN.add(sum, entry.left), MathBN.convert(0))
    if (MathBN.gt(total, heldTotal)) {
      throw conflict(
        `Counter sale ${sale.id} holds ${canonical(heldTotal)} to refund; this refund is ${canonical(total)}`
      )
    }
    // Each tender's share in proportion to what it holds, rounded to cents and never above it;
    // what rounding leaves goes to the tenders that still have room, in order.
    const shares = held.map((entry) =>
      MathBN.min(cents(MathBN.div(MathBN.mult(total, entry.left), heldTotal)), entry.left)
    )
    let left = shares.reduce((sum, share) => MathBN.sub(sum, share), total)
    held.forEach((entry, index) => {
      if (MathBN.eq(left, 0)) return
      const room = MathBN.sub(entry.left, shares[index])
      const move = MathBN.lt(left, 0)
        ? MathBN.max(left, MathBN.mult(shares[index], -1))
        : MathBN.min(left, room)
      shares[index] = MathBN.add(shares[index], move)
      left = MathBN.sub(left, move)
    })
    const tenders: PlannedTenderRefund[] = []
    held.forEach((entry, index) => {
      if (MathBN.gt(shares[index], 0)) {
        tenders.push({
          kind: entry.tender.kind,
          payment_id: entry.tender.payment_id!,
          amount: canonical(shares[index]),
          stored_value_operation_id: entry.tender.stored_value_operation_id,
        })
      }
    })
    const cashBack = tenders
      .filter((tender) => tender.kind === "cash")
      .reduce((sum, tender) => MathBN.add(sum, tender.amount), MathBN.convert(0))
    if (MathBN.gt(cashBack, 0) && !input.shift_id) {
      throw invalid(
        "shift_id: cash goes back to the client; give the open shift whose drawer pays it"
      )
    }
    if (input.shift_id) {
      // The drawer is checked again under its lock when the refund is recorded.
      const [shift] = await counter.listCounterShifts({ id: input.shift_id })
      if (!shift) throw notFound(`Counter shift with id: ${input.shift_id} was not found`)
      if (shift.branch_id !== sale.branch_id || shift.currency_code !== sale.currency_code) {
        throw invalid(`shift_id: shift ${shift.id} is another branch's or currency's drawer`)
      }
      if (shift.status !== "open")
        throw conflict(`Counter shift ${shift.id} is closed: pay the refund from an open shift`)
      if (MathBN.gt(cashBack, 0)) {
        const totals = (await counter.getShiftTotals([shift.id])).get(shift.id)!
        if (MathBN.lt(totals.expected_cash, cashBack)) {
          throw conflict(
            `The drawer of shift ${shift.id} holds ${canonical(totals.expected_cash)} cash; this refund pays back ${canonical(cashBack)} in cash`
          )
        }
      }
    }

    const {
      data: [branch],
    } = await query.graph({
      entity: "branch",
      fields: ["id", "stock_location.id"],
      filters: { id: sale.branch_id },
    })
    const restock: CounterRefundPlan["restock"] = []
    if (restockVariants.size) {
      const { data: variants } = await query.graph({
        entity: "product_variant",
        fields: [
          "id",
          "manage_inventory",
          "inventory_items.inventory_item_id",
          "inventory_items.required_quantity",
        ],
        filters: { id: [...restockVariants.keys()] },
      })
      for (const variant of variants) {
        if (!variant.manage_inventory) continue
        for (const link of variant.inventory_items ?? []) {
          restock.push({
            inventory_item_id: link!.inventory_item_id,
            quantity: Number(link!.required_quantity ?? 1) * restockVariants.get(variant.id)!,
          })
        }
      }
    }

    const plan: CounterRefundPlan = {
      refund_id: input.refund_id,
      sale_id: sale.id,
      order_id: sale.order_id,
      branch_id: sale.branch_id,
      currency_code: sale.currency_code,
      stock_location_id: branch?.stock_location?.id ?? null,
      reason: input.reason,
      created_by: input.created_by,
      lines,
      tenders,
      restock,
      sessions,
      appointment_ids: [
        ...new Set(lines.map((line) => line.appointment_id).filter((id): id is string => !!id)),
      ],
    }
    return new StepResponse(plan)
  }
)
