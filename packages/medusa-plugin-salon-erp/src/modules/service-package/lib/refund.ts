import type { ItemRow, PackageRow, RefundQuote } from "../types"
import { notAllowed } from "./errors"
import { day, plural } from "./format"
import { percentOf, toMajor } from "./money"

type QuotedItem = Pick<ItemRow, "id" | "salon_service_id" | "service_name" | "remaining" | "value">

/** What refunding returns: the value of the unused sessions, minus the package's fee. */
export function buildQuote(pkg: PackageRow, items: QuotedItem[]): RefundQuote {
  const open = items.filter((item) => item.remaining > 0)
  const gross = open.reduce((sum, item) => sum + item.value, 0)
  const fee = percentOf(gross, pkg.refund_fee_percent)
  return {
    package_id: pkg.id,
    customer_id: pkg.customer_id,
    currency_code: pkg.currency_code,
    gross_amount: toMajor(gross),
    fee_percent: pkg.refund_fee_percent,
    fee: toMajor(fee),
    amount: toMajor(gross - fee),
    items: open.map((item) => ({
      package_item_id: item.id,
      salon_service_id: item.salon_service_id,
      service_name: item.service_name,
      sessions: item.remaining,
      value: toMajor(item.value),
    })),
  }
}

/** An active or frozen package, with unused sessions and none reserved, can be refunded. */
export function assertRefundable(pkg: PackageRow, items: ItemRow[]) {
  if (!["active", "frozen"].includes(pkg.status)) {
    throw notAllowed(
      pkg.status === "expired"
        ? `Package ${pkg.name} expired on ${day(pkg.expires_at)}; expired sessions are not refunded`
        : `Package ${pkg.name} is ${pkg.status}; it cannot be refunded`
    )
  }
  const reserved = items.reduce((sum, item) => sum + item.reserved, 0)
  if (reserved > 0) {
    throw notAllowed(
      `Package ${pkg.name} has ${plural(reserved, "session")} reserved for upcoming appointments; release ${reserved === 1 ? "it" : "them"} before refunding`
    )
  }
  if (!items.some((item) => item.remaining > 0)) {
    throw notAllowed(`Package ${pkg.name} has no unused sessions to refund`)
  }
}
