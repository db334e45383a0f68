import {
  Container,
  DataTable,
  type DataTablePaginationState,
  Heading,
  Select,
  StatusBadge,
  Text,
  createDataTableColumnHelper,
  useDataTable,
} from "@medusajs/ui"
import { useMemo, useState } from "react"
import { useNavigate } from "react-router-dom"
import type { AdminCounterRegister, AdminCounterShift } from "../../../../types/counter/http"
import { ErrorState } from "../../../components/common/page-states"
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
const ALL = "__all"
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
  const navigate = useNavigate()
  const names = useCounterNames()
  const [pagination, setPagination] = useState<DataTablePaginationState>({
    pageIndex: 0,
    pageSize: PAGE_SIZE,
  })
  const { data, isLoading, error, refetch } = useCounterShifts(
    {
      branch_id: branchId || undefined,
      register_id: registerId || undefined,
      limit: pagination.pageSize,
      offset: pagination.pageIndex * pagination.pageSize,
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

  const table = useDataTable({
    columns,
    data: data?.counter_shifts ?? [],
    rowCount: data?.count ?? 0,
    getRowId: (row) => row.id,
    isLoading,
    pagination: { state: pagination, onPaginationChange: setPagination },
    onRowClick: (_, row) => navigate(`/counter/shifts/${row.id}`),
  })

  return (
    <Container className="divide-y p-0">
      <DataTable instance={table}>
        <DataTable.Toolbar className="flex flex-col items-start justify-between gap-2 px-6 py-4 md:flex-row md:items-center">
          <div>
            <Heading level="h2">Recent shifts</Heading>
            <Text size="small" className="text-ui-fg-subtle">
              Newest first. Open a shift for its cash entries, cash-up and corrections.
            </Text>
          </div>
          <Select
            size="small"
            value={registerId || ALL}
            onValueChange={(value) => {
              onRegisterChange(value === ALL ? "" : value)
              setPagination((current) => ({ ...current, pageIndex: 0 }))
            }}
          >
            <Select.Trigger className="w-[220px]" aria-label="Register">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value={ALL}>Every register</Select.Item>
              {registers.map((register) => (
                <Select.Item key={register.id} value={register.id}>
                  {register.name} · {names.branch(register.branch_id)}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </DataTable.Toolbar>
        {error ? (
          <ErrorState error={error} onRetry={() => refetch()} />
        ) : (
          <DataTable.Table
            emptyState={{
              empty: {
                heading: "No shifts yet",
                description: "Open a shift on a register to start counting its drawer.",
              },
              filtered: { heading: "No shifts", description: "Try another register." },
            }}
          />
        )}
        <DataTable.Pagination />
      </DataTable>
    </Container>
  )
}
