import { Button, Container, StatusBadge, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { PERIOD_STATUS_META, formatPeriod } from "../../lib/commissions"
import type { CommissionPeriod } from "../../../types/commissions/http"
import { formatInstant, formatMoney } from "../../lib/stored-value"
import { EmptyState, ErrorState, LoadingState } from "../common/page-states"
import { SectionHeader } from "../common/section-header"
import type { LedgerNames } from "../stored-value/use-ledger-names"
import { SignedMoney } from "./signed-money"

const SHOWN = 12

/** Every month with commissions, open or closed, newest first; a click opens its statements. */
export const CommissionPeriodsSection = ({
  periods,
  isLoading,
  error,
  onRetry,
  selected,
  onSelect,
  currency,
  names,
}: {
  periods: CommissionPeriod[]
  isLoading: boolean
  error: unknown
  onRetry: () => void
  selected: string
  onSelect: (period: string) => void
  /** Period totals carry no currency: the store's default. */
  currency: string
  names: LedgerNames
}) => {
  const [all, setAll] = useState(false)
  const shown = all ? periods : periods.slice(0, SHOWN)
  return (
    <Container className="divide-y p-0">
      <SectionHeader
        title="Months"
        description="Open months still change as work is recorded; closed months are final and paid."
      />
      {isLoading && <LoadingState />}
      {!!error && <ErrorState error={error} onRetry={onRetry} />}
      {!isLoading && !error && !periods.length && (
        <EmptyState
          title="No commissions recorded yet"
          description="Completed appointments and sales start them once rules are set."
        />
      )}
      {shown.length > 0 && (
        <div className="overflow-x-auto">
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Month</Table.HeaderCell>
                <Table.HeaderCell>Status</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Staff</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Entries</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Commission</Table.HeaderCell>
                <Table.HeaderCell>Closed</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {shown.map((row) => (
                <Table.Row
                  key={row.period}
                  className={[
                    "cursor-pointer",
                    row.period === selected ? "bg-ui-bg-highlight" : undefined,
                  ]
                    .filter(Boolean)
                    .join(" ")}
                  onClick={() => onSelect(row.period)}
                >
                  <Table.Cell className="txt-compact-small-plus">
                    {formatPeriod(row.period)}
                  </Table.Cell>
                  <Table.Cell>
                    <StatusBadge color={PERIOD_STATUS_META[row.status].color}>
                      {PERIOD_STATUS_META[row.status].label}
                    </StatusBadge>
                  </Table.Cell>
                  <Table.Cell className="text-right tabular-nums">{row.staff_members}</Table.Cell>
                  <Table.Cell className="text-right tabular-nums">{row.entries}</Table.Cell>
                  <Table.Cell className="text-right">
                    <SignedMoney amount={row.total_amount} currency={currency} />
                  </Table.Cell>
                  <Table.Cell>
                    {row.closed_at ? (
                      <Text size="small" className="text-ui-fg-subtle whitespace-nowrap">
                        {formatInstant(row.closed_at)}
                        {row.closed_by ? ` · ${names.user(row.closed_by)}` : ""}
                      </Text>
                    ) : (
                      <span className="text-ui-fg-muted">—</span>
                    )}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </div>
      )}
      {periods.length > SHOWN && (
        <div className="px-6 py-3">
          <Button size="small" variant="transparent" onClick={() => setAll((value) => !value)}>
            {all ? "Show recent months" : `Show all ${periods.length} months`}
          </Button>
        </div>
      )}
    </Container>
  )
}

/** "¥3,972.17 for 10 staff members". */
export const describePeriodTotals = (period: CommissionPeriod | undefined, currency: string) =>
  period
    ? `${formatMoney(period.total_amount, currency)} for ${period.staff_members} staff member${
        period.staff_members === 1 ? "" : "s"
      } (${period.entries} entr${period.entries === 1 ? "y" : "ies"})`
    : null
