import { ArrowUpRightOnBox } from "@medusajs/icons"
import { Badge, Button, Container, StatusBadge, Text } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import {
  useCommissionEntries,
  useCommissionRules,
  useCommissionStatements,
} from "../../hooks/api/commissions"
import { PERIOD_STATUS_META, currentPeriod, formatPeriod, kindLabel } from "../../lib/commissions"
import type { CommissionStatement } from "../../../types/commissions/http"
import { formatMoney } from "../../lib/stored-value"
import type { StaffMember } from "../../../types/booking/http"
import { EmptyState, ErrorState, LoadingState } from "../common/page-states"
import { SectionHeader } from "../common/section-header"
import { useLedgerNames } from "../stored-value/use-ledger-names"
import { CommissionEntryList } from "./entry-list"
import { SignedMoney } from "./signed-money"
import { ENTRY_KIND_ORDER } from "./statement-drawer"
import { TiersReached } from "./tiers-reached"
import { Stat } from "../common/figures"
import { ShowMore } from "../common/show-more"

const RECENT = 8

/** A staff member's commission on their page: this month's statement and the latest entries. */
export const StaffCommissionSection = ({ member }: { member: StaffMember }) => {
  const period = currentPeriod()
  const [limit, setLimit] = useState(RECENT)
  const statements = useCommissionStatements({ period, staff_member_id: member.id })
  const entries = useCommissionEntries({ staff_member_id: member.id, limit })
  const rules = useCommissionRules({ limit: 500 })
  const names = useLedgerNames()
  const result = statements.data?.commission_statements
  const status = result?.status ?? "open"
  const list = entries.data?.commission_entries ?? []

  return (
    <Container className="divide-y p-0">
      <SectionHeader
        title="Commission"
        description={
          <span className="inline-flex items-center gap-x-2">
            {formatPeriod(period)}
            <StatusBadge color={PERIOD_STATUS_META[status].color}>
              {PERIOD_STATUS_META[status].label}
            </StatusBadge>
          </span>
        }
        actions={
          <Button size="small" variant="secondary" asChild>
            <Link to={`/commissions?period=${period}&staff=${member.id}`}>
              <ArrowUpRightOnBox />
              Statements
            </Link>
          </Button>
        }
      />
      {statements.isLoading && <LoadingState />}
      {statements.error && (
        <ErrorState error={statements.error} onRetry={() => statements.refetch()} />
      )}
      {result && !result.statements.length && (
        <EmptyState
          title={`No commission yet in ${formatPeriod(period)}`}
          description="Completed services and attributed sales earn it as they are recorded."
        />
      )}
      {result?.statements.map((statement) => (
        <MonthSummary
          key={statement.currency_code}
          statement={statement}
          rules={rules.data?.commission_rules}
        />
      ))}
      <div className="flex flex-col">
        <div className="px-6 pb-1 pt-4">
          <Text size="small" weight="plus">
            Recent entries
          </Text>
          <Text size="xsmall" className="text-ui-fg-subtle">
            Newest first, across months; each says how its amount was worked out.
          </Text>
        </div>
        {entries.isLoading && <LoadingState />}
        {entries.error && <ErrorState error={entries.error} onRetry={() => entries.refetch()} />}
        {entries.data && !list.length && <EmptyState title="No entries yet" />}
        {list.length > 0 && <CommissionEntryList entries={list} names={names} showPeriod />}
        {entries.data && entries.data.count > list.length && (
          <ShowMore
            isLoading={entries.isFetching}
            onClick={() => setLimit((current) => current + RECENT)}
          />
        )}
      </div>
    </Container>
  )
}

const MonthSummary = ({
  statement,
  rules,
}: {
  statement: CommissionStatement
  rules?: Parameters<typeof TiersReached>[0]["rules"]
}) => {
  const currency = statement.currency_code
  const kinds = ENTRY_KIND_ORDER.filter((kind) => statement.by_kind[kind])
  return (
    <div className="flex flex-col gap-y-4 px-6 py-4">
      <div className="grid grid-cols-3 gap-4">
        <Stat label="Earned this month">
          <SignedMoney amount={statement.total_amount} currency={currency} />
        </Stat>
        <Stat label="Performance">{formatMoney(statement.total_base, currency)}</Stat>
        <Stat label="Entries">
          {statement.entries}
          {statement.reversals > 0 && (
            <Badge size="2xsmall" color="orange" className="ml-2 align-middle">
              {statement.reversals} reversed
            </Badge>
          )}
        </Stat>
      </div>
      <div className="flex flex-col gap-y-1">
        {kinds.map((kind) => {
          const totals = statement.by_kind[kind]!
          return (
            <div key={kind} className="txt-compact-small flex items-center justify-between gap-x-4">
              <span className="text-ui-fg-subtle">
                {kindLabel(kind)} · {totals.entries}
              </span>
              <span className="flex items-center gap-x-3">
                {kind !== "tier_settlement" && (
                  <span className="text-ui-fg-muted tabular-nums">
                    on {formatMoney(totals.base, currency)}
                  </span>
                )}
                <SignedMoney amount={totals.amount} currency={currency} />
              </span>
            </div>
          )
        })}
      </div>
      {statement.tiers_reached.length > 0 && (
        <TiersReached tiers={statement.tiers_reached} currency={currency} rules={rules} detailed />
      )}
    </div>
  )
}
