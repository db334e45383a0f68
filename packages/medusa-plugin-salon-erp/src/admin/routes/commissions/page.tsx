import { defineRouteConfig } from "@medusajs/admin-sdk"
import {
  Adjustments,
  ArrowDownTray,
  ChartBar,
  LockClosedSolid,
  ReceiptPercent,
} from "@medusajs/icons"
import {
  Badge,
  Button,
  Container,
  Heading,
  StatusBadge,
  Table,
  Text,
  Tooltip,
  toast,
} from "@medusajs/ui"
import { useMemo, useState } from "react"
import { Link } from "react-router-dom"
import { ClosePeriodPrompt } from "../../components/commissions/close-period-prompt"
import { PeriodPicker } from "../../components/commissions/period-picker"
import {
  CommissionPeriodsSection,
  describePeriodTotals,
} from "../../components/commissions/periods-section"
import { SignedMoney } from "../../components/commissions/signed-money"
import { ENTRY_KIND_ORDER, StatementDrawer } from "../../components/commissions/statement-drawer"
import { TiersReached } from "../../components/commissions/tiers-reached"
import { EmptyState, ErrorState, LoadingState } from "../../components/common/page-states"
import { LEVEL_LABELS } from "../../components/staff/staff-form"
import { BranchSelect } from "../../components/stored-value/form-fields"
import { useLedgerNames } from "../../components/stored-value/use-ledger-names"
import {
  useCommissionPeriods,
  useCommissionRules,
  useCommissionStatements,
  useExportCommissionEntries,
} from "../../hooks/api/commissions"
import { useStoreCurrencies } from "../../hooks/api/core-resources"
import {
  KIND_META,
  PERIOD_PATTERN,
  PERIOD_STATUS_META,
  closeBlockedReason,
  currentPeriod,
  formatPeriod,
} from "../../lib/commissions"
import type { CommissionEntryKind, CommissionStatement } from "../../../types/commissions/http"
import { errorMessage } from "../../lib/errors"
import { addAmounts, formatInstant, formatMoney, toNumber } from "../../lib/stored-value"
import { Stat } from "../../components/common/figures"
import { useUrlParams } from "../../lib/use-url-params"

/**
 * Monthly commission statements: what each staff member earned in a month, by kind, with the
 * tier reached; the entries behind each statement; CSV for payroll; closing the month.
 */
const CommissionStatementsPage = () => {
  // Month, branch and the open statement live in the URL, so a view can be linked to.
  const [params, setParam] = useUrlParams()
  const requested = params.get("period") ?? ""
  const period = PERIOD_PATTERN.test(requested) ? requested : currentPeriod()
  const branchId = params.get("branch_id") ?? ""
  const openStaffId = params.get("staff")
  const [closing, setClosing] = useState(false)

  const names = useLedgerNames()
  const currencies = useStoreCurrencies()
  const defaultCurrency =
    currencies.data?.find((entry) => entry.is_default)?.code ?? currencies.data?.[0]?.code ?? "cny"
  const periods = useCommissionPeriods()
  const rules = useCommissionRules({ limit: 500 })
  const { data, isLoading, error, refetch } = useCommissionStatements({
    period,
    branch_id: branchId || undefined,
  })
  const exportCsv = useExportCommissionEntries()

  const result = data?.commission_statements
  // While another month loads, the previous month's data is kept: trust it only when it matches.
  const current = result?.period === period ? result : undefined
  const statements = useMemo(
    () =>
      [...(current?.statements ?? [])].sort(
        (a, b) =>
          toNumber(b.total_amount) - toNumber(a.total_amount) ||
          (a.staff_member?.name ?? "").localeCompare(b.staff_member?.name ?? "")
      ),
    [current]
  )
  const status = current?.status ?? "open"
  const periodRows = periods.data?.commission_periods ?? []
  const periodRow = periodRows.find((row) => row.period === period)
  const blocked = closeBlockedReason(period, status, periodRows)
  const retroactiveRules = (rules.data?.commission_rules ?? [])
    .filter((rule) => rule.is_active && rule.tier_mode === "retroactive" && rule.tiers?.length)
    .map((rule) => rule.name)

  const kinds = ENTRY_KIND_ORDER.filter((kind) => statements.some((s) => s.by_kind[kind]))
  const currenciesShown = [...new Set(statements.map((s) => s.currency_code))]

  const download = () =>
    exportCsv.mutate(
      { period, branch_id: branchId || undefined },
      {
        onSuccess: ({ filename }) => toast.success(`Downloaded ${filename}`),
        onError: (err) => toast.error("Could not export", { description: errorMessage(err) }),
      }
    )

  return (
    <div className="flex flex-col gap-y-3">
      <Container className="divide-y p-0">
        <div className="flex flex-col gap-y-4 px-6 py-4">
          <div className="flex flex-col items-start justify-between gap-2 lg:flex-row lg:items-center">
            <div className="min-w-0">
              <Heading>Commission statements</Heading>
              <Text size="small" className="text-ui-fg-subtle">
                What each staff member earned in a month, entry by entry. Close the month when
                payroll is done.
              </Text>
            </div>
            <div className="flex shrink-0 flex-wrap items-center gap-2">
              <Button size="small" variant="transparent" asChild>
                <Link to="/commissions/rules">
                  <Adjustments />
                  Rules
                </Link>
              </Button>
              <Button size="small" variant="transparent" asChild>
                <Link to="/commissions/performance">
                  <ChartBar />
                  Performance
                </Link>
              </Button>
              <Button
                size="small"
                variant="secondary"
                isLoading={exportCsv.isPending}
                disabled={!statements.length}
                onClick={download}
              >
                <ArrowDownTray />
                Export CSV
              </Button>
              <CloseButton blocked={blocked} onClick={() => setClosing(true)} />
            </div>
          </div>
          <div className="flex flex-wrap items-center gap-2">
            <PeriodPicker
              value={period}
              periods={periodRows}
              onChange={(value) => setParam({ period: value, staff: null })}
            />
            <div className="w-[200px]">
              <BranchSelect
                value={branchId}
                onChange={(value) => setParam({ branch_id: value })}
                noneLabel="All branches"
              />
            </div>
            <StatusBadge color={PERIOD_STATUS_META[status].color}>
              {PERIOD_STATUS_META[status].label}
            </StatusBadge>
            <Text size="small" className="text-ui-fg-subtle">
              {status === "closed" && current?.closed_at
                ? `Closed ${formatInstant(current.closed_at)}${
                    current.closed_by ? ` by ${names.user(current.closed_by)}` : ""
                  }: final. Later corrections count in the next open month.`
                : retroactiveRules.length
                  ? "Still changing. Retroactive tiers are paid when the month is closed."
                  : "Still changing as work is recorded."}
            </Text>
          </div>
        </div>
        {current && statements.length > 0 && (
          <Totals statements={statements} currencies={currenciesShown} />
        )}
        {isLoading && <LoadingState />}
        {error && <ErrorState error={error} onRetry={() => refetch()} />}
        {current && !statements.length && (
          <EmptyState
            title={`No commission in ${formatPeriod(period)}`}
            description={
              branchId
                ? "Nothing earned at this branch that month. Try all branches."
                : "Completed appointments and sales earn commission once rules are set."
            }
          />
        )}
        {statements.length > 0 && (
          <div className="overflow-x-auto">
            <Table>
              <Table.Header>
                <Table.Row>
                  <Table.HeaderCell>Staff member</Table.HeaderCell>
                  {kinds.map((kind) => (
                    <Table.HeaderCell key={kind} className="text-right">
                      <Tooltip content={KIND_META[kind].description}>
                        <span className="whitespace-nowrap">{KIND_META[kind].short}</span>
                      </Tooltip>
                    </Table.HeaderCell>
                  ))}
                  <Table.HeaderCell className="text-right">Base</Table.HeaderCell>
                  <Table.HeaderCell className="text-right">Commission</Table.HeaderCell>
                  <Table.HeaderCell className="text-right">Entries</Table.HeaderCell>
                  <Table.HeaderCell>Tier reached</Table.HeaderCell>
                </Table.Row>
              </Table.Header>
              <Table.Body>
                {statements.map((statement) => (
                  <StatementRow
                    key={`${statement.staff_member_id}-${statement.currency_code}`}
                    statement={statement}
                    kinds={kinds}
                    showCurrency={currenciesShown.length > 1}
                    rules={rules.data?.commission_rules}
                    onOpen={() => setParam({ staff: statement.staff_member_id })}
                  />
                ))}
              </Table.Body>
            </Table>
          </div>
        )}
      </Container>
      <CommissionPeriodsSection
        periods={periodRows}
        isLoading={periods.isLoading}
        error={periods.error}
        onRetry={() => periods.refetch()}
        selected={period}
        onSelect={(value) => setParam({ period: value, staff: null })}
        currency={defaultCurrency}
        names={names}
      />
      <StatementDrawer
        open={!!openStaffId}
        onOpenChange={(open) => !open && setParam({ staff: null })}
        period={period}
        status={status}
        staffMemberId={openStaffId}
        branchId={branchId || undefined}
        statements={(current?.statements ?? []).filter((s) => s.staff_member_id === openStaffId)}
        rules={rules.data?.commission_rules}
        names={names}
      />
      <ClosePeriodPrompt
        open={closing}
        onOpenChange={setClosing}
        period={period}
        summary={describePeriodTotals(periodRow, defaultCurrency)}
        retroactiveRules={retroactiveRules}
      />
    </div>
  )
}

const CloseButton = ({ blocked, onClick }: { blocked: string | null; onClick: () => void }) => {
  const button = (
    <Button size="small" variant="primary" disabled={!!blocked} onClick={onClick}>
      <LockClosedSolid />
      Close month
    </Button>
  )
  if (!blocked) return button
  return (
    <Tooltip content={blocked}>
      <span>{button}</span>
    </Tooltip>
  )
}

/** The month at a glance, per currency. */
const Totals = ({
  statements,
  currencies,
}: {
  statements: CommissionStatement[]
  currencies: string[]
}) => (
  <div className="flex flex-col gap-y-3 px-6 py-4">
    {currencies.map((currency) => {
      const rows = statements.filter((statement) => statement.currency_code === currency)
      const reversals = rows.reduce((sum, row) => sum + row.reversals, 0)
      return (
        <div key={currency} className="grid grid-cols-2 gap-4 md:grid-cols-4">
          <Stat
            size="xlarge"
            label={currencies.length > 1 ? `Commission (${currency.toUpperCase()})` : "Commission"}
          >
            <SignedMoney
              amount={addAmounts(currency, ...rows.map((row) => row.total_amount))}
              currency={currency}
            />
          </Stat>
          <Stat size="xlarge" label="Performance (base)">
            {formatMoney(addAmounts(currency, ...rows.map((row) => row.total_base)), currency)}
          </Stat>
          <Stat size="xlarge" label="Staff members">
            {rows.length}
          </Stat>
          <Stat size="xlarge" label="Entries">
            {rows.reduce((sum, row) => sum + row.entries, 0)}
            {reversals > 0 && (
              <Text as="span" size="small" className="text-ui-fg-subtle font-normal">
                {" "}
                incl. {reversals} reversal{reversals === 1 ? "" : "s"}
              </Text>
            )}
          </Stat>
        </div>
      )
    })}
  </div>
)

const StatementRow = ({
  statement,
  kinds,
  showCurrency,
  rules,
  onOpen,
}: {
  statement: CommissionStatement
  kinds: CommissionEntryKind[]
  showCurrency: boolean
  rules?: Parameters<typeof TiersReached>[0]["rules"]
  onOpen: () => void
}) => {
  const currency = statement.currency_code
  return (
    <Table.Row className="cursor-pointer" onClick={onOpen}>
      <Table.Cell>
        <div className="flex flex-col py-1">
          <span className="txt-compact-small-plus text-ui-fg-base">
            {statement.staff_member?.name ?? statement.staff_member_id}
          </span>
          <span className="txt-compact-xsmall text-ui-fg-subtle">
            {statement.staff_member ? LEVEL_LABELS[statement.staff_member.level] : "Removed"}
            {showCurrency ? ` · ${currency.toUpperCase()}` : ""}
          </span>
        </div>
      </Table.Cell>
      {kinds.map((kind) => {
        const totals = statement.by_kind[kind]
        return (
          <Table.Cell key={kind} className="text-right">
            {totals ? (
              <div className="flex flex-col items-end py-1">
                <SignedMoney amount={totals.amount} currency={currency} />
                {kind !== "tier_settlement" && (
                  <span className="txt-compact-xsmall text-ui-fg-muted tabular-nums whitespace-nowrap">
                    on {formatMoney(totals.base, currency)}
                  </span>
                )}
              </div>
            ) : (
              <span className="text-ui-fg-muted">—</span>
            )}
          </Table.Cell>
        )
      })}
      <Table.Cell className="text-right tabular-nums whitespace-nowrap">
        {formatMoney(statement.total_base, currency)}
      </Table.Cell>
      <Table.Cell className="text-right">
        <SignedMoney
          amount={statement.total_amount}
          currency={currency}
          className="txt-compact-small-plus"
        />
      </Table.Cell>
      <Table.Cell className="text-right">
        <div className="flex flex-col items-end">
          <span className="tabular-nums">{statement.entries}</span>
          {statement.reversals > 0 && (
            <Badge size="2xsmall" color="orange" className="whitespace-nowrap">
              {statement.reversals} reversal{statement.reversals === 1 ? "" : "s"}
            </Badge>
          )}
        </div>
      </Table.Cell>
      <Table.Cell>
        <TiersReached tiers={statement.tiers_reached} currency={currency} rules={rules} />
      </Table.Cell>
    </Table.Row>
  )
}

export const config = defineRouteConfig({
  label: "Commissions",
  icon: ReceiptPercent,
  rank: 7,
})

export default CommissionStatementsPage
