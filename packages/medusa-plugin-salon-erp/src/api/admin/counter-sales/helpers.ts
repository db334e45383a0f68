import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type {
  AdminCounterRefund,
  AdminCounterSale,
  AdminCounterSaleLine,
  AdminCounterTender,
} from "../../../types/counter/sales"

// Query rows of the counter entities; amounts come back as numbers.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Row = Record<string, any>

export const adminCounterSaleFields = [
  "id",
  "status",
  "channel",
  "branch_id",
  "register_id",
  "shift_id",
  "currency_code",
  "customer_id",
  "order_id",
  "order_display_id",
  "total",
  "discount_total",
  "manual_discount_total",
  "manual_discount_reason",
  "change_given",
  "created_by",
  "completed_at",
  "business_date",
  "created_at",
]

const num = (value: unknown): number => Number(value ?? 0)
const numOrNull = (value: unknown): number | null =>
  value === null || value === undefined ? null : Number(value)

/** Sales as the admin shows them: lines, tenders and refunds, with staff, branch and client names. */
export async function describeCounterSales(
  scope: MedusaContainer,
  sales: Row[]
): Promise<AdminCounterSale[]> {
  if (!sales.length) return []
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const saleIds = sales.map((sale) => sale.id)
  const [{ data: lines }, { data: tenders }, { data: refunds }] = await Promise.all([
    query.graph({ entity: "counter_sale_line", fields: ["*"], filters: { sale_id: saleIds } }),
    query.graph({ entity: "counter_tender", fields: ["*"], filters: { sale_id: saleIds } }),
    query.graph({ entity: "counter_refund", fields: ["*"], filters: { sale_id: saleIds } }),
  ])
  const staffIds = [
    ...new Set(lines.map((line) => line.staff_member_id).filter((id): id is string => !!id)),
  ]
  const customerIds = [
    ...new Set(sales.map((sale) => sale.customer_id).filter((id): id is string => !!id)),
  ]
  const branchIds = [...new Set(sales.map((sale) => sale.branch_id))]
  const [{ data: staff }, { data: customers }, { data: branches }] = await Promise.all([
    staffIds.length
      ? query.graph({ entity: "staff_member", fields: ["id", "name"], filters: { id: staffIds } })
      : { data: [] as Row[] },
    customerIds.length
      ? query.graph({
          entity: "customer",
          fields: ["id", "first_name", "last_name", "email"],
          filters: { id: customerIds },
        })
      : { data: [] as Row[] },
    query.graph({ entity: "branch", fields: ["id", "name"], filters: { id: branchIds } }),
  ])
  const staffName = new Map(staff.map((member) => [member.id, member.name as string]))
  const customerName = new Map(
    customers.map((customer) => [
      customer.id,
      [customer.first_name, customer.last_name].filter(Boolean).join(" ") || customer.email,
    ])
  )
  const branchName = new Map(branches.map((branch) => [branch.id, branch.name as string]))
  // The sale's rows first, then each refund's, each in the order rung up.
  const byCreated = (a: Row, b: Row) =>
    new Date(a.created_at).getTime() - new Date(b.created_at).getTime() ||
    String(a.refund_id ?? "").localeCompare(String(b.refund_id ?? "")) ||
    Number(a.position ?? 0) - Number(b.position ?? 0)

  return sales.map((sale) => {
    const own = (rows: Row[]) => rows.filter((row) => row.sale_id === sale.id).sort(byCreated)
    const saleLines = own(lines)
    const refundedUnits = (lineId: string) =>
      saleLines
        .filter((line) => line.reverses_line_id === lineId)
        .reduce((sum, line) => sum - num(line.quantity), 0)
    const saleTenders = own(tenders)
    const paid = saleTenders.reduce((sum, tender) => sum + num(tender.amount), 0)
    const refunded = saleTenders
      .filter((tender) => tender.refund_id)
      .reduce((sum, tender) => sum - num(tender.amount), 0)
    return {
      id: sale.id,
      status: sale.status,
      channel: sale.channel,
      branch_id: sale.branch_id,
      branch_name: branchName.get(sale.branch_id) ?? null,
      register_id: sale.register_id,
      shift_id: sale.shift_id,
      currency_code: sale.currency_code,
      customer_id: sale.customer_id,
      customer_name: sale.customer_id ? (customerName.get(sale.customer_id) ?? null) : null,
      order_id: sale.order_id,
      order_display_id: numOrNull(sale.order_display_id),
      total: num(sale.total),
      discount_total: num(sale.discount_total),
      manual_discount_total: num(sale.manual_discount_total),
      manual_discount_reason: sale.manual_discount_reason,
      change_given: num(sale.change_given),
      paid_total: Math.round(paid * 100) / 100,
      refunded_total: Math.round(refunded * 100) / 100,
      created_by: sale.created_by,
      completed_at: sale.completed_at,
      business_date: sale.business_date,
      created_at: sale.created_at,
      lines: saleLines.map((line): AdminCounterSaleLine => ({
        id: line.id,
        refund_id: line.refund_id,
        reverses_line_id: line.reverses_line_id,
        order_line_id: line.order_line_id,
        line_type: line.line_type,
        title: line.title,
        quantity: num(line.quantity),
        unit_price: num(line.unit_price),
        discount_amount: num(line.discount_amount),
        net_amount: num(line.net_amount),
        staff_member_id: line.staff_member_id,
        staff_member_name: line.staff_member_id
          ? (staffName.get(line.staff_member_id) ?? null)
          : null,
        is_designated: !!line.is_designated,
        appointment_id: line.appointment_id,
        appointment_item_id: line.appointment_item_id,
        variant_id: line.variant_id,
        package_id: line.package_id,
        package_item_id: line.package_item_id,
        package_entry_id: line.package_entry_id,
        session_value: numOrNull(line.session_value),
        refundable_quantity: line.refund_id ? null : num(line.quantity) - refundedUnits(line.id),
      })),
      tenders: saleTenders.map((tender): AdminCounterTender => ({
        id: tender.id,
        refund_id: tender.refund_id,
        kind: tender.kind,
        amount: num(tender.amount),
        tendered: numOrNull(tender.tendered),
        change: numOrNull(tender.change),
        reference: tender.reference,
        payment_id: tender.payment_id,
        payment_refund_id: tender.payment_refund_id,
        stored_value_operation_id: tender.stored_value_operation_id,
        principal_amount: numOrNull(tender.principal_amount),
        bonus_amount: numOrNull(tender.bonus_amount),
        created_at: tender.created_at,
      })),
      refunds: own(refunds).map((refund): AdminCounterRefund => ({
        id: refund.id,
        kind: refund.kind,
        status: refund.status,
        reason: refund.reason,
        staff_member_id: refund.staff_member_id,
        created_by: refund.created_by,
        shift_id: refund.shift_id,
        amount: num(refund.amount),
        completed_at: refund.completed_at,
        created_at: refund.created_at,
      })),
    }
  })
}

/** One sale as the admin shows it, or 404. */
export async function refetchCounterSale(
  scope: MedusaContainer,
  id: string
): Promise<AdminCounterSale> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [sale],
  } = await query.graph({
    entity: "counter_sale",
    fields: adminCounterSaleFields,
    filters: { id },
  })
  if (!sale) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Counter sale with id: ${id} was not found`)
  }
  const [described] = await describeCounterSales(scope, [sale])
  return described
}
