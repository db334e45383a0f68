import { Plus } from "@medusajs/icons"
import { Button, Container, Select, StatusBadge, Table, Text } from "@medusajs/ui"
import { useState } from "react"
import { Link, useNavigate } from "react-router-dom"
import type { AdminCounterShift } from "../../../../types/counter/http"
import { EmptyState, ErrorState, LoadingState } from "../../../components/common/page-states"
import { SectionHeader } from "../../../components/common/section-header"
import { useCounterSales } from "../../../hooks/api/counter-sales"
import { formatMoney } from "../../../lib/stored-value"
import {
  describeTenders,
  formatTimeOf,
  SALE_STATUS_META,
  saleTitle,
} from "../checkout/components/sale-format"
import { LIVE_REFRESH_MS } from "./shared"

const PAGE_SIZE = 20

/** The sales rung up on a shift, newest first; a row opens the sale, "New sale" the checkout. */
export const ShiftSalesSection = ({ shift }: { shift: AdminCounterShift }) => {
  const navigate = useNavigate()
  const [page, setPage] = useState(0)
  // Attempts the server refused (rolled back, nothing moved) are kept for the record only.
  const [completedOnly, setCompletedOnly] = useState(true)
  const isOpen = shift.status === "open"
  const { data, isLoading, error, refetch } = useCounterSales(
    {
      shift_id: shift.id,
      ...(completedOnly ? { status: "completed" as const } : {}),
      limit: PAGE_SIZE,
      offset: page * PAGE_SIZE,
    },
    { refetchInterval: isOpen ? LIVE_REFRESH_MS : false }
  )
  const sales = data?.counter_sales ?? []
  const count = data?.count ?? 0
  const pages = Math.max(1, Math.ceil(count / PAGE_SIZE))

  return (
    <Container className="divide-y p-0">
      <SectionHeader
        title="Sales"
        description={
          count
            ? `${count} ${completedOnly ? "sale" : "attempt"}${count === 1 ? "" : "s"} on this shift`
            : "Sales rung up on this shift"
        }
        actions={
          <>
            <Select
              size="small"
              value={completedOnly ? "completed" : "all"}
              onValueChange={(value) => {
                setCompletedOnly(value === "completed")
                setPage(0)
              }}
            >
              <Select.Trigger className="w-[170px]" aria-label="Which sales">
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value="completed">Completed sales</Select.Item>
                <Select.Item value="all">Every attempt</Select.Item>
              </Select.Content>
            </Select>
            {isOpen && (
              <Button size="small" asChild>
                <Link to={`/counter/checkout?shift_id=${shift.id}`}>
                  <Plus />
                  New sale
                </Link>
              </Button>
            )}
          </>
        }
      />
      {isLoading ? (
        <LoadingState />
      ) : error ? (
        <ErrorState error={error} onRetry={() => refetch()} />
      ) : sales.length ? (
        <>
          <Table>
            <Table.Header>
              <Table.Row>
                <Table.HeaderCell>Time</Table.HeaderCell>
                <Table.HeaderCell>Order</Table.HeaderCell>
                <Table.HeaderCell>Client</Table.HeaderCell>
                <Table.HeaderCell className="text-right">Total</Table.HeaderCell>
                <Table.HeaderCell>Tenders</Table.HeaderCell>
                <Table.HeaderCell>Status</Table.HeaderCell>
              </Table.Row>
            </Table.Header>
            <Table.Body>
              {sales.map((sale) => {
                const status = SALE_STATUS_META[sale.status]
                return (
                  <Table.Row
                    key={sale.id}
                    className="cursor-pointer"
                    tabIndex={0}
                    onClick={() => navigate(`/counter/sales/${sale.id}`)}
                    onKeyDown={(event) => {
                      if (event.key === "Enter") navigate(`/counter/sales/${sale.id}`)
                    }}
                  >
                    <Table.Cell>{formatTimeOf(sale.completed_at ?? sale.created_at)}</Table.Cell>
                    <Table.Cell>
                      {sale.order_display_id != null
                        ? `#${sale.order_display_id}`
                        : saleTitle(sale)}
                    </Table.Cell>
                    <Table.Cell>{sale.customer_name ?? "Walk-in"}</Table.Cell>
                    <Table.Cell className="text-right tabular-nums">
                      {formatMoney(sale.total, sale.currency_code)}
                      {sale.refunded_total > 0 && (
                        <span className="txt-xsmall text-ui-fg-error block">
                          {formatMoney(-sale.refunded_total, sale.currency_code)} refunded
                        </span>
                      )}
                    </Table.Cell>
                    <Table.Cell>
                      <span className="block max-w-[280px] truncate" title={describeTenders(sale)}>
                        {describeTenders(sale)}
                      </span>
                    </Table.Cell>
                    <Table.Cell>
                      <StatusBadge color={status.color}>{status.label}</StatusBadge>
                    </Table.Cell>
                  </Table.Row>
                )
              })}
            </Table.Body>
          </Table>
          {pages > 1 && (
            <div className="flex items-center justify-end gap-x-2 px-6 py-3">
              <Text size="small" className="text-ui-fg-subtle">
                Page {page + 1} of {pages}
              </Text>
              <Button
                size="small"
                variant="secondary"
                disabled={page === 0}
                onClick={() => setPage((p) => p - 1)}
              >
                Previous
              </Button>
              <Button
                size="small"
                variant="secondary"
                disabled={page + 1 >= pages}
                onClick={() => setPage((p) => p + 1)}
              >
                Next
              </Button>
            </div>
          )}
        </>
      ) : (
        <EmptyState
          title="No sales yet"
          description={isOpen ? "Ring up the first sale with New sale." : undefined}
        />
      )}
    </Container>
  )
}
