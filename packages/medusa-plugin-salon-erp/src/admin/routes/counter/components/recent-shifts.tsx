import { StatusBadge, createDataTableColumnHelper } from "@medusajs/ui"
import { useMemo } from "react"
import type { AdminCounterRegister, AdminCounterShift } from "../../../../types/counter/http"
import { ListPage, SelectFilter, useListPagination } from "../../../components/layout/list-page"
import { useCounterShifts } from "../../../hooks/api/counter"
import { formatMoney } from "../../../lib/stored-value"
import {
  describeDifference,
  differenceClass,
  formatInstant,
  LIVE_REFRESH_MS,
  useCounterNames,
} from "./shared"

const PAGE_SIZE = 10
const columnHelper = createDataTableColumnHelper<AdminCounterShift>()

/** The latest shifts of the branch or of one register, newest first; a row opens the shift. */
export const RecentShifts = ({
  branchId,
  registers,
  registerId,
  onRegisterChange,
}: {
  /** The branch shown on the page, or "" for every branch. */
  branchId: string
  /** The registers of that branch (the deleted ones are not among them). */
  registers: AdminCounterRegister[]
  registerId: string
  onRegisterChange: (registerId: string) => void
}) => {
  const names = useCounterNames()
  const pagination = useListPagination(PAGE_SIZE)
  const { data, isLoading, error, refetch } = useCounterShifts(
    {
      branch_id: branchId || undefined,
      register_id: registerId || undefined,
      limit: pagination.limit,
      offset: pagination.offset,
    },
    { refetchInterval: LIVE_REFRESH_MS }
  )
  const registerNames = useMemo(
    () => new Map(registers.map((register) => [register.id, register])),
    [registers]
  )

  const columns = useMemo(
    () => [
      columnHelper.accessor("register_id", {
        header: "Register",
        cell: ({ row }) => {
          const register = registerNames.get(row.original.register_id)
          return (
            <div className="flex flex-col">
              <span className="txt-small-plus text-ui-fg-base">
                {register ? `${register.name} (${register.code})` : "Deleted register"}
              </span>
              <span className="txt-xsmall text-ui-fg-subtle">
                {names.branch(row.original.branch_id)}
              </span>
            </div>
          )
        },
      }),
      columnHelper.accessor("status", {
        header: "Status",
        cell: ({ row }) =>
          row.original.status === "open" ? (
            <StatusBadge color="green">Open</StatusBadge>
          ) : (
            <StatusBadge color="grey">Closed</StatusBadge>
          ),
      }),
      columnHelper.accessor("opened_at", {
        header: "Opened",
        cell: ({ row }) => formatInstant(row.original.opened_at),
      }),
      columnHelper.accessor("closed_at", {
        header: "Closed",
        cell: ({ row }) => formatInstant(row.original.closed_at),
      }),
      columnHelper.display({
        id: "expected",
        header: "Expected cash",
        cell: ({ row }) => (
          <span className="tabular-nums">
            {formatMoney(row.original.totals.expected_cash, row.original.currency_code)}
          </span>
        ),
      }),
      columnHelper.display({
        id: "difference",
        header: "Over / short",
        cell: ({ row }) => {
          const { totals, currency_code: currency } = row.original
          const difference = totals.corrected_cash_difference ?? row.original.cash_difference
          if (difference === null) return "—"
          return (
            <span
              className={differenceClass(difference)}
              title={totals.corrections ? "After corrections" : undefined}
            >
              {describeDifference(difference, currency)}
              {totals.corrections ? " (corrected)" : ""}
            </span>
          )
        },
      }),
    ],
    [registerNames, names]
  )

  return (
    <ListPage
      title="Recent shifts"
      level="h2"
      subtitle="Newest first. Open a shift for its cash entries, cash-up and corrections."
      filters={
        <SelectFilter
          label="Register"
          allLabel="Every register"
          className="w-[220px]"
          value={registerId}
          onChange={(value) => {
            onRegisterChange(value)
            pagination.resetPage()
          }}
          options={registers.map((register) => ({
            value: register.id,
            label: `${register.name} · ${names.branch(register.branch_id)}`,
          }))}
        />
      }
      columns={columns}
      rows={data?.counter_shifts ?? []}
      count={data?.count ?? 0}
      isLoading={isLoading}
      error={error}
      onRetry={() => refetch()}
      pagination={pagination}
      rowHref={(row) => `/counter/shifts/${row.id}`}
      emptyState={{
        empty: {
          heading: "No shifts yet",
          description: "Open a shift on a register to start counting its drawer.",
        },
        filtered: { heading: "No shifts", description: "Try another register." },
      }}
    />
  )
}
