import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Button, Container, StatusBadge, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import type { AdminCounterSale } from "../../types/counter/sales"
import { ErrorState } from "../components/common/page-states"
import { SectionHeader } from "../components/common/section-header"
import { useCounterSales } from "../hooks/api/counter-sales"
import { formatMoney } from "../lib/stored-value"
import {
  isSaleLine,
  isSaleTender,
  SALE_STATUS_META,
  TENDER_KIND_LABELS,
} from "../routes/counter/checkout/components/sale-format"
import { formatInstant } from "../routes/counter/components/shared"

const Row = ({ label, value, className }: { label: string; value: string; className?: string }) => (
  <div className="flex items-start justify-between gap-x-4">
    <Text size="small" className="text-ui-fg-subtle">
      {label}
    </Text>
    <Text size="small" className={`text-right tabular-nums ${className ?? ""}`}>
      {value}
    </Text>
  </div>
)

/**
 * How an order rung up at the counter was paid: tenders and change, the stored value split,
 * package sessions used and refunds, with a link to the sale. Nothing for other orders.
 */
const OrderCounterSaleWidget = ({ data: order }: DetailWidgetProps<HttpTypes.AdminOrder>) => {
  const { data, error, refetch } = useCounterSales({ order_id: order.id, limit: 1 })

  if (error) {
    return (
      <Container className="divide-y p-0">
        <SectionHeader title="Counter payment" />
        <ErrorState error={error} onRetry={() => refetch()} />
      </Container>
    )
  }
  const sale = data?.counter_sales[0]
  if (!sale) return null
  return <SalePayment sale={sale} />
}

const SalePayment = ({ sale }: { sale: AdminCounterSale }) => {
  const currency = sale.currency_code
  const money = (amount: number | null | undefined) => formatMoney(amount, currency)
  const tenders = sale.tenders.filter(isSaleTender)
  const backTenders = sale.tenders.filter((tender) => !isSaleTender(tender))
  const sessions = sale.lines.filter((line) => isSaleLine(line) && line.package_id)
  const status = SALE_STATUS_META[sale.status]

  return (
    <Container className="divide-y p-0">
      <SectionHeader
        title="Counter payment"
        description={`${sale.branch_name ?? "Counter"} · ${formatInstant(
          sale.completed_at ?? sale.created_at
        )}`}
        actions={<StatusBadge color={status.color}>{status.label}</StatusBadge>}
      />
      <div className="flex flex-col gap-y-1 px-6 py-4">
        {tenders.map((tender) => (
          <div key={tender.id} className="flex flex-col">
            <Row label={TENDER_KIND_LABELS[tender.kind]} value={money(tender.amount)} />
            {tender.kind === "cash" && tender.tendered != null && (
              <Text size="xsmall" className="text-ui-fg-muted text-right">
                handed over {money(tender.tendered)}
                {tender.change ? ` · change ${money(tender.change)}` : ""}
              </Text>
            )}
            {tender.kind === "stored_value" && (
              <Text size="xsmall" className="text-ui-fg-muted text-right">
                principal {money(tender.principal_amount)} · bonus {money(tender.bonus_amount)}
              </Text>
            )}
            {tender.reference && (
              <Text size="xsmall" className="text-ui-fg-muted text-right">
                ref {tender.reference}
              </Text>
            )}
          </div>
        ))}
        {!tenders.length && <Row label="Tenders" value="None (fully prepaid)" />}
        {sale.change_given > 0 && <Row label="Change given" value={money(sale.change_given)} />}
      </div>
      {sessions.length > 0 && (
        <div className="flex flex-col gap-y-1 px-6 py-4">
          <Text size="small" weight="plus">
            Package sessions
          </Text>
          {sessions.map((line) => (
            <Row
              key={line.id}
              label={`${line.title}${line.quantity > 1 ? ` × ${line.quantity}` : ""}`}
              value={line.session_value != null ? money(line.session_value) : "1 session"}
            />
          ))}
        </div>
      )}
      {(sale.refunds.length > 0 || backTenders.length > 0) && (
        <div className="flex flex-col gap-y-1 px-6 py-4">
          <Text size="small" weight="plus">
            Refunds
          </Text>
          {sale.refunds.map((refund) => (
            <Row
              key={refund.id}
              label={`${refund.kind === "void" ? "Void" : "Refund"} · ${formatInstant(
                refund.completed_at ?? refund.created_at
              )}`}
              value={money(-Math.abs(refund.amount))}
              className="text-ui-fg-error"
            />
          ))}
          {backTenders.map((tender) => (
            <Row
              key={tender.id}
              label={`to ${TENDER_KIND_LABELS[tender.kind]}`}
              value={money(tender.amount)}
            />
          ))}
        </div>
      )}
      <div className="flex items-center justify-between px-6 py-4">
        <Text size="small" weight="plus">
          Kept {money(sale.paid_total)}
        </Text>
        <Button size="small" variant="secondary" asChild>
          <Link to={`/counter/sales/${sale.id}`}>Open sale</Link>
        </Button>
      </div>
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "order.details.side.after",
})

export default OrderCounterSaleWidget
