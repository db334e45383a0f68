import { createPortal } from "react-dom"
import type { AdminCounterSale } from "../../../../../types/counter/sales"
import { addAmounts, formatMoney } from "../../../../lib/stored-value"
import {
  isSaleLine,
  isSaleTender,
  saleTitle,
  TENDER_KIND_LABELS,
} from "../../checkout/components/sale-format"
import { formatInstant } from "../../components/shared"

export type ReceiptNames = {
  branch: string
  register: string
  cashier: string | null
}

/**
 * The till receipt: narrow (80 mm paper), monospace figures, nothing but the sale. Shown as a
 * preview on the page and printed alone (see `PrintStyles`).
 */
export const Receipt = ({ sale, names }: { sale: AdminCounterSale; names: ReceiptNames }) => {
  const currency = sale.currency_code
  const money = (amount: number | null | undefined) => formatMoney(amount, currency)
  const lines = sale.lines.filter(isSaleLine)
  const tenders = sale.tenders.filter(isSaleTender)
  const refundTenders = sale.tenders.filter((tender) => !isSaleTender(tender))
  // Before the order's discounts, so subtotal − discounts = total on paper.
  const subtotal = addAmounts(currency, sale.total, sale.discount_total)
  return (
    <div className="counter-receipt">
      <div className="counter-receipt__center">
        <strong className="counter-receipt__title">{names.branch}</strong>
        <div>{names.register}</div>
        <div>{formatInstant(sale.completed_at ?? sale.created_at)}</div>
      </div>
      <hr />
      <div className="counter-receipt__row">
        <span>{saleTitle(sale)}</span>
        <span>{sale.business_date}</span>
      </div>
      {names.cashier && <div>Cashier: {names.cashier}</div>}
      <div>Client: {sale.customer_name ?? "Walk-in"}</div>
      <hr />
      {lines.map((line) => (
        <div key={line.id} className="counter-receipt__line">
          <div className="counter-receipt__row">
            <span className="counter-receipt__name">{line.title}</span>
            <span>{money(line.net_amount)}</span>
          </div>
          <div className="counter-receipt__muted">
            {line.quantity} × {money(line.unit_price)}
            {line.discount_amount ? ` − ${money(line.discount_amount)}` : ""}
            {line.package_id ? " · package session" : ""}
            {line.staff_member_name ? ` · ${line.staff_member_name}` : ""}
          </div>
        </div>
      ))}
      <hr />
      {sale.discount_total > 0 && (
        <>
          <div className="counter-receipt__row">
            <span>Subtotal</span>
            <span>{money(subtotal)}</span>
          </div>
          <div className="counter-receipt__row">
            <span>Discounts</span>
            <span>{money(-sale.discount_total)}</span>
          </div>
        </>
      )}
      {sale.manual_discount_total > 0 && sale.manual_discount_reason && (
        <div className="counter-receipt__muted">
          incl. {money(sale.manual_discount_total)}: {sale.manual_discount_reason}
        </div>
      )}
      <div className="counter-receipt__row counter-receipt__total">
        <span>Total</span>
        <span>{money(sale.total)}</span>
      </div>
      <hr />
      {tenders.map((tender) => (
        <div key={tender.id}>
          <div className="counter-receipt__row">
            <span>{TENDER_KIND_LABELS[tender.kind]}</span>
            <span>{money(tender.tendered ?? tender.amount)}</span>
          </div>
          {tender.kind === "stored_value" && (
            <div className="counter-receipt__muted">
              principal {money(tender.principal_amount)} · bonus {money(tender.bonus_amount)}
            </div>
          )}
          {tender.reference && <div className="counter-receipt__muted">Ref {tender.reference}</div>}
        </div>
      ))}
      {sale.change_given > 0 && (
        <div className="counter-receipt__row">
          <span>Change</span>
          <span>{money(sale.change_given)}</span>
        </div>
      )}
      {sale.refunds.length > 0 && (
        <>
          <hr />
          {sale.refunds.map((refund) => (
            <div key={refund.id} className="counter-receipt__row">
              <span>
                {refund.kind === "void" ? "Voided" : "Refunded"}{" "}
                {formatInstant(refund.completed_at ?? refund.created_at)}
              </span>
              <span>{money(-Math.abs(refund.amount))}</span>
            </div>
          ))}
          {refundTenders.map((tender) => (
            <div key={tender.id} className="counter-receipt__muted counter-receipt__row">
              <span>to {TENDER_KIND_LABELS[tender.kind]}</span>
              <span>{money(tender.amount)}</span>
            </div>
          ))}
        </>
      )}
      <hr />
      <div className="counter-receipt__center counter-receipt__muted">Thank you</div>
    </div>
  )
}

/** The receipt's look, and the print rules: only the receipt, on till paper. */
export const PrintStyles = () => (
  <style>{`
.counter-receipt { width: 72mm; max-width: 100%; font: 12px/1.45 ui-monospace, SFMono-Regular, Menlo, monospace; color: #111; background: #fff; padding: 12px; }
.counter-receipt hr { border: 0; border-top: 1px dashed #999; margin: 6px 0; }
.counter-receipt__row { display: flex; justify-content: space-between; gap: 8px; }
.counter-receipt__row > span:last-child { white-space: nowrap; font-variant-numeric: tabular-nums; }
.counter-receipt__name { overflow-wrap: anywhere; }
.counter-receipt__center { text-align: center; }
.counter-receipt__title { font-size: 14px; }
.counter-receipt__muted { color: #555; font-size: 11px; }
.counter-receipt__total { font-weight: 700; font-size: 14px; }
.counter-receipt__line { margin-bottom: 4px; }
#counter-receipt-print { display: none; }
@media print {
  @page { size: 80mm auto; margin: 3mm; }
  html, body { background: #fff !important; height: auto !important; overflow: visible !important; }
  body > *:not(#counter-receipt-print) { display: none !important; }
  #counter-receipt-print { display: block !important; }
  #counter-receipt-print .counter-receipt { padding: 0; width: 74mm; }
}
`}</style>
)

/** The copy that prints: a child of <body>, so the print rules can hide the whole admin. */
export const PrintableReceipt = ({
  sale,
  names,
}: {
  sale: AdminCounterSale
  names: ReceiptNames
}) =>
  createPortal(
    <div id="counter-receipt-print">
      <Receipt sale={sale} names={names} />
    </div>,
    document.body
  )
