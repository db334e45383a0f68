import { defineRouteConfig } from "@medusajs/admin-sdk"
import { StarSolid } from "@medusajs/icons"
import { Button, Container, Heading, Table, Tabs, Text, Tooltip } from "@medusajs/ui"
import { useMemo } from "react"
import { Link } from "react-router-dom"
import { type Bar, HorizontalBarChart } from "../../../components/commissions/bar-chart"
import { LocalDatePicker } from "../../../components/common/local-date-picker"
import { EmptyState, ErrorState, LoadingState } from "../../../components/common/page-states"
import { LEVEL_LABELS } from "../../../components/staff/staff-form"
import { SelectFilter } from "../../../components/layout/list-page"
import { BranchSelect } from "../../../components/stored-value/form-fields"
import { useLedgerNames } from "../../../components/stored-value/use-ledger-names"
import { useStaffPerformance } from "../../../hooks/api/commissions"
import { useStoreCurrencies } from "../../../hooks/api/core-resources"
import { currentPeriod, periodDays, shiftPeriod } from "../../../lib/commissions"
import {
  PERFORMANCE_RANKS,
  type PerformanceRank,
  type StaffPerformanceRow,
} from "../../../../types/commissions/http"
import { addAmounts, formatMoney, toNumber } from "../../../lib/stored-value"
import { addDays, dateToLocalString, daysBetween, formatMinutes } from "../../../lib/time"
import { BackLink } from "../../../components/common/back-link"
import { Stat } from "../../../components/common/figures"
import { useUrlParams } from "../../../lib/use-url-params"

type Metric = PerformanceRank | "service_value"

const METRICS: Record<Metric, { label: string; money: boolean; color: string }> = {
  commission: { label: "Commission", money: true, color: "bg-ui-tag-purple-icon" },
  sales: { label: "Sales", money: true, color: "bg-ui-tag-green-icon" },
  service_value: { label: "Service value", money: true, color: "bg-ui-tag-blue-icon" },
  services_performed: { label: "Services performed", money: false, color: "bg-ui-tag-orange-icon" },
  customers_served: { label: "Customers served", money: false, color: "bg-ui-tag-orange-icon" },
}
const METRIC_ORDER: Metric[] = [
  "commission",
  "sales",
  "service_value",
  "services_performed",
  "customers_served",
]

const RANK_LABELS: Record<PerformanceRank, string> = {
  commission: "Rank by commission",
  sales: "Rank by sales",
  services_performed: "Rank by services performed",
  customers_served: "Rank by customers served",
}

const DATE = /^\d{4}-\d{2}-\d{2}$/
const MAX_DAYS = 366

const metricValue = (row: StaffPerformanceRow, metric: Metric) =>
  metric === "services_performed" || metric === "customers_served"
    ? row[metric]
    : toNumber(row[metric])

/** "¥12.5K", "¥800": short money for the chart axis. */
const compactMoney = (value: number, currency: string) => {
  const number = new Intl.NumberFormat("en", {
    notation: "compact",
    maximumFractionDigits: 1,
  }).format(value)
  try {
    const symbol = new Intl.NumberFormat("zh-CN", {
      style: "currency",
      currency: currency.toUpperCase(),
    })
      .formatToParts(0)
      .find((part) => part.type === "currency")?.value
    return `${symbol ?? ""}${number}`
  } catch {
    return number
  }
}

/**
 * Staff performance over a date range: services performed, customers served, requested rate,
 * service value, sales and commission per staff member and branch, ranked, with a bar chart.
 */
const StaffPerformancePage = () => {
  const [params, setParam] = useUrlParams()
  const month = periodDays(currentPeriod())
  const from = DATE.test(params.get("from") ?? "") ? params.get("from")! : month.from
  const to = DATE.test(params.get("to") ?? "") ? params.get("to")! : month.to
  const branchId = params.get("branch_id") ?? ""
  const rankBy = PERFORMANCE_RANKS.includes(params.get("rank_by") as PerformanceRank)
    ? (params.get("rank_by") as PerformanceRank)
    : "commission"
  const metric = (
    METRIC_ORDER.includes(params.get("chart") as Metric) ? params.get("chart") : rankBy
  ) as Metric

  const reversed = to < from
  const tooLong = !reversed && daysBetween(from, to) > MAX_DAYS
  const names = useLedgerNames()
  const currencies = useStoreCurrencies()
  const currency =
    currencies.data?.find((entry) => entry.is_default)?.code ?? currencies.data?.[0]?.code ?? "cny"
  const { data, isLoading, error, refetch } = useStaffPerformance(
    { from, to, branch_id: branchId || undefined, rank_by: rankBy },
    { enabled: !reversed && !tooLong }
  )
  const rows = useMemo(() => data?.staff_performance.rows ?? [], [data])
  // A staff member working at several branches has a row per branch: name the branch then.
  const multiBranch = new Set(rows.map((row) => row.branch_id)).size > 1

  const bars: Bar[] = useMemo(
    () =>
      [...rows]
        .sort((a, b) => metricValue(b, metric) - metricValue(a, metric))
        .map((row) => {
          const value = metricValue(row, metric)
          return {
            key: `${row.staff_member_id}-${row.branch_id ?? ""}`,
            label: row.staff_member?.name ?? row.staff_member_id,
            sublabel: multiBranch ? names.branch(row.branch_id) : null,
            value,
            display: METRICS[metric].money ? formatMoney(value, currency) : String(value),
            hint: `${row.staff_member?.name ?? row.staff_member_id}: ${formatMoney(
              row.commission,
              currency
            )} commission on ${formatMoney(row.sales, currency)} sales and ${formatMoney(
              row.service_value,
              currency
            )} of services`,
          }
        }),
    [rows, metric, multiBranch, names, currency]
  )

  const totals = {
    services: rows.reduce((sum, row) => sum + row.services_performed, 0),
    designated: rows.reduce((sum, row) => sum + row.designated_services, 0),
    serviceValue: addAmounts(currency, ...rows.map((row) => row.service_value)),
    sales: addAmounts(currency, ...rows.map((row) => row.sales)),
    commission: addAmounts(currency, ...rows.map((row) => row.commission)),
  }

  const setRange = (range: { from: string; to: string }) => setParam(range)
  const today = dateToLocalString(new Date())

  return (
    <div className="flex flex-col gap-y-3">
      <BackLink to="/commissions" label="Statements" />
      <Container className="divide-y p-0">
        <div className="flex flex-col gap-y-4 px-6 py-4">
          <div>
            <Heading>Staff performance</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              Services performed and what each staff member sold, with the commission it earned, by
              when it happened. Statements count by month instead, and corrections made after a
              month closed count in a later month.
            </Text>
          </div>
          <div className="flex flex-wrap items-center gap-2">
            <div className="flex items-center gap-x-1">
              <LocalDatePicker
                aria-label="From"
                className="w-[150px]"
                value={from}
                onChange={(value) => setParam({ from: value || month.from })}
              />
              <Text size="small" className="text-ui-fg-muted">
                to
              </Text>
              <LocalDatePicker
                aria-label="To"
                className="w-[150px]"
                value={to}
                min={from}
                onChange={(value) => setParam({ to: value || month.to })}
              />
            </div>
            <Button size="small" variant="transparent" onClick={() => setRange(month)}>
              This month
            </Button>
            <Button
              size="small"
              variant="transparent"
              onClick={() => setRange(periodDays(shiftPeriod(currentPeriod(), -1)))}
            >
              Last month
            </Button>
            <Button
              size="small"
              variant="transparent"
              onClick={() => setRange({ from: addDays(today, -29), to: today })}
            >
              Last 30 days
            </Button>
            <div className="w-[200px]">
              <BranchSelect
                value={branchId}
                onChange={(value) => setParam({ branch_id: value })}
                noneLabel="All branches"
              />
            </div>
            <SelectFilter
              label="Rank by"
              className="w-[230px]"
              value={rankBy}
              onChange={(value) => setParam({ rank_by: value, chart: null })}
              options={PERFORMANCE_RANKS.map((rank) => ({ value: rank, label: RANK_LABELS[rank] }))}
            />
          </div>
          {(reversed || tooLong) && (
            <Text size="small" className="text-ui-fg-error">
              {reversed
                ? "The end date is before the start date."
                : "A report covers at most one year: shorten the range."}
            </Text>
          )}
        </div>
        {rows.length > 0 && (
          <div className="grid grid-cols-2 gap-4 px-6 py-4 md:grid-cols-4">
            <Stat size="xlarge" label="Services performed">
              {totals.services}
              {totals.services > 0 && (
                <Text as="span" size="small" className="text-ui-fg-subtle font-normal">
                  {" "}
                  · {Math.round((totals.designated / totals.services) * 1000) / 10}% requested
                </Text>
              )}
            </Stat>
            <Stat size="xlarge" label="Service value">
              {formatMoney(totals.serviceValue, currency)}
            </Stat>
            <Stat size="xlarge" label="Sales">
              {formatMoney(totals.sales, currency)}
            </Stat>
            <Stat size="xlarge" label="Commission">
              {formatMoney(totals.commission, currency)}
            </Stat>
          </div>
        )}
      </Container>

      <Container className="divide-y p-0">
        <div className="flex flex-wrap items-center justify-between gap-4 px-6 py-4">
          <Heading level="h2">{METRICS[metric].label} per staff member</Heading>
          <Tabs value={metric} onValueChange={(value) => setParam({ chart: value })}>
            <Tabs.List>
              {METRIC_ORDER.map((key) => (
                <Tabs.Trigger key={key} value={key}>
                  {METRICS[key].label}
                </Tabs.Trigger>
              ))}
            </Tabs.List>
          </Tabs>
        </div>
        <div className="px-6 py-4">
          {isLoading ? (
            <LoadingState />
          ) : error ? (
            <ErrorState error={error} onRetry={() => refetch()} />
          ) : (
            <HorizontalBarChart
              bars={bars}
              color={METRICS[metric].color}
              formatTick={(value) =>
                METRICS[metric].money ? compactMoney(value, currency) : String(Math.round(value))
              }
              emptyText="No services or sales in this range."
            />
          )}
        </div>
      </Container>

      <Container className="divide-y p-0">
        <div className="px-6 py-4">
          <Heading level="h2">Ranking</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Click a column with an arrow to rank by it.
          </Text>
        </div>
        {isLoading && <LoadingState />}
        {error && <ErrorState error={error} onRetry={() => refetch()} />}
        {data && !rows.length && (
          <EmptyState
            title="Nothing in this range"
            description="No completed service or attributed sale between these dates."
          />
        )}
        {rows.length > 0 && (
          <div className="overflow-x-auto">
            <Table>
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell className="w-12">#</Table.HeaderCell>
                  <Table.HeaderCell>Staff member</Table.HeaderCell>
                  {multiBranch && <Table.HeaderCell>Branch</Table.HeaderCell>}
                  <RankHeader
                    rank="services_performed"
                    label="Services"
                    current={rankBy}
                    onRank={(rank) => setParam({ rank_by: rank, chart: null })}
                  />
                  <RankHeader
                    rank="customers_served"
                    label="Customers"
                    current={rankBy}
                    onRank={(rank) => setParam({ rank_by: rank, chart: null })}
                  />
                  <Table.HeaderCell className="text-right">
                    <Tooltip content="Services the customer asked for this staff member (点客)">
                      <span>Requested</span>
                    </Tooltip>
                  </Table.HeaderCell>
                  <Table.HeaderCell className="text-right">Service time</Table.HeaderCell>
                  <Table.HeaderCell className="text-right">Service value</Table.HeaderCell>
                  <RankHeader
                    rank="sales"
                    label="Sales"
                    current={rankBy}
                    onRank={(rank) => setParam({ rank_by: rank, chart: null })}
                  />
                  <RankHeader
                    rank="commission"
                    label="Commission"
                    current={rankBy}
                    onRank={(rank) => setParam({ rank_by: rank, chart: null })}
                  />
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {rows.map((row) => (
                  <Table.Row key={`${row.staff_member_id}-${row.branch_id ?? ""}`}>
                    <Table.Cell className="tabular-nums">{row.rank}</Table.Cell>
                    <Table.Cell>
                      <div className="flex flex-col py-1">
                        <Link
                          to={`/staff/${row.staff_member_id}`}
                          className="txt-compact-small-plus text-ui-fg-interactive hover:text-ui-fg-interactive-hover"
                        >
                          {row.staff_member?.name ?? row.staff_member_id}
                        </Link>
                        <span className="txt-compact-xsmall text-ui-fg-subtle">
                          {row.staff_member ? LEVEL_LABELS[row.staff_member.level] : "Removed"}
                        </span>
                      </div>
                    </Table.Cell>
                    {multiBranch && (
                      <Table.Cell>
                        {row.branch_id ? (
                          names.branch(row.branch_id)
                        ) : (
                          <span className="text-ui-fg-subtle">No branch (online)</span>
                        )}
                      </Table.Cell>
                    )}
                    <Table.Cell className="text-right tabular-nums">
                      {row.services_performed}
                    </Table.Cell>
                    <Table.Cell className="text-right tabular-nums">
                      {row.customers_served}
                    </Table.Cell>
                    <Table.Cell className="text-right tabular-nums whitespace-nowrap">
                      {row.designated_services > 0 ? (
                        <span className="inline-flex items-center gap-x-1">
                          <StarSolid className="text-ui-tag-orange-icon h-3 w-3" />
                          {row.designated_services} · {row.designated_rate}%
                        </span>
                      ) : (
                        <span className="text-ui-fg-muted">—</span>
                      )}
                    </Table.Cell>
                    <Table.Cell className="text-right tabular-nums whitespace-nowrap">
                      {row.service_minutes ? formatMinutes(row.service_minutes) : "—"}
                    </Table.Cell>
                    <Table.Cell className="text-right tabular-nums whitespace-nowrap">
                      {formatMoney(row.service_value, currency)}
                    </Table.Cell>
                    <Table.Cell className="text-right tabular-nums whitespace-nowrap">
                      {formatMoney(row.sales, currency)}
                    </Table.Cell>
                    <Table.Cell className="txt-compact-small-plus text-right tabular-nums whitespace-nowrap">
                      {formatMoney(row.commission, currency)}
                    </Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </div>
        )}
      </Container>
    </div>
  )
}

const RankHeader = ({
  rank,
  label,
  current,
  onRank,
}: {
  rank: PerformanceRank
  label: string
  current: PerformanceRank
  onRank: (rank: PerformanceRank) => void
}) => (
  <Table.HeaderCell className="text-right">
    <button
      type="button"
      className={[
        "inline-flex items-center gap-x-1 whitespace-nowrap",
        current === rank ? "text-ui-fg-base" : "hover:text-ui-fg-base",
      ].join(" ")}
      aria-pressed={current === rank}
      onClick={() => onRank(rank)}
    >
      {label}
      <span aria-hidden>{current === rank ? "↓" : "↕"}</span>
    </button>
  </Table.HeaderCell>
)

export const config = defineRouteConfig({ label: "Staff performance", rank: 2 })

export default StaffPerformancePage
