/**
 * Display helpers for stored value: money, entry types, payment methods, recharge plan terms
 * and bonus lots. Amounts arrive as numbers or decimal strings in the currency's major unit.
 */
import type {
  Amount,
  BonusLot,
  PaymentMethod,
  RechargePlan,
  SpendReferenceType,
  StoredValueAccount,
  StoredValueEntry,
  StoredValueEntryType,
} from "../../types/stored-value/http"

const moneyFormatters = new Map<string, Intl.NumberFormat>()

// zh-CN writes CNY as "¥" and other currencies unambiguously ("HK$", "US$", "€").
const moneyFormatter = (currency: string, signed: boolean) => {
  const key = `${currency}:${signed}`
  let formatter = moneyFormatters.get(key)
  if (!formatter) {
    try {
      formatter = new Intl.NumberFormat("zh-CN", {
        style: "currency",
        currency: currency.toUpperCase(),
        signDisplay: signed ? "exceptZero" : "auto",
      })
    } catch {
      formatter = new Intl.NumberFormat("zh-CN", {
        minimumFractionDigits: 2,
        maximumFractionDigits: 2,
        signDisplay: signed ? "exceptZero" : "auto",
      })
    }
    moneyFormatters.set(key, formatter)
  }
  return formatter
}

export const toNumber = (amount: Amount | null | undefined) => {
  const value = typeof amount === "number" ? amount : Number(amount ?? 0)
  // "+ 0" turns -0 (from negating a zero delta) into 0, so it never shows as "-¥0.00".
  return Number.isFinite(value) ? value + 0 : 0
}

/** "¥1,200.00"; with `signed`, "+¥200.00" / "-¥88.00" (zero unsigned). */
export const formatMoney = (
  amount: Amount | null | undefined,
  currency: string,
  { signed = false }: { signed?: boolean } = {}
) => moneyFormatter(currency, signed).format(toNumber(amount))

/** Decimal places of a currency (2 for CNY, 0 for JPY). */
export const currencyDigits = (currency: string) => {
  try {
    return (
      new Intl.NumberFormat("en", {
        style: "currency",
        currency: currency.toUpperCase(),
      }).resolvedOptions().maximumFractionDigits ?? 2
    )
  } catch {
    return 2
  }
}

/** Sums amounts without floating-point dust ("0.1 + 0.2"), to the currency's precision. */
export const addAmounts = (currency: string, ...amounts: (Amount | null | undefined)[]) => {
  const scale = 10 ** currencyDigits(currency)
  return (
    amounts.reduce<number>((sum, amount) => sum + Math.round(toNumber(amount) * scale), 0) / scale
  )
}

/**
 * Checks a typed amount: a decimal with at most the currency's decimals. Returns the trimmed
 * decimal string to send (the API takes decimal strings, so nothing is rounded on the way), or
 * an error message.
 */
export const parseAmount = (
  input: string,
  currency: string,
  { signed = false, allowZero = false }: { signed?: boolean; allowZero?: boolean } = {}
): { value: string } | { error: string } => {
  const text = input.trim().replace(/,/g, "")
  if (!text) return { error: "Enter an amount" }
  if (!(signed ? /^[-+]?\d+(\.\d+)?$/ : /^\d+(\.\d+)?$/).test(text)) {
    return { error: signed ? "Use a number such as -50 or 120.50" : "Use a number such as 120.50" }
  }
  const digits = currencyDigits(currency)
  const decimals = text.split(".")[1]?.length ?? 0
  if (decimals > digits) {
    return {
      error: digits
        ? `${currency.toUpperCase()} has ${digits} decimal places`
        : `${currency.toUpperCase()} has no decimal places`,
    }
  }
  const value = text.replace(/^\+/, "")
  if (!allowZero && Number(value) === 0) return { error: "The amount must not be zero" }
  return { value }
}

// ------------------------------------------------------------------ entries

type BadgeColor = "green" | "red" | "blue" | "orange" | "grey" | "purple"

export const ENTRY_TYPE_META: Record<StoredValueEntryType, { label: string; color: BadgeColor }> = {
  top_up_principal: { label: "Top-up", color: "green" },
  top_up_bonus: { label: "Top-up bonus", color: "green" },
  spend: { label: "Spend", color: "blue" },
  refund: { label: "Refund", color: "purple" },
  reversal: { label: "Reversal", color: "orange" },
  expiry: { label: "Bonus expired", color: "grey" },
  adjustment: { label: "Adjustment", color: "orange" },
  closure: { label: "Card canceled", color: "red" },
  migration: { label: "Opening balance (import)", color: "grey" },
}

export const entryTypeLabel = (type: string) =>
  ENTRY_TYPE_META[type as StoredValueEntryType]?.label ?? type.replace(/_/g, " ")

/** Entries whose operation a spend refund may target. */
export const isRefundable = (entry: StoredValueEntry) => entry.type === "spend"

/** Entries whose operation can be undone entirely (the API refuses the rest). */
export const isReversible = (entry: StoredValueEntry) =>
  ["top_up_principal", "top_up_bonus", "spend", "refund", "adjustment"].includes(entry.type)

export const PAYMENT_METHOD_LABELS: Record<PaymentMethod, string> = {
  cash: "Cash",
  card: "Bank card",
  wechat_pay: "WeChat Pay",
  alipay: "Alipay",
  bank_transfer: "Bank transfer",
}

export const paymentMethodLabel = (method: string | null | undefined) => {
  if (!method) return null
  const label = PAYMENT_METHOD_LABELS[method as PaymentMethod] ?? method.replace(/_/g, " ")
  return label.charAt(0).toUpperCase() + label.slice(1)
}

export const SPEND_REFERENCE_LABELS: Record<SpendReferenceType, string> = {
  sale: "Sale",
  appointment: "Appointment",
  service_package: "Service package",
  order: "Order",
  other: "Other",
}

const REFERENCE_LABELS: Record<string, string> = {
  ...SPEND_REFERENCE_LABELS,
  line_item: "Order line",
  cart: "Cart",
  recharge_plan: "Recharge plan",
  admin_user: "Admin",
  operation: "Operation",
}

/**
 * "Appointment appt_…", "Order order_…", "Recharge plan Gold card" (with `name` for the id);
 * admin-user references say nothing new (the author does).
 */
export const describeReference = (
  entry: Pick<StoredValueEntry, "reference_type" | "reference_id">,
  name?: (type: string, id: string) => string | null
) => {
  if (!entry.reference_type || entry.reference_type === "admin_user") return null
  const label = REFERENCE_LABELS[entry.reference_type] ?? entry.reference_type.replace(/_/g, " ")
  if (!entry.reference_id) return label
  return `${label} ${name?.(entry.reference_type, entry.reference_id) ?? entry.reference_id}`
}

/** "Principal +¥10.00, bonus −¥2.00": what an operation moved. */
export const describeDeltas = (
  operation: { principal_delta: Amount; bonus_delta: Amount },
  currency: string
) =>
  `Principal ${formatMoney(operation.principal_delta, currency, { signed: true })}, bonus ${formatMoney(
    operation.bonus_delta,
    currency,
    { signed: true }
  )}`

// ----------------------------------------------------------------- accounts

export const accountTotal = (
  account: Pick<StoredValueAccount, "principal_balance" | "bonus_balance" | "currency_code">
) => addAmounts(account.currency_code, account.principal_balance, account.bonus_balance)

export type OpenBonusLot = {
  id: string
  remaining: number
  expires_at: string | null
  amount: number
}

/**
 * What is left of each unexpired bonus lot. Bonus is spent soonest-expiring first, so the
 * balance belongs to the latest-expiring lots: allocate it from the latest lot backwards (the
 * module's own rule, lib/bonus-lots.ts). Soonest expiry first; lots with nothing left dropped.
 */
export const openBonusLots = (
  lots: (BonusLot | null)[] | undefined,
  bonusBalance: Amount,
  currency: string
): OpenBonusLot[] => {
  const scale = 10 ** currencyDigits(currency)
  const time = (value: string | null) => (value ? Date.parse(value) : Infinity)
  const open = (lots ?? [])
    .filter((lot): lot is BonusLot => !!lot && !lot.expired_at)
    .sort(
      (a, b) =>
        time(b.expires_at) - time(a.expires_at) ||
        Date.parse(b.created_at) - Date.parse(a.created_at)
    )
  let left = Math.round(toNumber(bonusBalance) * scale)
  const result: OpenBonusLot[] = []
  for (const lot of open) {
    const amount = Math.round(toNumber(lot.amount) * scale)
    const share = Math.max(0, Math.min(amount, left))
    left -= share
    if (share > 0) {
      result.push({
        id: lot.id,
        remaining: share / scale,
        amount: amount / scale,
        expires_at: lot.expires_at,
      })
    }
  }
  return result.sort((a, b) => time(a.expires_at) - time(b.expires_at))
}

/** Bonus expiring within this many days is flagged as expiring soon. */
export const EXPIRING_SOON_DAYS = 30

export const daysUntil = (iso: string, now = Date.now()) =>
  Math.ceil((Date.parse(iso) - now) / 86_400_000)

// ----------------------------------------------------------------- plans

/** The bonus a plan gives on one top-up (percent of the pay amount, rounded to the currency). */
export const planBonus = (
  plan: Pick<RechargePlan, "bonus_type" | "bonus_value" | "pay_amount" | "currency_code">
) => {
  if (plan.bonus_type === "fixed") return toNumber(plan.bonus_value)
  const scale = 10 ** currencyDigits(plan.currency_code)
  return Math.round((toNumber(plan.pay_amount) * toNumber(plan.bonus_value) * scale) / 100) / scale
}

/** What the member can spend after paying for the plan. */
export const planValue = (
  plan: Pick<RechargePlan, "bonus_type" | "bonus_value" | "pay_amount" | "currency_code">
) => addAmounts(plan.currency_code, plan.pay_amount, planBonus(plan))

export const describeBonus = (
  plan: Pick<RechargePlan, "bonus_type" | "bonus_value" | "pay_amount" | "currency_code">
) => {
  if (!toNumber(plan.bonus_value)) return "No bonus"
  const amount = formatMoney(planBonus(plan), plan.currency_code)
  return plan.bonus_type === "percent" ? `${toNumber(plan.bonus_value)}% (${amount})` : amount
}

export const describeValidity = (days: number | null | undefined) =>
  days ? `${days} day${days === 1 ? "" : "s"}` : "Never expires"

/** Where a plan stands today: on sale, inactive, not started or ended. */
export const planAvailability = (
  plan: Pick<RechargePlan, "is_active" | "starts_at" | "ends_at">,
  now = Date.now()
): { label: string; color: "green" | "grey" | "orange" | "red"; onSale: boolean } => {
  if (!plan.is_active) return { label: "Inactive", color: "grey", onSale: false }
  if (plan.starts_at && Date.parse(plan.starts_at) > now) {
    return { label: "Not started", color: "orange", onSale: false }
  }
  if (plan.ends_at && Date.parse(plan.ends_at) <= now) {
    return { label: "Ended", color: "red", onSale: false }
  }
  return { label: "On sale", color: "green", onSale: true }
}

// ------------------------------------------------------------------ dates

const dateFormatter = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
})
const dateTimeFormatter = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
})

/** "23 Nov 2026" in the browser's zone. */
export const formatDay = (iso: string) => dateFormatter.format(new Date(iso))

/** "23 Nov 2026, 14:05" in the browser's zone. */
export const formatInstant = (iso: string) => dateTimeFormatter.format(new Date(iso))

const shortDateTimeFormatter = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
})

/** "23 Nov, 14:05" this year, "23 Nov 2025, 14:05" before: for narrow history tables. */
export const formatWhen = (iso: string) => {
  const date = new Date(iso)
  return date.getFullYear() === new Date().getFullYear()
    ? shortDateTimeFormatter.format(date)
    : dateTimeFormatter.format(date)
}

const pad = (n: number) => String(n).padStart(2, "0")
const localDateOf = (date: Date) =>
  `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
const localMidnight = (date: string) => {
  const [y, m, d] = date.split("-").map(Number)
  return new Date(y, m - 1, d)
}

/** The instant a local day ("YYYY-MM-DD") starts, in the browser's zone. */
export const dayStartIso = (date: string) => localMidnight(date).toISOString()

/** The instant after a local day ends (an exclusive end), in the browser's zone. */
export const dayEndIso = (date: string) => {
  const start = localMidnight(date)
  return new Date(start.getFullYear(), start.getMonth(), start.getDate() + 1).toISOString()
}

/** The local day an instant falls on. */
export const isoToDay = (iso: string | null) => (iso ? localDateOf(new Date(iso)) : "")

/** The last local day before an exclusive end instant. */
export const isoToLastDay = (iso: string | null) =>
  iso ? localDateOf(new Date(Date.parse(iso) - 1)) : ""

/** "1 Dec 2026 – 31 Dec 2026", "From 1 Dec 2026", "Always". */
export const describeDates = (startsAt: string | null, endsAt: string | null) => {
  const from = startsAt ? formatDay(startsAt) : null
  const to = endsAt ? formatDay(new Date(Date.parse(endsAt) - 1).toISOString()) : null
  if (from && to) return `${from} – ${to}`
  if (from) return `From ${from}`
  if (to) return `Until ${to}`
  return "Always"
}

export const customerName = (
  customer:
    | { first_name?: string | null; last_name?: string | null; email?: string | null }
    | null
    | undefined
) =>
  [customer?.first_name, customer?.last_name].filter(Boolean).join(" ") || customer?.email || null
