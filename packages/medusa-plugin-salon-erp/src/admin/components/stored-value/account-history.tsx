import { EllipsisHorizontal } from "@medusajs/icons"
import { DropdownMenu, IconButton, Table, Tooltip } from "@medusajs/ui"
import { useMemo, useState } from "react"
import { useStoredValueEntries } from "../../hooks/api/stored-value"
import {
  addAmounts,
  describeReference,
  formatMoney,
  formatWhen,
  isRefundable,
  isReversible,
  paymentMethodLabel,
} from "../../lib/stored-value"
import type { StoredValueAccount, StoredValueEntry } from "../../../types/stored-value/http"
import { EmptyState, ErrorState, LoadingState } from "../common/page-states"
import { EntryTypeBadge } from "./entry-type-badge"
import type { OperationTarget } from "./operation-prompt"
import type { LedgerNames } from "./use-ledger-names"
import { ShowMore } from "../common/show-more"

const PAGE_SIZE = 10

/** An account's ledger, newest first, with refund and reverse actions per operation. */
export const AccountHistory = ({
  account,
  names,
  onAction,
}: {
  account: StoredValueAccount
  names: LedgerNames
  onAction?: (target: OperationTarget) => void
}) => {
  const [limit, setLimit] = useState(PAGE_SIZE)
  const { data, isLoading, error, refetch, isFetching } = useStoredValueEntries({
    account_id: account.id,
    order: "-sequence",
    limit,
  })
  const entries = useMemo(() => data?.stored_value_entries ?? [], [data])

  const { byOperation, reversed, refunded } = useMemo(() => {
    const byOperation = new Map<string, StoredValueEntry[]>()
    const reversed = new Set<string>()
    const refunded = new Map<string, number>()
    for (const entry of entries) {
      byOperation.set(entry.operation_id, [...(byOperation.get(entry.operation_id) ?? []), entry])
      if (entry.type === "reversal" && entry.reverses_entry_id)
        reversed.add(entry.reverses_entry_id)
      if (entry.type === "refund" && entry.reverses_entry_id) {
        refunded.set(
          entry.reverses_entry_id,
          addAmounts(
            entry.currency_code,
            refunded.get(entry.reverses_entry_id) ?? 0,
            entry.principal_amount,
            entry.bonus_amount
          )
        )
      }
    }
    return { byOperation, reversed, refunded }
  }, [entries])

  if (isLoading) return <LoadingState />
  if (error) return <ErrorState error={error} onRetry={() => refetch()} />
  if (!entries.length) return <EmptyState title="No history yet" />

  const canAct = account.status === "active" && !!onAction
  // Actions sit on the first row shown of each operation (a top-up has two lines).
  const firstOfOperation = new Set(
    [...byOperation.values()].map((operationEntries) => operationEntries[0].id)
  )

  return (
    <div>
      <div className="overflow-x-auto">
        <Table>
          <EntryTableHeader />
          <Table.Body>
            {entries.map((entry) => {
              const operationEntries = byOperation.get(entry.operation_id) ?? [entry]
              const undone = operationEntries.some((e) => reversed.has(e.id))
              const refundedSoFar = refunded.get(entry.id) ?? 0
              const spent = -addAmounts(
                entry.currency_code,
                entry.principal_amount,
                entry.bonus_amount
              )
              const fullyRefunded = entry.type === "spend" && refundedSoFar >= spent
              const actions =
                canAct && firstOfOperation.has(entry.id) && !undone
                  ? {
                      refund: operationEntries.some(isRefundable) && !fullyRefunded,
                      reverse: operationEntries.some(isReversible) && !(refundedSoFar > 0),
                    }
                  : null
              return (
                <EntryRow
                  key={entry.id}
                  entry={entry}
                  names={names}
                  note={
                    undone
                      ? "Reversed"
                      : refundedSoFar
                        ? `Refunded ${formatMoney(refundedSoFar, entry.currency_code)}`
                        : null
                  }
                  actions={
                    actions && (actions.refund || actions.reverse) ? (
                      <DropdownMenu>
                        <DropdownMenu.Trigger asChild>
                          <IconButton size="small" variant="transparent" aria-label="Actions">
                            <EllipsisHorizontal />
                          </IconButton>
                        </DropdownMenu.Trigger>
                        <DropdownMenu.Content align="end">
                          {actions.refund && (
                            <DropdownMenu.Item
                              onClick={() =>
                                onAction!({
                                  action: "refund",
                                  entries: operationEntries,
                                  refunded: refundedSoFar,
                                })
                              }
                            >
                              Refund…
                            </DropdownMenu.Item>
                          )}
                          {actions.reverse && (
                            <DropdownMenu.Item
                              onClick={() =>
                                onAction!({ action: "reverse", entries: operationEntries })
                              }
                            >
                              Reverse…
                            </DropdownMenu.Item>
                          )}
                        </DropdownMenu.Content>
                      </DropdownMenu>
                    ) : null
                  }
                />
              )
            })}
          </Table.Body>
        </Table>
      </div>
      {data && data.count > entries.length && (
        <ShowMore
          className="border-t"
          shown={entries.length}
          total={data.count}
          isLoading={isFetching}
          onClick={() => setLimit(limit + PAGE_SIZE * 2)}
        />
      )}
    </div>
  )
}

/** Column headings matching `EntryRow`. */
export const EntryTableHeader = () => (
  <Table.Header>
    <Table.Row>
      <Table.HeaderCell>Entry</Table.HeaderCell>
      <Table.HeaderCell className="text-right">Principal</Table.HeaderCell>
      <Table.HeaderCell className="text-right">Bonus</Table.HeaderCell>
      <Table.HeaderCell className="text-right">Balance</Table.HeaderCell>
      <Table.HeaderCell>Details</Table.HeaderCell>
      <Table.HeaderCell className="w-px" />
    </Table.Row>
  </Table.Header>
)

/** Signed principal and bonus of an entry; zero as a muted dash. */
export const SignedAmount = ({
  amount,
  currency,
}: {
  amount: number | string
  currency: string
}) => {
  const value = Number(amount)
  if (!value) return <span className="text-ui-fg-muted">—</span>
  return (
    <span className={value > 0 ? "text-ui-tag-green-text" : "text-ui-fg-base"}>
      {formatMoney(value, currency, { signed: true })}
    </span>
  )
}

/** The balance after an entry: total, with the split in a tooltip. */
export const BalanceAfter = ({ entry }: { entry: StoredValueEntry }) => (
  <Tooltip
    content={`${formatMoney(entry.principal_balance_after, entry.currency_code)} principal + ${formatMoney(
      entry.bonus_balance_after,
      entry.currency_code
    )} bonus`}
  >
    <span className="cursor-default">
      {formatMoney(
        addAmounts(entry.currency_code, entry.principal_balance_after, entry.bonus_balance_after),
        entry.currency_code
      )}
    </span>
  </Tooltip>
)

/** Where, who and why: branch · staff · payment method, reason or reference, and the author. */
export const EntryDetails = ({
  entry,
  names,
  hideReferenceId,
}: {
  entry: StoredValueEntry
  names: LedgerNames
  hideReferenceId?: string
}) => {
  const where = [
    names.branch(entry.branch_id),
    names.staff(entry.staff_member_id),
    paymentMethodLabel(entry.payment_method),
  ].filter(Boolean)
  const reference =
    hideReferenceId && entry.reference_id === hideReferenceId
      ? null
      : describeReference(entry, names.reference)
  const why = [entry.reason, reference].filter(Boolean)
  // Checkout debits are written on the member's behalf; jobs leave no author.
  const author = !entry.created_by
    ? "the system"
    : entry.created_by.startsWith("cus_")
      ? "the member (online)"
      : names.user(entry.created_by)
  return (
    <div className="flex min-w-[180px] max-w-[300px] flex-col whitespace-normal py-2">
      {where.length > 0 && <span className="txt-small">{where.join(" · ")}</span>}
      {why.length > 0 && (
        <span className="txt-small text-ui-fg-subtle break-words">{why.join(" · ")}</span>
      )}
      <span className="txt-xsmall text-ui-fg-muted">by {author}</span>
    </div>
  )
}

/** One ledger line: type, when, signed amounts, balance after, details and actions. */
export const EntryRow = ({
  entry,
  names,
  note,
  actions,
  hideReferenceId,
}: {
  entry: StoredValueEntry
  names: LedgerNames
  note?: string | null
  actions?: React.ReactNode
  /** Leave out the reference when it is the record on screen (an order on its own page). */
  hideReferenceId?: string
}) => (
  <Table.Row>
    <Table.Cell>
      <div className="flex flex-col items-start gap-y-0.5 py-2">
        <EntryTypeBadge type={entry.type} />
        <span className="txt-xsmall text-ui-fg-subtle whitespace-nowrap tabular-nums">
          {formatWhen(entry.created_at)} · #{entry.sequence}
        </span>
        {note && <span className="txt-xsmall text-ui-fg-muted">{note}</span>}
      </div>
    </Table.Cell>
    <Table.Cell className="text-right tabular-nums whitespace-nowrap">
      <SignedAmount amount={entry.principal_amount} currency={entry.currency_code} />
    </Table.Cell>
    <Table.Cell className="text-right tabular-nums whitespace-nowrap">
      <SignedAmount amount={entry.bonus_amount} currency={entry.currency_code} />
    </Table.Cell>
    <Table.Cell className="text-right tabular-nums whitespace-nowrap">
      <BalanceAfter entry={entry} />
    </Table.Cell>
    <Table.Cell>
      <EntryDetails entry={entry} names={names} hideReferenceId={hideReferenceId} />
    </Table.Cell>
    <Table.Cell className="w-px pl-0">{actions}</Table.Cell>
  </Table.Row>
)
