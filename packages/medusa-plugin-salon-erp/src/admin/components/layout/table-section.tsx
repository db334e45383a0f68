import { Table } from "@medusajs/ui"
import type { ReactNode } from "react"
import { EmptyState, ErrorState, LoadingState } from "../common/page-states"
import { Section } from "./detail-page"

/** A column of a plain table: its header and what each row shows in it. */
export type TableColumn<TRow> = {
  header: ReactNode
  /** For the header and the cells, e.g. "text-right". */
  className?: string
  cell: (row: TRow) => ReactNode
}

/** A plain table of a few rows (no paging, no row click). */
export const StaticTable = <TRow,>({
  columns,
  rows,
  rowKey,
}: {
  columns: TableColumn<TRow>[]
  rows: TRow[]
  rowKey: (row: TRow) => string
}) => (
  <Table>
    <Table.Header>
      <Table.Row>
        {columns.map((column, index) => (
          <Table.HeaderCell key={index} className={column.className}>
            {column.header}
          </Table.HeaderCell>
        ))}
      </Table.Row>
    </Table.Header>
    <Table.Body>
      {rows.map((row) => (
        <Table.Row key={rowKey(row)}>
          {columns.map((column, index) => (
            <Table.Cell key={index} className={column.className}>
              {column.cell(row)}
            </Table.Cell>
          ))}
        </Table.Row>
      ))}
    </Table.Body>
  </Table>
)

/**
 * A section listing rows in a StaticTable, with the query's loading and error states and, once
 * loaded with no rows, `empty`. `children` come last (drawers and such).
 */
export const TableSection = <TRow,>({
  query,
  rows,
  empty,
  columns,
  rowKey,
  children,
  ...header
}: {
  query: { data?: unknown; isLoading: boolean; error: unknown; refetch: () => unknown }
  rows: TRow[]
  empty?: { title: string; description?: string }
  columns: TableColumn<TRow>[]
  rowKey: (row: TRow) => string
  children?: ReactNode
} & Omit<Parameters<typeof Section>[0], "children">) => (
  <Section {...header}>
    {query.isLoading && <LoadingState />}
    {!!query.error && <ErrorState error={query.error} onRetry={() => query.refetch()} />}
    {empty && !!query.data && !rows.length && (
      <EmptyState title={empty.title} description={empty.description} />
    )}
    {rows.length > 0 && <StaticTable columns={columns} rows={rows} rowKey={rowKey} />}
    {children}
  </Section>
)
