import type { MedusaResponse } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { COUNTER_MODULE } from "../../../modules/counter"
import { currencyDecimals } from "../../../modules/counter/lib/money"
import type {
  SettlementFigures,
  SettlementFilter,
} from "../../../modules/counter/repositories/settlement-repository"
import type CounterModuleService from "../../../modules/counter/service"
import type {
  AdminSettlementReport,
  AdminZReportShift,
  CounterReportKind,
} from "../../../types/counter/reports"
import { csvRows } from "../../utils/csv"

type Names = Map<string, string>

/** Names of the given ids of one entity (staff members, branches), in one query. */
async function namesOf(scope: MedusaContainer, entity: string, ids: string[]): Promise<Names> {
  if (!ids.length) return new Map()
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity, fields: ["id", "name"], filters: { id: ids } })
  return new Map((data as { id: string; name: string }[]).map((row) => [row.id, row.name]))
}

/** The branch (name and code), or 404 naming the id. */
export async function branchOrNotFound(scope: MedusaContainer, id: string) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [branch],
  } = await query.graph({ entity: "branch", fields: ["id", "name", "code"], filters: { id } })
  if (!branch) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Branch with id: ${id} was not found`)
  }
  return branch as { id: string; name: string; code: string }
}

export type ReportScope = {
  kind: CounterReportKind
  filter: SettlementFilter
  month?: string
  branch?: { id: string; name: string } | null
}

/** The figures of the filter, with staff and branch names instead of bare ids. */
export async function settlementReport(
  scope: MedusaContainer,
  { kind, filter, month, branch }: ReportScope
): Promise<AdminSettlementReport> {
  const counter = scope.resolve<CounterModuleService>(COUNTER_MODULE)
  const figures: SettlementFigures = await counter.getSettlementReport(filter)
  const staffIds = figures.staff.flatMap((row) =>
    row.staff_member_id ? [row.staff_member_id] : []
  )
  const [staffNames, branchNames] = await Promise.all([
    namesOf(scope, "staff_member", staffIds),
    namesOf(
      scope,
      "branch",
      figures.branches.map((row) => row.branch_id)
    ),
  ])
  const days = figures.days.map((day) => day.business_date)
  return {
    kind,
    from_date: filter.from_date ?? days[0] ?? null,
    to_date: filter.to_date ?? days[days.length - 1] ?? null,
    month: month ?? null,
    branch_id: branch?.id ?? null,
    branch_name: branch?.name ?? null,
    currency_code: figures.currency_codes[0] ?? null,
    generated_at: new Date().toISOString(),
    ...figures,
    staff: figures.staff.map((row) => ({
      ...row,
      staff_name: row.staff_member_id
        ? (staffNames.get(row.staff_member_id) ?? "Unknown staff member")
        : "Unassigned",
    })),
    branches: figures.branches.map((row) => ({
      ...row,
      branch_name: branchNames.get(row.branch_id) ?? "Unknown branch",
    })),
  }
}

// ------------------------------------------------------------------------------------- CSV

/** The CSV's columns: one row per figure, readable in a spreadsheet. */
export const SETTLEMENT_CSV_COLUMNS = ["section", "key", "label", "quantity", "amount"] as const

type CsvRow = {
  section: string
  key: string
  label: string
  quantity?: number | null
  amount?: number | string | null
}

const TENDER_LABELS: Record<string, string> = {
  cash: "Cash",
  card: "Card",
  wechat_pay: "WeChat Pay",
  alipay: "Alipay",
  bank_transfer: "Bank transfer",
  stored_value: "Stored value",
}
const LINE_LABELS: Record<string, string> = {
  service: "Services",
  product: "Retail",
  package: "Packages",
  top_up: "Stored value top-ups",
  tip: "Tips",
}

/** The rows of a report (and of a shift's drawer, for a Z report), signed amounts. */
function csvRowsOf(report: AdminSettlementReport, shift?: AdminZReportShift): CsvRow[] {
  const currency = report.currency_code ?? shift?.currency_code ?? "cny"
  const decimals = currencyDecimals(currency)
  const money = (value: number | null | undefined) =>
    value === null || value === undefined ? null : value.toFixed(decimals)
  const rows: CsvRow[] = []
  const push = (
    section: string,
    key: string,
    label: string,
    quantity: number | null,
    amount: number | null
  ) => rows.push({ section, key, label, quantity, amount: money(amount) })
  const meta = (key: string, label: string, value: string | null) =>
    rows.push({ section: "report", key, label: `${label}: ${value ?? "—"}` })

  meta("kind", "Report", shift ? "Z report (shift)" : `${report.kind} settlement`)
  meta("period", "Business days", `${report.from_date ?? "—"} to ${report.to_date ?? "—"}`)
  meta("branch", "Branch", shift?.branch_name ?? report.branch_name ?? "All branches (chain)")
  if (shift) meta("register", "Register", shift.register_name)
  meta("currency", "Currency", currency.toUpperCase())
  meta("generated_at", "Generated", report.generated_at)

  push(
    "sales",
    "count",
    "Sales completed (quantity) and their totals",
    report.sales.count,
    report.sales.total
  )
  push("sales", "customers", "Clients served", report.sales.customers, null)
  push("sales", "change_given", "Change given", null, report.sales.change_given)

  for (const tender of report.tenders) {
    const label = TENDER_LABELS[tender.kind] ?? tender.kind
    push("tenders", `${tender.kind}.sales`, `${label}: taken`, tender.payments, tender.sales)
    push(
      "tenders",
      `${tender.kind}.refunds`,
      `${label}: refunded`,
      tender.refund_payments,
      -tender.refunds
    )
    push("tenders", `${tender.kind}.net`, `${label}: net`, null, tender.net)
  }
  push("takings", "sales", "All tenders: taken", null, report.takings.sales)
  push("takings", "refunds", "All tenders: refunded", null, -report.takings.refunds)
  push("takings", "net", "All tenders: net takings", null, report.takings.net)

  for (const line of report.line_types) {
    const label = LINE_LABELS[line.line_type] ?? line.line_type
    push(
      "line_types",
      `${line.line_type}.sold`,
      `${label}: sold`,
      line.sold_quantity,
      line.sold_amount
    )
    push(
      "line_types",
      `${line.line_type}.refunded`,
      `${label}: refunded`,
      -line.refunded_quantity,
      -line.refunded_amount
    )
    push("line_types", `${line.line_type}.net`, `${label}: net`, line.net_quantity, line.net_amount)
    push("line_types", `${line.line_type}.discount`, `${label}: discounts`, null, line.discount)
  }

  for (const staff of report.staff) {
    const key = staff.staff_member_id ?? "unassigned"
    const name = staff.staff_name
    push(
      "staff",
      `${key}.services`,
      `${name}: services`,
      staff.services_count,
      staff.services_amount
    )
    push(
      "staff",
      `${key}.sessions`,
      `${name}: package sessions redeemed (value)`,
      staff.sessions_redeemed,
      staff.session_value
    )
    push("staff", `${key}.retail`, `${name}: retail`, staff.retail_quantity, staff.retail_amount)
    push(
      "staff",
      `${key}.prepaid`,
      `${name}: packages and top-ups sold`,
      null,
      staff.prepaid_amount
    )
    push("staff", `${key}.tips`, `${name}: tips`, null, staff.tips_amount)
    push("staff", `${key}.total`, `${name}: total`, null, staff.total_amount)
  }

  push(
    "discounts",
    "total",
    "Discounts",
    report.discounts.sales_with_manual,
    report.discounts.total
  )
  push("discounts", "promotions", "Promotions", null, report.discounts.promotions)
  push(
    "discounts",
    "manual",
    "Manual discounts (quantity: sales with one)",
    report.discounts.sales_with_manual,
    report.discounts.manual
  )

  push(
    "refunds",
    "count",
    "Refunds and voids (recorded amounts)",
    report.refunds.count,
    report.refunds.amount
  )
  push("refunds", "voids", "Of which voids", report.refunds.voids, null)
  push("refunds", "tendered", "Paid back through tenders", null, report.refunds.tendered)

  const sv = report.stored_value
  push("stored_value", "sold", "Stored value sold (top-ups)", sv.sold_quantity, sv.sold_amount)
  push("stored_value", "spent", "Stored value spent", null, sv.spent_amount)
  push("stored_value", "spent_principal", "Stored value spent: principal", null, sv.spent_principal)
  push("stored_value", "spent_bonus", "Stored value spent: bonus", null, sv.spent_bonus)

  const ps = report.package_sessions
  push("package_sessions", "sold", "Packages sold", ps.sold_quantity, ps.sold_amount)
  push(
    "package_sessions",
    "redeemed",
    "Package sessions redeemed (value)",
    ps.redeemed_count,
    ps.redeemed_value
  )

  for (const channel of report.channels) {
    push(
      "channels",
      channel.channel,
      `${channel.channel === "counter" ? "Counter" : "Online"}: sales and net takings`,
      channel.sales_count,
      channel.takings.net
    )
  }
  for (const branch of report.branches) {
    push(
      "branches",
      branch.branch_id,
      `${branch.branch_name}: sales and net takings`,
      branch.sales_count,
      branch.takings.net
    )
  }
  for (const day of report.days) {
    push(
      "days",
      day.business_date,
      `${day.business_date}: sales and net takings`,
      day.sales_count,
      day.takings.net
    )
  }

  if (shift) {
    const t = shift.totals
    push("drawer", "opening_float", "Opening float", null, t.opening_float)
    push("drawer", "sales", "Cash from sales (after change)", null, t.sales)
    push("drawer", "refunds", "Cash refunded", null, t.refunds)
    push("drawer", "paid_in", "Paid in", null, t.paid_in)
    push("drawer", "paid_out", "Paid out", null, t.paid_out)
    push("drawer", "expected_cash", "Expected cash", null, t.expected_cash)
    push("drawer", "counted_cash", "Counted cash", null, shift.counted_cash)
    push("drawer", "cash_difference", "Over (+) / short (−)", null, shift.cash_difference)
    push("drawer", "corrections", "Corrections after close", null, t.corrections)
  }

  push("check", "sales_total", "Sales' totals", null, report.check.sales_total)
  push("check", "sale_tenders", "Payments of the sales", null, report.check.sale_tenders)
  push("check", "difference", "Difference (expected 0)", null, report.check.difference)
  return rows
}

/** A file name safe in a Content-Disposition header. */
const safe = (text: string) => text.replace(/[^A-Za-z0-9_.-]+/g, "-").replace(/^-+|-+$/g, "")

/**
 * Answers the report as CSV: a UTF-8 byte order mark first (so spreadsheets read names in
 * Chinese), the columns, then one row per figure.
 */
export function sendSettlementCsv<Body>(
  response: MedusaResponse<Body>,
  filename: string,
  report: AdminSettlementReport,
  shift?: AdminZReportShift
) {
  // The route's JSON response type does not fit a file.
  const res = response as unknown as MedusaResponse<string>
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader("Content-Disposition", `attachment; filename="${safe(filename)}.csv"`)
  res.send(
    `\uFEFF${SETTLEMENT_CSV_COLUMNS.join(",")}\n` +
      csvRows(csvRowsOf(report, shift), SETTLEMENT_CSV_COLUMNS)
  )
}

/** "settlement-day-2026-12-07-JA" / "settlement-month-2026-12-chain". */
export const settlementFilename = (
  kind: "day" | "month",
  period: string,
  branch: { code: string } | null
) => `settlement-${kind}-${period}-${branch ? branch.code : "chain"}`
