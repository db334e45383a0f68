import { Plus } from "@medusajs/icons"
import {
  Button,
  Container,
  DataTable,
  type DataTableColumnDef,
  createDataTableColumnHelper,
  type DataTableEmptyStateProps,
  type DataTablePaginationState,
  Heading,
  Select,
  Text,
  useDataTable,
} from "@medusajs/ui"
import { type ReactNode, useState } from "react"
import { useNavigate } from "react-router-dom"
import { ErrorState } from "../common/page-states"
import { ActiveStatus } from "../forms/active-badge"
import type { CreateModalProps } from "./create-page"

/** Page state of a paged list; `limit`/`offset` go straight into the list query. */
export const useListPagination = (pageSize = 20) => {
  const [pagination, setPagination] = useState<DataTablePaginationState>({
    pageIndex: 0,
    pageSize,
  })
  const resetPage = () => setPagination((current) => ({ ...current, pageIndex: 0 }))
  return {
    pagination,
    setPagination,
    /** Back to the first page, as when a filter changes. */
    resetPage,
    /** A filter's setter that also goes back to the first page. */
    filter:
      <T,>(set: (value: T) => void) =>
      (value: T) => {
        set(value)
        resetPage()
      },
    limit: pagination.pageSize,
    offset: pagination.pageIndex * pagination.pageSize,
  }
}

/** The "Status" column of a record that is active or not. */
export const activeStatusColumn = <TRow extends { is_active: boolean }>() =>
  createDataTableColumnHelper<TRow>().display({
    id: "is_active",
    header: "Status",
    cell: ({ row }) => <ActiveStatus active={row.original.is_active} />,
  })

/** A list cell: the record's name over a subtle second line (its code, category…). */
export const NameCell = ({ name, detail }: { name: ReactNode; detail: ReactNode }) => (
  <div className="flex flex-col">
    <span className="txt-small-plus text-ui-fg-base">{name}</span>
    <span className="txt-xsmall text-ui-fg-subtle">{detail}</span>
  </div>
)

/** What a list takes from its query: the loading and error states, and a retry. */
export type ListQuery = { isLoading: boolean; error: unknown; refetch: () => unknown }

export type ListPagination = ReturnType<typeof useListPagination>

/** The title block of a page or section: heading and a subtle line under it. */
export const PageTitle = ({
  title,
  subtitle,
  level,
}: {
  title: ReactNode
  subtitle?: ReactNode
  level?: "h1" | "h2"
}) => (
  <div>
    <Heading level={level}>{title}</Heading>
    {subtitle && (
      <Text size="small" className="text-ui-fg-subtle" as="div">
        {subtitle}
      </Text>
    )}
  </div>
)

const ALL = "__all"

/** A small select for a list filter; "" is the "all" choice. */
export const SelectFilter = ({
  label,
  allLabel,
  value,
  onChange,
  options,
  className = "w-[150px]",
}: {
  /** Accessible name of the select. */
  label: string
  /** The text of the "no filter" choice, e.g. "All branches"; without it there is none. */
  allLabel?: string
  value: string
  onChange: (value: string) => void
  options: { value: string; label: string }[]
  className?: string
}) => (
  <Select
    size="small"
    value={value || (allLabel ? ALL : "")}
    onValueChange={(next) => onChange(next === ALL ? "" : next)}
  >
    <Select.Trigger className={className} aria-label={label}>
      <Select.Value />
    </Select.Trigger>
    <Select.Content>
      {allLabel && <Select.Item value={ALL}>{allLabel}</Select.Item>}
      {options.map((option) => (
        <Select.Item key={option.value} value={option.value}>
          {option.label}
        </Select.Item>
      ))}
    </Select.Content>
  </Select>
)

type ListPageProps<TRow> = {
  title: ReactNode
  subtitle?: ReactNode
  /** "h2" for a list that is one section of a page. */
  level?: "h1" | "h2"
  /** Buttons on the right of the title (import, links…). */
  actions?: ReactNode
  /** Shows the usual "Create" button, after the other actions. */
  onCreate?: () => void
  /**
   * The create modal, opened by the "Create" button; once a record is created the page goes
   * to the record's `rowHref`.
   */
  create?: (modal: CreateModalProps<TRow>) => ReactNode
  /** Filter controls, shown before the search box. */
  filters?: ReactNode
  /** More controls on their own line under the filters ("stacked" toolbar only). */
  toolbarFooter?: ReactNode
  /**
   * "inline": filters, search and actions on the title's row (few filters).
   * "stacked": actions on the title's row, filters and search on a row below.
   */
  toolbar?: "inline" | "stacked"
  // Each column has its own value type; useDataTable takes them as `any` too.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  columns: DataTableColumnDef<TRow, any>[]
  /** Nothing (no data yet) is an empty list. */
  rows: TRow[] | undefined
  count: number | undefined
  /** The row's `id` unless told. */
  getRowId?: (row: TRow) => string
  /** The list's query; or its `isLoading`, `error` and `onRetry` one by one. */
  query?: ListQuery
  isLoading?: boolean
  error?: unknown
  onRetry?: () => void
  pagination: ListPagination
  /** The table's own search box; its text goes in `search.value`. */
  search?: { value: string; onChange: (value: string) => void; placeholder: string }
  /** Where a row click leads, usually the row's detail page. */
  rowHref?: (row: TRow) => string
  emptyState: DataTableEmptyStateProps
  /** Rendered inside the page's container (create modals and such). */
  children?: ReactNode
  /** Replaces the container's classes. */
  className?: string
}

/**
 * A paged list: title, actions, filters and search over a DataTable,
 * with loading, error and empty states and a row click to the detail page.
 */
/** The data of a clicked row, whether DataTable hands over the data or its table row. */
function dataOf<TRow>(row: TRow): TRow {
  const original = (row as { original?: TRow } | null)?.original
  return original ?? row
}

export const ListPage = <TRow,>({
  title,
  subtitle,
  level,
  actions,
  onCreate,
  create,
  filters,
  toolbarFooter,
  toolbar = "inline",
  columns,
  rows,
  count,
  getRowId = (row) => (row as { id: string }).id,
  query,
  isLoading = query?.isLoading ?? false,
  error = query?.error,
  onRetry = query && (() => query.refetch()),
  pagination,
  search,
  rowHref,
  emptyState,
  children,
  className,
}: ListPageProps<TRow>) => {
  const navigate = useNavigate()
  const [creating, setCreating] = useState(false)
  const openCreate = onCreate ?? (create && (() => setCreating(true)))
  const table = useDataTable<TRow>({
    columns,
    data: rows ?? [],
    rowCount: count ?? 0,
    getRowId,
    isLoading,
    pagination: { state: pagination.pagination, onPaginationChange: pagination.setPagination },
    search: search && { state: search.value, onSearchChange: search.onChange },
    // @medusajs/ui types the row as the data, but hands over the table row (data in `original`).
    onRowClick: rowHref && ((_, row) => navigate(rowHref(dataOf(row)))),
  })

  const searchBox = search && <DataTable.Search placeholder={search.placeholder} />
  const heading = <PageTitle title={title} subtitle={subtitle} level={level} />
  const buttons = (actions || openCreate) && (
    <>
      {actions}
      {openCreate && (
        <Button size="small" variant="secondary" onClick={openCreate}>
          <Plus />
          Create
        </Button>
      )}
    </>
  )

  return (
    <Container className={className ?? "divide-y p-0"}>
      <DataTable instance={table}>
        {toolbar === "inline" ? (
          <DataTable.Toolbar className="flex flex-col items-start justify-between gap-2 px-6 py-4 lg:flex-row lg:items-center">
            {heading}
            <div className="flex flex-wrap items-center gap-2">
              {filters}
              {searchBox}
              {buttons}
            </div>
          </DataTable.Toolbar>
        ) : (
          <DataTable.Toolbar className="flex flex-col items-start justify-between gap-3 px-6 py-4">
            <div className="flex w-full flex-wrap items-start justify-between gap-2">
              {heading}
              {buttons && <div className="flex flex-wrap items-center gap-2">{buttons}</div>}
            </div>
            {(filters || searchBox) && (
              <div className="flex flex-wrap items-center gap-2">
                {filters}
                {searchBox}
              </div>
            )}
            {toolbarFooter}
          </DataTable.Toolbar>
        )}
        {error ? (
          <ErrorState error={error} onRetry={onRetry} />
        ) : (
          <>
            <DataTable.Table emptyState={emptyState} />
            <DataTable.Pagination />
          </>
        )}
      </DataTable>
      {create?.({
        open: creating,
        onOpenChange: setCreating,
        onCreated: (record) => rowHref && navigate(rowHref(record)),
      })}
      {children}
    </Container>
  )
}
