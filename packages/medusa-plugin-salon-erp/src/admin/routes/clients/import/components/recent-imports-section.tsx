import {
  Container,
  DataTable,
  type DataTablePaginationState,
  clx,
  createDataTableColumnHelper,
  useDataTable,
} from "@medusajs/ui"
import { useMemo, useState } from "react"
import { ErrorState } from "../../../../components/common/page-states"
import { SectionHeader } from "../../../../components/common/section-header"
import type { ClientImport } from "../../../../../types/clients/imports"
import { useClientImports } from "../../../../lib/client-imports"
import { formatWhen } from "../../../../lib/clients"
import { count } from "./format"
import { ImportStatusBadge } from "./import-section"

const RECENT_PAGE_SIZE = 10

const importColumnHelper = createDataTableColumnHelper<ClientImport>()

export const RecentImportsSection = ({
  selectedId,
  onSelect,
}: {
  selectedId: string
  onSelect: (id: string) => void
}) => {
  const [pagination, setPagination] = useState<DataTablePaginationState>({
    pageIndex: 0,
    pageSize: RECENT_PAGE_SIZE,
  })
  const { data, isLoading, error, refetch } = useClientImports({
    limit: pagination.pageSize,
    offset: pagination.pageIndex * pagination.pageSize,
  })

  const columns = useMemo(
    () => [
      importColumnHelper.accessor("file_name", {
        header: "File",
        cell: ({ row }) => (
          <span
            className={clx(
              "txt-compact-small-plus block max-w-[280px] truncate",
              row.original.id === selectedId && "text-ui-fg-interactive"
            )}
            title={row.original.file_name}
          >
            {row.original.file_name}
          </span>
        ),
      }),
      importColumnHelper.accessor("status", {
        header: "Status",
        cell: ({ row }) => <ImportStatusBadge status={row.original.status} />,
      }),
      importColumnHelper.accessor("total_rows", {
        header: "Rows",
        cell: ({ getValue }) => <span className="tabular-nums">{count(getValue())}</span>,
      }),
      importColumnHelper.accessor("error_rows", {
        header: "Errors",
        cell: ({ getValue }) => (
          <span className={clx("tabular-nums", getValue() > 0 && "text-ui-fg-error")}>
            {count(getValue())}
          </span>
        ),
      }),
      importColumnHelper.display({
        id: "created_updated",
        header: "Created / updated",
        cell: ({ row }) =>
          row.original.status === "completed" ? (
            <span className="tabular-nums">
              {count(row.original.created_customers)} / {count(row.original.updated_customers)}
            </span>
          ) : (
            <span className="text-ui-fg-muted">—</span>
          ),
      }),
      importColumnHelper.accessor("created_at", {
        header: "Uploaded",
        cell: ({ getValue }) => formatWhen(getValue()),
      }),
    ],
    [selectedId]
  )

  const table = useDataTable({
    columns,
    data: data?.client_imports ?? [],
    rowCount: data?.count ?? 0,
    getRowId: (row) => row.id,
    isLoading,
    pagination: { state: pagination, onPaginationChange: setPagination },
    onRowClick: (_, row) => onSelect(row.id),
  })

  return (
    <Container className="divide-y p-0">
      <DataTable instance={table}>
        <SectionHeader
          title="Recent imports"
          description="Open one to see its progress, its issues or its result."
        />
        {error ? (
          <ErrorState error={error} onRetry={() => refetch()} />
        ) : (
          <DataTable.Table
            emptyState={{
              empty: {
                heading: "No imports yet",
                description: "Files you check appear here.",
              },
            }}
          />
        )}
        <DataTable.Pagination />
      </DataTable>
    </Container>
  )
}
