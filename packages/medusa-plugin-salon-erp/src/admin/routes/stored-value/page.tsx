import { defineRouteConfig } from "@medusajs/admin-sdk"
import { ArrowDownTray, ArrowPath, BookOpen, ChevronDownMini } from "@medusajs/icons"
import {
  Button,
  DropdownMenu,
  IconButton,
  StatusBadge,
  Text,
  Tooltip,
  createDataTableColumnHelper,
  toast,
} from "@medusajs/ui"
import { useMemo, useState } from "react"
import { Link } from "react-router-dom"
import { LocalDatePicker } from "../../components/common/local-date-picker"
import { ListPage, SelectFilter, useListPagination } from "../../components/layout/list-page"
import {
  BalanceAfter,
  EntryDetails,
  SignedAmount,
} from "../../components/stored-value/account-history"
import { CustomerPicker } from "../../components/stored-value/customer-picker"
import { EntryTypeBadge } from "../../components/stored-value/entry-type-badge"
import { BranchSelect, StaffSelect } from "../../components/stored-value/form-fields"
import { useLedgerNames } from "../../components/stored-value/use-ledger-names"
import { useStoreCurrencies } from "../../hooks/api/core-resources"
import {
  useExportStoredValueEntries,
  useStoredValueEntries,
  useStoredValueReconciliation,
} from "../../hooks/api/stored-value"
import { errorMessage } from "../../lib/errors"
import {
  ENTRY_TYPE_META,
  customerName,
  dayEndIso,
  dayStartIso,
  formatInstant,
} from "../../lib/stored-value"
import {
  ENTRY_TYPES,
  type StoredValueEntry,
  type StoredValueEntryFilters,
} from "../../../types/stored-value/http"
import { useUrlParams } from "../../lib/use-url-params"

const PAGE_SIZE = 25
const FILTER_KEYS = [
  "customer_id",
  "branch_id",
  "staff_member_id",
  "type",
  "currency_code",
  "from",
  "to",
] as const
type FilterKey = (typeof FILTER_KEYS)[number]

const columnHelper = createDataTableColumnHelper<StoredValueEntry>()

/** The whole ledger: every entry of every account, filtered, paged and exportable as CSV. */
const StoredValueLedgerPage = () => {
  const names = useLedgerNames()
  // Filters live in the URL, so a filtered view can be bookmarked or linked to.
  const [params, setParam] = useUrlParams()
  const filter = (key: FilterKey) => params.get(key) ?? ""
  const [customerLabel, setCustomerLabel] = useState<string | null>(null)
  const pagination = useListPagination(PAGE_SIZE)
  const types = filter("type") ? filter("type").split(",") : []

  const setFilter = (patch: Partial<Record<FilterKey, string>>) => {
    setParam(patch)
    pagination.resetPage()
  }

  // Local days in the URL; the API takes instants (from inclusive, to exclusive).
  const filters: StoredValueEntryFilters = {
    customer_id: filter("customer_id") || undefined,
    branch_id: filter("branch_id") || undefined,
    staff_member_id: filter("staff_member_id") || undefined,
    type: filter("type") || undefined,
    currency_code: filter("currency_code") || undefined,
    from: filter("from") ? dayStartIso(filter("from")) : undefined,
    to: filter("to") ? dayEndIso(filter("to")) : undefined,
  }
  const datesReversed = !!filter("from") && !!filter("to") && filter("to") < filter("from")
  const active = FILTER_KEYS.some((key) => filter(key))

  const { data, isLoading, error, refetch } = useStoredValueEntries(
    {
      ...filters,
      fields: "+account.customer.first_name,+account.customer.last_name,+account.customer.email",
      limit: pagination.limit,
      offset: pagination.offset,
    },
    { enabled: !datesReversed }
  )
  const entries = useMemo(() => data?.stored_value_entries ?? [], [data])
  const exportCsv = useExportStoredValueEntries()
  const currencies = useStoreCurrencies()

  const chosenCustomerLabel =
    customerLabel ??
    customerName(
      entries.find((entry) => entry.customer_id === filter("customer_id"))?.account?.customer
    )

  const columns = useMemo(
    () => [
      columnHelper.accessor("created_at", {
        header: "When",
        cell: ({ row }) => (
          <div className="flex flex-col py-1">
            <span className="txt-small whitespace-nowrap">
              {formatInstant(row.original.created_at)}
            </span>
            <span className="txt-xsmall text-ui-fg-muted tabular-nums">
              #{row.original.sequence} · {row.original.currency_code.toUpperCase()}
            </span>
          </div>
        ),
      }),
      columnHelper.display({
        id: "customer",
        header: "Customer",
        cell: ({ row }) => {
          const customer = row.original.account?.customer
          return (
            <Link
              to={`/customers/${row.original.customer_id}`}
              onClick={(event) => event.stopPropagation()}
              className="txt-small text-ui-fg-interactive hover:text-ui-fg-interactive-hover block max-w-[180px] truncate"
            >
              {customerName(customer) ?? row.original.customer_id}
            </Link>
          )
        },
      }),
      columnHelper.accessor("type", {
        header: "Type",
        cell: ({ row }) => <EntryTypeBadge type={row.original.type} />,
      }),
      columnHelper.accessor("principal_amount", {
        header: "Principal",
        cell: ({ row }) => (
          <div className="text-right tabular-nums whitespace-nowrap">
            <SignedAmount
              amount={row.original.principal_amount}
              currency={row.original.currency_code}
            />
          </div>
        ),
      }),
      columnHelper.accessor("bonus_amount", {
        header: "Bonus",
        cell: ({ row }) => (
          <div className="text-right tabular-nums whitespace-nowrap">
            <SignedAmount
              amount={row.original.bonus_amount}
              currency={row.original.currency_code}
            />
          </div>
        ),
      }),
      columnHelper.display({
        id: "balance",
        header: "Balance after",
        cell: ({ row }) => (
          <div className="text-right tabular-nums whitespace-nowrap">
            <BalanceAfter entry={row.original} />
          </div>
        ),
      }),
      columnHelper.display({
        id: "details",
        header: "Where · who · why",
        cell: ({ row }) => <EntryDetails entry={row.original} names={names} />,
      }),
    ],
    [names]
  )

  const download = () =>
    exportCsv.mutate(Object.fromEntries(Object.entries(filters).filter(([, value]) => value)), {
      onSuccess: ({ filename }) => toast.success(`Downloaded ${filename}`),
      onError: (err) => toast.error("Could not export", { description: errorMessage(err) }),
    })

  return (
    <ListPage
      title={
        <span className="flex items-center gap-x-3">
          Stored value ledger
          <ReconciliationBadge />
        </span>
      }
      subtitle="Every top-up, spend, refund, reversal, expiry, adjustment and card cancellation. Lines are never edited: mistakes are undone by new lines."
      toolbar="stacked"
      actions={
        <Button
          size="small"
          variant="secondary"
          isLoading={exportCsv.isPending}
          disabled={datesReversed}
          onClick={download}
        >
          <ArrowDownTray />
          Export CSV
        </Button>
      }
      filters={
        <>
          <CustomerPicker
            value={filter("customer_id")}
            label={chosenCustomerLabel}
            onChange={(customer) => {
              setCustomerLabel(customer?.label ?? null)
              setFilter({ customer_id: customer?.id ?? "" })
            }}
          />
          <div className="w-[190px]">
            <BranchSelect
              value={filter("branch_id")}
              onChange={(value) => setFilter({ branch_id: value })}
              noneLabel="All branches"
            />
          </div>
          <div className="w-[170px]">
            <StaffSelect
              value={filter("staff_member_id")}
              branchId={filter("branch_id")}
              onChange={(value) => setFilter({ staff_member_id: value })}
              noneLabel="All staff"
            />
          </div>
          <TypeFilter value={types} onChange={(value) => setFilter({ type: value.join(",") })} />
          <SelectFilter
            label="Currency"
            allLabel="All currencies"
            className="w-[130px]"
            value={filter("currency_code")}
            onChange={(value) => setFilter({ currency_code: value })}
            options={(currencies.data ?? []).map((entry) => ({
              value: entry.code,
              label: entry.code.toUpperCase(),
            }))}
          />
          <div className="flex items-center gap-x-1">
            <LocalDatePicker
              aria-label="From"
              className="w-[150px]"
              value={filter("from")}
              onChange={(value) => setFilter({ from: value })}
            />
            <Text size="small" className="text-ui-fg-muted">
              to
            </Text>
            <LocalDatePicker
              aria-label="To"
              className="w-[150px]"
              value={filter("to")}
              min={filter("from") || undefined}
              onChange={(value) => setFilter({ to: value })}
            />
          </div>
          {active && (
            <Button
              size="small"
              variant="transparent"
              onClick={() => {
                setCustomerLabel(null)
                setFilter(Object.fromEntries(FILTER_KEYS.map((key) => [key, ""])))
              }}
            >
              Clear filters
            </Button>
          )}
        </>
      }
      toolbarFooter={
        datesReversed && (
          <Text size="small" className="text-ui-fg-error">
            The end date is before the start date.
          </Text>
        )
      }
      columns={columns}
      rows={entries}
      count={data?.count ?? 0}
      isLoading={isLoading}
      error={error}
      onRetry={() => refetch()}
      pagination={pagination}
      rowHref={(row) => `/customers/${row.customer_id}`}
      emptyState={{
        empty: {
          heading: active ? "No entry matches" : "The ledger is empty",
          description: active ? "Try other filters." : "Top-ups at the counter or online start it.",
        },
        filtered: { heading: "No entry matches", description: "Try other filters." },
      }}
    />
  )
}

const TypeFilter = ({
  value,
  onChange,
}: {
  value: string[]
  onChange: (value: string[]) => void
}) => (
  <DropdownMenu>
    <DropdownMenu.Trigger asChild>
      <Button size="small" variant="secondary" className="justify-between">
        {value.length === 0
          ? "All types"
          : value.length === 1
            ? ENTRY_TYPE_META[value[0] as keyof typeof ENTRY_TYPE_META]?.label
            : `${value.length} types`}
        <ChevronDownMini className="text-ui-fg-muted" />
      </Button>
    </DropdownMenu.Trigger>
    <DropdownMenu.Content align="start">
      {ENTRY_TYPES.map((type) => (
        <DropdownMenu.CheckboxItem
          key={type}
          checked={value.includes(type)}
          // Keep the menu open to tick several.
          onSelect={(event) => event.preventDefault()}
          onCheckedChange={(checked) =>
            onChange(
              checked
                ? ENTRY_TYPES.filter((t) => t === type || value.includes(t))
                : value.filter((t) => t !== type)
            )
          }
        >
          {ENTRY_TYPE_META[type].label}
        </DropdownMenu.CheckboxItem>
      ))}
      {value.length > 0 && (
        <>
          <DropdownMenu.Separator />
          <DropdownMenu.Item onClick={() => onChange([])}>Show all types</DropdownMenu.Item>
        </>
      )}
    </DropdownMenu.Content>
  </DropdownMenu>
)

/** "Books balanced" or "N mismatches", from a fresh reconciliation of every account. */
const ReconciliationBadge = () => {
  const { data, isLoading, isFetching, error, refetch } = useStoredValueReconciliation()
  const result = data?.reconciliation
  const badge = isLoading ? (
    <StatusBadge color="grey">Checking the books…</StatusBadge>
  ) : error || !result ? (
    <Tooltip content={errorMessage(error, "Could not reconcile")}>
      <span>
        <StatusBadge color="orange">Reconciliation unavailable</StatusBadge>
      </span>
    </Tooltip>
  ) : result.balanced ? (
    <Tooltip
      content={`${result.accounts_checked} account${result.accounts_checked === 1 ? "" : "s"} match the sum of their entries · checked ${formatInstant(result.checked_at)}`}
    >
      <span>
        <StatusBadge color="green">Books balanced</StatusBadge>
      </span>
    </Tooltip>
  ) : (
    <Tooltip
      maxWidth={420}
      content={
        <div className="flex flex-col gap-y-0.5">
          {result.mismatches.slice(0, 8).map((mismatch) => (
            <span key={`${mismatch.account_id}-${mismatch.field}`}>
              {mismatch.account_id} {mismatch.field.replace("_balance", "")}: stored{" "}
              {mismatch.stored}, ledger {mismatch.ledger}
            </span>
          ))}
          {result.mismatches.length > 8 && <span>… and {result.mismatches.length - 8} more</span>}
        </div>
      }
    >
      <span>
        <StatusBadge color="red">
          {result.mismatches.length} mismatch{result.mismatches.length === 1 ? "" : "es"}
        </StatusBadge>
      </span>
    </Tooltip>
  )
  return (
    <div className="flex items-center gap-x-1">
      {badge}
      <IconButton
        size="2xsmall"
        variant="transparent"
        aria-label="Check the books again"
        title="Check the books again"
        disabled={isFetching}
        onClick={() => refetch()}
      >
        <ArrowPath className={isFetching ? "animate-spin" : undefined} />
      </IconButton>
    </div>
  )
}

export const config = defineRouteConfig({
  label: "Stored value",
  icon: BookOpen,
  rank: 5,
})

export default StoredValueLedgerPage
