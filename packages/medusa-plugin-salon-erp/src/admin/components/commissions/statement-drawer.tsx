import { ArrowDownTray } from "@medusajs/icons"
import { Badge, Button, Drawer, Heading, StatusBadge, Text, toast } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { useCommissionEntries, useExportCommissionEntries } from "../../hooks/api/commissions"
import { KIND_META, PERIOD_STATUS_META, formatPeriod, kindLabel } from "../../lib/commissions"
import type {
  CommissionEntryKind,
  CommissionRule,
  CommissionStatement,
  PeriodStatus,
} from "../../../types/commissions/http"
import { errorMessage } from "../../lib/errors"
import { formatMoney } from "../../lib/stored-value"
import { LEVEL_LABELS } from "../staff/staff-form"
import { EmptyState, ErrorState, LoadingState } from "../common/page-states"
import type { LedgerNames } from "../stored-value/use-ledger-names"
import { CommissionEntryList } from "./entry-list"
import { SignedMoney } from "./signed-money"
import { TiersReached } from "./tiers-reached"
import { Stat } from "../common/figures"

const PAGE_SIZE = 50

/** Kinds in display order, settlements last. */
export const ENTRY_KIND_ORDER = Object.keys(KIND_META) as CommissionEntryKind[]

/** One staff member's month: totals by kind, tiers, and every entry with its explanation. */
export const StatementDrawer = ({
  open,
  onOpenChange,
  period,
  status,
  staffMemberId,
  branchId,
  statements,
  rules,
  names,
}: {
  open: boolean
  onOpenChange: (open: boolean) => void
  period: string
  status: PeriodStatus
  staffMemberId: string | null
  branchId?: string
  /** The staff member's statements of the month (one per currency). */
  statements: CommissionStatement[]
  rules?: CommissionRule[]
  names: LedgerNames
}) => {
  const member = statements[0]?.staff_member
  const name = member?.name ?? names.staff(staffMemberId) ?? "Staff member"
  return (
    <Drawer open={open} onOpenChange={onOpenChange}>
      <Drawer.Content className="max-w-[640px]">
        <Drawer.Header>
          <div className="flex items-center gap-x-3">
            <Drawer.Title>{name}</Drawer.Title>
            <StatusBadge color={PERIOD_STATUS_META[status].color}>
              {PERIOD_STATUS_META[status].label}
            </StatusBadge>
          </div>
          <Drawer.Description className="text-ui-fg-subtle txt-small">
            {formatPeriod(period)}
            {member ? ` · ${LEVEL_LABELS[member.level]}` : ""}
            {branchId ? ` · ${names.branch(branchId)} only` : ""}
          </Drawer.Description>
        </Drawer.Header>
        <Drawer.Body className="flex flex-col gap-y-6 overflow-y-auto">
          {staffMemberId && (
            <StatementContent
              key={`${staffMemberId}-${period}-${branchId ?? ""}`}
              period={period}
              staffMemberId={staffMemberId}
              branchId={branchId}
              statements={statements}
              rules={rules}
              names={names}
            />
          )}
        </Drawer.Body>
        <Drawer.Footer>
          {staffMemberId && (
            <Button size="small" variant="transparent" asChild>
              <Link to={`/staff/${staffMemberId}`}>Open staff member</Link>
            </Button>
          )}
          <Button size="small" variant="secondary" onClick={() => onOpenChange(false)}>
            Close
          </Button>
        </Drawer.Footer>
      </Drawer.Content>
    </Drawer>
  )
}

const StatementContent = ({
  period,
  staffMemberId,
  branchId,
  statements,
  rules,
  names,
}: {
  period: string
  staffMemberId: string
  branchId?: string
  statements: CommissionStatement[]
  rules?: CommissionRule[]
  names: LedgerNames
}) => {
  const [limit, setLimit] = useState(PAGE_SIZE)
  const filters = { period, staff_member_id: staffMemberId, branch_id: branchId }
  const { data, isLoading, error, refetch, isFetching } = useCommissionEntries({
    ...filters,
    order: "occurred_at",
    limit,
  })
  const exportCsv = useExportCommissionEntries()
  const entries = data?.commission_entries ?? []
  // Statements list every tiered rule of a kind the staff member earned; once all entries are
  // here, keep the rules that actually priced them (a staff member's own rule may win instead).
  const usedRules =
    data && data.count <= entries.length
      ? new Set(entries.map((entry) => entry.rule_id).filter(Boolean))
      : null

  return (
    <>
      {statements.length ? (
        statements.map((statement) => (
          <StatementSummary
            key={statement.currency_code}
            statement={statement}
            rules={rules}
            usedRules={usedRules}
            multiCurrency={statements.length > 1}
          />
        ))
      ) : (
        <EmptyState
          title={`No commission in ${formatPeriod(period)}`}
          description="Nothing this staff member did or sold that month earned commission."
        />
      )}
      <div className="flex flex-col gap-y-2">
        <div className="flex items-center justify-between gap-x-2">
          <div>
            <Heading level="h3">Entries</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              Oldest first. Corrections are new entries (reversals), never edits.
            </Text>
          </div>
          <Button
            size="small"
            variant="secondary"
            isLoading={exportCsv.isPending}
            disabled={!entries.length}
            onClick={() =>
              exportCsv.mutate(filters, {
                onSuccess: ({ filename }) => toast.success(`Downloaded ${filename}`),
                onError: (err) =>
                  toast.error("Could not export", { description: errorMessage(err) }),
              })
            }
          >
            <ArrowDownTray />
            CSV
          </Button>
        </div>
        {isLoading && <LoadingState />}
        {error && <ErrorState error={error} onRetry={() => refetch()} />}
        {data && !entries.length && <EmptyState title="No entries" />}
        {entries.length > 0 && (
          <div className="-mx-6 border-y">
            <CommissionEntryList entries={entries} names={names} />
          </div>
        )}
        {data && data.count > entries.length && (
          <div>
            <Button
              size="small"
              variant="secondary"
              isLoading={isFetching}
              onClick={() => setLimit((current) => current + PAGE_SIZE)}
            >
              Show more ({data.count - entries.length} left)
            </Button>
          </div>
        )}
      </div>
    </>
  )
}

const StatementSummary = ({
  statement,
  rules,
  usedRules,
  multiCurrency,
}: {
  statement: CommissionStatement
  rules?: CommissionRule[]
  /** Rules that priced the staff member's entries this month, when all are known. */
  usedRules: Set<string | null> | null
  multiCurrency: boolean
}) => {
  const currency = statement.currency_code
  const kinds = ENTRY_KIND_ORDER.filter((kind) => statement.by_kind[kind])
  const tiers = usedRules
    ? statement.tiers_reached.filter((tier) => usedRules.has(tier.rule_id))
    : statement.tiers_reached
  return (
    <div className="flex flex-col gap-y-4">
      <div className="grid grid-cols-3 gap-4">
        <Stat label={multiCurrency ? `Commission (${currency.toUpperCase()})` : "Commission"}>
          <SignedMoney amount={statement.total_amount} currency={currency} />
        </Stat>
        <Stat label="Performance (base)">{formatMoney(statement.total_base, currency)}</Stat>
        <Stat label="Entries">
          {statement.entries}
          {statement.reversals > 0 && (
            <Badge size="2xsmall" color="orange" className="ml-2 align-middle">
              {statement.reversals} reversal{statement.reversals === 1 ? "" : "s"}
            </Badge>
          )}
        </Stat>
      </div>
      <div className="divide-y rounded-lg border">
        <div className="text-ui-fg-muted txt-compact-xsmall-plus grid grid-cols-[1fr_repeat(3,auto)] gap-x-6 px-4 py-2">
          <span>Kind</span>
          <span className="w-16 text-right">Entries</span>
          <span className="w-28 text-right">Base</span>
          <span className="w-28 text-right">Commission</span>
        </div>
        {kinds.map((kind) => {
          const totals = statement.by_kind[kind]!
          return (
            <div
              key={kind}
              className="txt-compact-small grid grid-cols-[1fr_repeat(3,auto)] gap-x-6 px-4 py-2"
            >
              <span>{kindLabel(kind)}</span>
              <span className="w-16 text-right tabular-nums">{totals.entries}</span>
              <span className="w-28 text-right tabular-nums">
                {kind === "tier_settlement" ? "—" : formatMoney(totals.base, currency)}
              </span>
              <span className="w-28 text-right">
                <SignedMoney amount={totals.amount} currency={currency} />
              </span>
            </div>
          )
        })}
      </div>
      <div className="flex flex-col gap-y-2">
        <Heading level="h3">Tiers</Heading>
        <TiersReached tiers={tiers} currency={currency} rules={rules} detailed />
      </div>
    </div>
  )
}
