/**
 * The checkout's cart: lines, tenders and discount as the cashier edits them (typed amounts stay
 * strings until submit), the live totals, and the request they turn into.
 */
import type {
  AdminCounterSaleLineRequest,
  AdminCounterTenderRequest,
  AdminCreateCounterSaleRequest,
  CounterTenderKind,
} from "../../../../../types/counter/sales"
import { addAmounts, parseAmount, toNumber } from "../../../../lib/stored-value"

type LineBase = {
  /** Local key of the row (React key, focus target). */
  key: string
  title: string
  staff_member_id: string
}

export type ServiceCartLine = LineBase & {
  type: "service"
  appointment_id: string
  appointment_item_id: string
  /** The appointment's client: the bill's client must be them. */
  customer_id: string
  salon_service_id: string
  variant_id: string | null
  /** The service's list price in the shift's currency, when known. */
  list_price: number | null
  unit_price: string
  /** The staff member on the appointment item (the default seller). */
  performer_id: string
  performer_name: string | null
  is_designated: boolean
  /** Pay with a session of this package (the line then costs nothing). */
  package_id: string
  /** Not chosen by the cashier yet: the client's one covering package is picked once known. */
  package_auto: boolean
}

export type ProductCartLine = LineBase & {
  type: "product"
  variant_id: string
  subtitle: string | null
  list_price: number | null
  unit_price: string
  quantity: number
}

export type PackageCartLine = LineBase & {
  type: "package" | "top_up"
  variant_id: string
  /** The template's or plan's price (not editable: the server prices it). */
  list_price: number | null
  quantity: number
}

export type TipCartLine = LineBase & { type: "tip"; amount: string }

export type CartLine = ServiceCartLine | ProductCartLine | PackageCartLine | TipCartLine

export type CartTender = {
  key: string
  kind: CounterTenderKind
  amount: string
  /** Cash only: what the client handed over. */
  tendered: string
  reference: string
}

export type CartDiscount = { amount: string; reason: string }

let counter = 0
export const newRowKey = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${++counter}`

/** The amount typed, or 0 while it is empty or not a number yet. */
export const typed = (value: string) => {
  const number = Number(value.trim().replace(/,/g, ""))
  return value.trim() && Number.isFinite(number) ? number : 0
}

/** What a line costs before the order's discounts, as far as the screen can tell. */
export const lineAmount = (line: CartLine, currency: string) => {
  switch (line.type) {
    case "service":
      return line.package_id ? 0 : addAmounts(currency, typed(line.unit_price))
    case "product":
      return addAmounts(currency, typed(line.unit_price) * line.quantity)
    case "package":
    case "top_up":
      return addAmounts(currency, toNumber(line.list_price) * line.quantity)
    case "tip":
      return addAmounts(currency, typed(line.amount))
  }
}

export type CartTotals = {
  subtotal: number
  manualDiscount: number
  due: number
  tendered: number
  /** Due minus the tenders' amounts: > 0 still to pay, < 0 tendered too much. */
  remaining: number
  /** Cash handed over beyond the cash tenders' amounts. */
  change: number
  storedValue: number
}

export const cartTotals = (
  lines: CartLine[],
  tenders: CartTender[],
  discount: CartDiscount | null,
  currency: string
): CartTotals => {
  const subtotal = addAmounts(currency, ...lines.map((line) => lineAmount(line, currency)))
  const manualDiscount = discount ? addAmounts(currency, typed(discount.amount)) : 0
  const due = Math.max(0, addAmounts(currency, subtotal, -manualDiscount))
  const tendered = addAmounts(currency, ...tenders.map((tender) => typed(tender.amount)))
  const change = addAmounts(
    currency,
    ...tenders
      .filter((tender) => tender.kind === "cash" && tender.tendered.trim())
      .map((tender) => Math.max(0, typed(tender.tendered) - typed(tender.amount)))
  )
  const storedValue = addAmounts(
    currency,
    ...tenders.filter((t) => t.kind === "stored_value").map((t) => typed(t.amount))
  )
  return {
    subtotal,
    manualDiscount,
    due,
    tendered,
    remaining: addAmounts(currency, due, -tendered),
    change,
    storedValue,
  }
}

export type CartProblems = {
  /** Per row key (line or tender): what is wrong with it. */
  rows: Record<string, string>
  discount?: string
  /** Sale-wide: nothing to sell, tenders not adding up… */
  sale: string[]
}

/** Everything that keeps Submit disabled, named so the screen can say why. */
export const cartProblems = ({
  lines,
  tenders,
  discount,
  currency,
  totals,
  storedValueBalance,
  customerId,
  hasPromo,
}: {
  lines: CartLine[]
  tenders: CartTender[]
  discount: CartDiscount | null
  currency: string
  totals: CartTotals
  storedValueBalance: number | null
  customerId: string
  hasPromo: boolean
}): CartProblems => {
  const rows: Record<string, string> = {}
  const sale: string[] = []
  const amountProblem = (value: string, allowZero = false) => {
    const parsed = parseAmount(value, currency, { allowZero })
    return "error" in parsed ? parsed.error : null
  }
  for (const line of lines) {
    if (line.type === "tip") {
      const problem = amountProblem(line.amount)
      if (problem) rows[line.key] = `Tip: ${problem.toLowerCase()}`
      else if (!line.staff_member_id) rows[line.key] = "Choose who gets the tip"
    } else if (line.type === "service" || line.type === "product") {
      if (line.type === "service" && line.package_id) continue
      const problem = line.unit_price.trim()
        ? amountProblem(line.unit_price, true)
        : "Enter a price"
      if (problem) rows[line.key] = `Price: ${problem.toLowerCase()}`
      if (line.type === "product" && (!Number.isInteger(line.quantity) || line.quantity < 1)) {
        rows[line.key] = "Quantity must be a whole number, 1 or more"
      }
    } else if (!Number.isInteger(line.quantity) || line.quantity < 1) {
      rows[line.key] = "Quantity must be a whole number, 1 or more"
    }
  }
  let discountProblem: string | undefined
  if (discount) {
    const problem = amountProblem(discount.amount)
    if (problem) discountProblem = problem
    else if (!discount.reason.trim()) discountProblem = "Say why the discount is given"
    else if (totals.manualDiscount > totals.subtotal) {
      discountProblem = "The discount is more than the subtotal"
    }
  }
  for (const tender of tenders) {
    const problem = amountProblem(tender.amount)
    if (problem) rows[tender.key] = problem
    else if (tender.kind === "cash" && tender.tendered.trim()) {
      const handed = amountProblem(tender.tendered)
      if (handed) rows[tender.key] = `Handed over: ${handed.toLowerCase()}`
      else if (typed(tender.tendered) < typed(tender.amount)) {
        rows[tender.key] = "The cash handed over is less than the amount"
      }
    } else if (tender.kind === "stored_value") {
      if (!customerId) rows[tender.key] = "A walk-in has no stored value: choose the client"
      else if (storedValueBalance != null && totals.storedValue > storedValueBalance) {
        rows[tender.key] = "More than the client's stored value balance"
      }
    }
  }
  if (!lines.length) sale.push("Add something to sell")
  const paidLines = lines.some((line) => lineAmount(line, currency) > 0)
  if (!tenders.length && (paidLines || hasPromo) && totals.due > 0) {
    sale.push("Add a tender")
  } else if (hasPromo) {
    // The promotion is worked out by the server: tenders may come to less than the estimate.
    if (totals.remaining < 0) sale.push("The tenders are more than the total before promotions")
  } else if (totals.remaining > 0) {
    sale.push("The tenders are short of the total")
  } else if (totals.remaining < 0) {
    sale.push("The tenders are more than the total (give change on the cash tender)")
  }
  if (lines.some((line) => line.type === "service") && !customerId) {
    sale.push("Services are charged to the appointment's client: choose the client")
  }
  if (lines.some((line) => line.type === "package" || line.type === "top_up") && !customerId) {
    sale.push("Packages and top-ups are sold to a client: choose the client")
  }
  return { rows, discount: discountProblem, sale }
}

const unitPriceToSend = (value: string, listPrice: number | null) => {
  const text = value.trim().replace(/,/g, "")
  return listPrice != null && Number(text) === listPrice ? undefined : text
}

/** The cart as the API takes it: prices only when changed, amounts as decimal strings. */
export const buildSaleRequest = ({
  shiftId,
  customerId,
  lines,
  tenders,
  discount,
  promoCodes,
}: {
  shiftId: string
  customerId: string
  lines: CartLine[]
  tenders: CartTender[]
  discount: CartDiscount | null
  promoCodes: string[]
}): AdminCreateCounterSaleRequest => ({
  shift_id: shiftId,
  ...(customerId ? { customer_id: customerId } : {}),
  lines: lines.map((line): AdminCounterSaleLineRequest => {
    const staff = line.staff_member_id ? { staff_member_id: line.staff_member_id } : {}
    switch (line.type) {
      case "service": {
        const price = line.package_id
          ? undefined
          : unitPriceToSend(line.unit_price, line.list_price)
        return {
          type: "service",
          appointment_item_id: line.appointment_item_id,
          ...(line.package_id ? { package_id: line.package_id } : {}),
          ...(price !== undefined ? { unit_price: price } : {}),
          // The performer is the default: only a change is sent.
          ...(line.staff_member_id && line.staff_member_id !== line.performer_id ? staff : {}),
        }
      }
      case "product": {
        const price = unitPriceToSend(line.unit_price, line.list_price)
        return {
          type: "product",
          variant_id: line.variant_id,
          quantity: line.quantity,
          ...(price !== undefined ? { unit_price: price } : {}),
          ...staff,
        }
      }
      case "package":
      case "top_up":
        return { type: line.type, variant_id: line.variant_id, quantity: line.quantity, ...staff }
      case "tip":
        return {
          type: "tip",
          amount: line.amount.trim().replace(/,/g, ""),
          staff_member_id: line.staff_member_id,
        }
    }
  }),
  tenders: tenders.map((tender): AdminCounterTenderRequest => ({
    kind: tender.kind,
    amount: tender.amount.trim().replace(/,/g, ""),
    ...(tender.kind === "cash" && tender.tendered.trim()
      ? { tendered: tender.tendered.trim().replace(/,/g, "") }
      : {}),
    ...(tender.kind !== "cash" && tender.kind !== "stored_value" && tender.reference.trim()
      ? { reference: tender.reference.trim() }
      : {}),
  })),
  ...(promoCodes.length ? { promo_codes: promoCodes } : {}),
  ...(discount
    ? {
        manual_discount: {
          amount: discount.amount.trim().replace(/,/g, ""),
          reason: discount.reason.trim(),
        },
      }
    : {}),
})

/** A variant's price in a currency: the plain price, not a price list's or a rule's. */
export const variantPrice = (
  prices:
    | {
        amount: number | string
        currency_code: string
        price_list_id?: string | null
        rules_count?: number | null
      }[]
    | null
    | undefined,
  currency: string
) => {
  const inCurrency = (prices ?? []).filter(
    (price) => price.currency_code?.toLowerCase() === currency.toLowerCase()
  )
  const plain =
    inCurrency.find((price) => !price.price_list_id && !price.rules_count) ?? inCurrency[0]
  return plain ? toNumber(plain.amount) : null
}
