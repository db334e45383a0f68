import { Container, Table, Text, Tooltip } from "@medusajs/ui"
import type { ReactNode } from "react"
import type { CounterSaleLineType, CounterTenderKind } from "../../../../../types/counter/sales"
import type { AdminSettlementReport } from "../../../../../types/counter/reports"
import { EmptyState } from "../../../../components/common/page-states"
import { SectionHeader } from "../../../../components/common/section-header"
import { formatMoney } from "../../../../lib/stored-value"
import { formatDate } from "../../../../lib/time"

export const SETTLEMENT_TENDER_LABELS: Record<CounterTenderKind, string> = {
  cash: "Cash",
  card: "Card",
  wechat_pay: "WeChat Pay",
  alipay: "Alipay",
  bank_transfer: "Bank transfer",
  stored_value: "Stored value",
}

export const LINE_TYPE_LABELS: Record<CounterSaleLineType, string> = {
  service: "Services",
  product: "Retail",
  package: "Packages",
  top_up: "Stored value top-ups",
  tip: "Tips",
}

type SectionProps = { report: AdminSettlementReport; currency: string }

const Amount = ({
  value,
  currency,
  negative = false,
  strong = false,
}: {
  value: number
  currency: string
  /** Shown as money going out ("−¥45.00"), in the error colour when not zero. */
  negative?: boolean
  strong?: boolean
}) => (
  <span
    className={`tabular-nums ${negative && value ? "text-ui-fg-error" : ""} ${strong ? "txt-small-plus" : ""}`}
  >
    {formatMoney(negative ? -value : value, currency, { signed: negative && value !== 0 })}
  </span>
)

const Num = ({ value }: { value: number }) => <span className="tabular-nums">{value}</span>

const HeaderCell = ({ children, right = false }: { children: ReactNode; right?: boolean }) => (
  <Table.HeaderCell className={right ? "text-right" : undefined}>{children}</Table.HeaderCell>
)
const Cell = ({ children, right = false }: { children: ReactNode; right?: boolean }) => (
  <Table.Cell className={right ? "text-right" : undefined}>{children}</Table.Cell>
)

/** A tile of the summary row. */
const Tile = ({ label, value, hint }: { label: string; value: ReactNode; hint?: ReactNode }) => (
  <div className="flex flex-col gap-y-1 px-6 py-4">
    <Text size="small" className="text-ui-fg-subtle">
      {label}
    </Text>
    <Text size="xlarge" weight="plus" className="tabular-nums">
      {value}
    </Text>
    {hint && (
      <Text size="xsmall" className="text-ui-fg-muted">
        {hint}
      </Text>
    )}
  </div>
)

/** Net takings, sales, refunds and discounts at a glance; a warning if sales and payments differ. */
export const SummaryTiles = ({ report, currency }: SectionProps) => (
  <>
    <div className="grid grid-cols-2 divide-x md:grid-cols-4">
      <Tile
        label="Net takings"
        value={formatMoney(report.takings.net, currency)}
        hint={`${formatMoney(report.takings.sales, currency)} taken − ${formatMoney(report.takings.refunds, currency)} refunded`}
      />
      <Tile
        label="Sales"
        value={report.sales.count}
        hint={`${formatMoney(report.sales.total, currency)} · ${report.sales.customers} clients`}
      />
      <Tile
        label="Refunds"
        value={report.refunds.count}
        hint={`${formatMoney(report.refunds.tendered, currency)} paid back${report.refunds.voids ? ` · ${report.refunds.voids} voids` : ""}`}
      />
      <Tile
        label="Discounts"
        value={formatMoney(report.discounts.total, currency)}
        hint={`Promotions ${formatMoney(report.discounts.promotions, currency)} · manual ${formatMoney(report.discounts.manual, currency)}`}
      />
    </div>
    {report.check.difference !== 0 && (
      <div className="bg-ui-bg-subtle px-6 py-3">
        <Text size="small" className="text-ui-fg-error">
          The sales' totals ({formatMoney(report.check.sales_total, currency)}) and their payments (
          {formatMoney(report.check.sale_tenders, currency)}) differ by{" "}
          {formatMoney(report.check.difference, currency)}.
        </Text>
      </div>
    )}
  </>
)

/** Takings by tender: what each took, paid back and kept, and the grand total. */
export const TendersSection = ({ report, currency }: SectionProps) => (
  <Container className="divide-y p-0 print:break-inside-avoid">
    <SectionHeader
      title="Takings by tender"
      description="Every payment and refund recorded; the total is what the sales were paid."
    />
    <Table>
      <Table.Header>
        <Table.Row>
          <HeaderCell>Tender</HeaderCell>
          <HeaderCell right>Payments</HeaderCell>
          <HeaderCell right>Taken</HeaderCell>
          <HeaderCell right>Refunded</HeaderCell>
          <HeaderCell right>Net</HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {report.tenders.map((tender) => (
          <Table.Row key={tender.kind}>
            <Cell>{SETTLEMENT_TENDER_LABELS[tender.kind]}</Cell>
            <Cell right>
              <Num value={tender.payments} />
              {tender.refund_payments ? (
                <span className="text-ui-fg-muted"> · {tender.refund_payments} back</span>
              ) : null}
            </Cell>
            <Cell right>
              <Amount value={tender.sales} currency={currency} />
            </Cell>
            <Cell right>
              <Amount value={tender.refunds} currency={currency} negative />
            </Cell>
            <Cell right>
              <Amount value={tender.net} currency={currency} strong />
            </Cell>
          </Table.Row>
        ))}
        <Table.Row className="bg-ui-bg-subtle">
          <Cell>
            <Text size="small" weight="plus">
              Total
            </Text>
          </Cell>
          <Cell right>
            <Num value={report.tenders.reduce((total, tender) => total + tender.payments, 0)} />
          </Cell>
          <Cell right>
            <Amount value={report.takings.sales} currency={currency} strong />
          </Cell>
          <Cell right>
            <Amount value={report.takings.refunds} currency={currency} negative />
          </Cell>
          <Cell right>
            <Amount value={report.takings.net} currency={currency} strong />
          </Cell>
        </Table.Row>
      </Table.Body>
    </Table>
  </Container>
)

/** Sold, refunded and net per kind of line (services, retail, packages, top-ups, tips). */
export const LineKindsSection = ({ report, currency }: SectionProps) => (
  <Container className="divide-y p-0 print:break-inside-avoid">
    <SectionHeader
      title="Sales by kind"
      description="What clients paid per kind, after discounts. Services paid by a package session count here at zero."
    />
    <Table>
      <Table.Header>
        <Table.Row>
          <HeaderCell>Kind</HeaderCell>
          <HeaderCell right>Sold</HeaderCell>
          <HeaderCell right>Amount</HeaderCell>
          <HeaderCell right>Refunded</HeaderCell>
          <HeaderCell right>Net</HeaderCell>
          <HeaderCell right>Discounts</HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {report.line_types.map((line) => (
          <Table.Row key={line.line_type}>
            <Cell>{LINE_TYPE_LABELS[line.line_type]}</Cell>
            <Cell right>
              <Num value={line.sold_quantity} />
            </Cell>
            <Cell right>
              <Amount value={line.sold_amount} currency={currency} />
            </Cell>
            <Cell right>
              {line.refunded_quantity ? (
                <span className="text-ui-fg-muted">{line.refunded_quantity} × </span>
              ) : null}
              <Amount value={line.refunded_amount} currency={currency} negative />
            </Cell>
            <Cell right>
              <Amount value={line.net_amount} currency={currency} strong />
            </Cell>
            <Cell right>
              <Amount value={line.discount} currency={currency} />
            </Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  </Container>
)

/** Per staff member: services (and package sessions), retail, prepaid sold and tips. */
export const StaffSection = ({ report, currency }: SectionProps) => (
  <Container className="divide-y p-0 print:break-inside-avoid">
    <SectionHeader
      title="By staff member"
      description="Net of refunds. Sessions: services paid by a package, at the session's prepaid value."
    />
    {report.staff.length ? (
      <Table>
        <Table.Header>
          <Table.Row>
            <HeaderCell>Staff member</HeaderCell>
            <HeaderCell right>Services</HeaderCell>
            <HeaderCell right>Sessions</HeaderCell>
            <HeaderCell right>Retail</HeaderCell>
            <HeaderCell right>Packages & top-ups</HeaderCell>
            <HeaderCell right>Tips</HeaderCell>
            <HeaderCell right>Total</HeaderCell>
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {report.staff.map((staff) => (
            <Table.Row key={staff.staff_member_id ?? "unassigned"}>
              <Cell>
                <span className={staff.staff_member_id ? "" : "text-ui-fg-muted"}>
                  {staff.staff_name}
                </span>
              </Cell>
              <Cell right>
                <span className="text-ui-fg-muted">{staff.services_count} · </span>
                <Amount value={staff.services_amount} currency={currency} />
              </Cell>
              <Cell right>
                <span className="text-ui-fg-muted">{staff.sessions_redeemed} · </span>
                <Amount value={staff.session_value} currency={currency} />
              </Cell>
              <Cell right>
                <span className="text-ui-fg-muted">{staff.retail_quantity} · </span>
                <Amount value={staff.retail_amount} currency={currency} />
              </Cell>
              <Cell right>
                <Amount value={staff.prepaid_amount} currency={currency} />
              </Cell>
              <Cell right>
                <Amount value={staff.tips_amount} currency={currency} />
              </Cell>
              <Cell right>
                <Amount value={staff.total_amount} currency={currency} strong />
              </Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    ) : (
      <EmptyState title="No sales" />
    )}
  </Container>
)

const FigureRow = ({ label, children }: { label: ReactNode; children: ReactNode }) => (
  <div className="grid grid-cols-2 items-start gap-x-4 px-6 py-3">
    <Text size="small" weight="plus" className="text-ui-fg-subtle">
      {label}
    </Text>
    <Text size="small" className="text-right tabular-nums" as="div">
      {children}
    </Text>
  </div>
)

/** Stored value sold against spent, and package sessions sold against redeemed. */
export const PrepaidSection = ({ report, currency }: SectionProps) => {
  const sv = report.stored_value
  const ps = report.package_sessions
  return (
    <div className="grid grid-cols-1 gap-3 md:grid-cols-2 print:break-inside-avoid">
      <Container className="divide-y p-0">
        <SectionHeader title="Stored value" description="Top-ups sold against balance spent." />
        <FigureRow label="Sold (top-ups)">
          {sv.sold_quantity} · {formatMoney(sv.sold_amount, currency)}
        </FigureRow>
        <FigureRow label="Spent">{formatMoney(sv.spent_amount, currency)}</FigureRow>
        <FigureRow label="of which principal">
          {formatMoney(sv.spent_principal, currency)}
        </FigureRow>
        <FigureRow label="of which bonus">{formatMoney(sv.spent_bonus, currency)}</FigureRow>
      </Container>
      <Container className="divide-y p-0">
        <SectionHeader
          title="Package sessions"
          description="Packages sold against sessions redeemed."
        />
        <FigureRow label="Packages sold">
          {ps.sold_quantity} · {formatMoney(ps.sold_amount, currency)}
        </FigureRow>
        <FigureRow label="Sessions redeemed">{ps.redeemed_count}</FigureRow>
        <FigureRow label="Prepaid value redeemed">
          {formatMoney(ps.redeemed_value, currency)}
        </FigureRow>
      </Container>
    </div>
  )
}

/** Counter against online sales, and (for the chain, or a month) each branch. */
export const ChannelsSection = ({
  report,
  currency,
  showBranches,
}: SectionProps & { showBranches: boolean }) => (
  <Container className="divide-y p-0 print:break-inside-avoid">
    <SectionHeader title={showBranches ? "By channel and branch" : "By channel"} />
    <Table>
      <Table.Header>
        <Table.Row>
          <HeaderCell>{showBranches ? "Channel / branch" : "Channel"}</HeaderCell>
          <HeaderCell right>Sales</HeaderCell>
          <HeaderCell right>Sales total</HeaderCell>
          <HeaderCell right>Refunded</HeaderCell>
          <HeaderCell right>Net takings</HeaderCell>
        </Table.Row>
      </Table.Header>
      <Table.Body>
        {[
          ...report.channels.map((channel) => ({
            key: channel.channel,
            label: channel.channel === "counter" ? "Counter" : "Online",
            ...channel,
          })),
          ...(showBranches
            ? report.branches.map((branch) => ({
                key: branch.branch_id,
                label: branch.branch_name,
                ...branch,
              }))
            : []),
        ].map((row) => (
          <Table.Row key={row.key}>
            <Cell>{row.label}</Cell>
            <Cell right>
              <Num value={row.sales_count} />
            </Cell>
            <Cell right>
              <Amount value={row.sales_total} currency={currency} />
            </Cell>
            <Cell right>
              <Amount value={row.takings.refunds} currency={currency} negative />
            </Cell>
            <Cell right>
              <Amount value={row.takings.net} currency={currency} strong />
            </Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  </Container>
)

/** Net takings per business day as vertical bars (plain elements, no chart library). */
export const DailyChart = ({ report, currency }: SectionProps) => {
  const top = Math.max(...report.days.map((day) => day.takings.net), 0)
  return (
    <Container className="divide-y p-0 print:break-inside-avoid">
      <SectionHeader
        title="Net takings per day"
        description={`Best day ${formatMoney(top, currency)}`}
      />
      <div className="px-6 py-4">
        <div className="flex h-40 items-end gap-x-px" role="img" aria-label="Net takings per day">
          {report.days.map((day) => {
            const height = top > 0 ? Math.max(0, day.takings.net / top) * 100 : 0
            return (
              <Tooltip
                key={day.business_date}
                content={`${formatDate(day.business_date)}: ${formatMoney(day.takings.net, currency)} · ${day.sales_count} sales`}
              >
                <div className="hover:bg-ui-bg-base-hover flex h-full flex-1 items-end">
                  <div
                    className="bg-ui-tag-blue-icon w-full rounded-t print:bg-black"
                    style={{ height: `${height}%`, minHeight: day.takings.net > 0 ? 2 : 0 }}
                  />
                </div>
              </Tooltip>
            )
          })}
        </div>
        <div className="text-ui-fg-muted txt-compact-xsmall mt-1 flex justify-between tabular-nums">
          <span>{report.days[0] ? formatDate(report.days[0].business_date) : ""}</span>
          <span>
            {report.days.length > 1
              ? formatDate(report.days[report.days.length - 1].business_date)
              : ""}
          </span>
        </div>
      </div>
    </Container>
  )
}
