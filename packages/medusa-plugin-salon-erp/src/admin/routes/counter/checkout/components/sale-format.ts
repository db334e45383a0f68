/**
 * Labels and small readings of a counter sale, shared by the checkout, the receipt, the shift's
 * sales and the order widget.
 */
import type {
  AdminCounterSale,
  AdminCounterSaleLine,
  AdminCounterTender,
  CounterSaleLineType,
  CounterSaleStatus,
  CounterTenderKind,
} from "../../../../../types/counter/sales"
import { formatMoney } from "../../../../lib/stored-value"

export const TENDER_KIND_LABELS: Record<CounterTenderKind, string> = {
  cash: "Cash",
  card: "Card",
  wechat_pay: "WeChat Pay",
  alipay: "Alipay",
  bank_transfer: "Bank transfer",
  stored_value: "Stored value",
}
export const TENDER_KIND_ORDER = Object.keys(TENDER_KIND_LABELS) as CounterTenderKind[]

export const LINE_TYPE_LABELS: Record<CounterSaleLineType, string> = {
  service: "Service",
  product: "Product",
  package: "Package",
  top_up: "Top-up",
  tip: "Tip",
}

export const SALE_STATUS_META: Record<
  CounterSaleStatus,
  { label: string; color: "green" | "orange" | "red" }
> = {
  completed: { label: "Completed", color: "green" },
  submitting: { label: "Submitting", color: "orange" },
  failed: { label: "Failed", color: "red" },
}

/** A line of the sale itself (not a refund row reversing one). */
export const isSaleLine = (line: AdminCounterSaleLine) => !line.refund_id && !line.reverses_line_id
/** A tender of the sale itself (not money given back by a refund or void). */
export const isSaleTender = (tender: AdminCounterTender) => !tender.refund_id

/** "Order #1042", or "Counter sale" before the order exists (a failed sale). */
export const saleTitle = (sale: Pick<AdminCounterSale, "order_display_id">) =>
  sale.order_display_id != null ? `Order #${sale.order_display_id}` : "Counter sale"

/** "Cash ¥100.00 · Card ¥58.00": what the sale was paid with (refund rows left out). */
export const describeTenders = (sale: AdminCounterSale) => {
  const byKind = new Map<CounterTenderKind, number>()
  for (const tender of sale.tenders.filter(isSaleTender)) {
    byKind.set(tender.kind, (byKind.get(tender.kind) ?? 0) + tender.amount)
  }
  return (
    TENDER_KIND_ORDER.filter((kind) => byKind.has(kind))
      .map(
        (kind) => `${TENDER_KIND_LABELS[kind]} ${formatMoney(byKind.get(kind), sale.currency_code)}`
      )
      .join(" · ") || "—"
  )
}

const timeFormat = new Intl.DateTimeFormat(undefined, { timeStyle: "short" })
export const formatTimeOf = (instant: string | null | undefined) =>
  instant ? timeFormat.format(new Date(instant)) : "—"
