import { MathBN } from "@medusajs/framework/utils"

/** A decimal amount as a string, a number or a BigNumber. */
export type Amount = Parameters<typeof MathBN.convert>[0]

/** Currencies without minor units (amounts are whole numbers). */
const ZERO_DECIMAL = new Set([
  "jpy",
  "krw",
  "vnd",
  "clp",
  "isk",
  "ugx",
  "xaf",
  "xof",
  "pyg",
  "rwf",
  "kmf",
  "gnf",
  "bif",
  "djf",
  "mga",
  "vuv",
  "xpf",
])

export function currencyDecimals(currencyCode: string): number {
  return ZERO_DECIMAL.has(currencyCode.toLowerCase()) ? 0 : 2
}

/** Rounds half up to the currency's minor unit and returns a plain decimal string. */
export function roundAmount(value: Amount, currencyCode: string): string {
  return MathBN.convert(value)
    .decimalPlaces(currencyDecimals(currencyCode), 4 /* ROUND_HALF_UP */)
    .toFixed()
}

/** True when the value has more decimals than the currency allows (e.g. 1.005 CNY). */
export function hasTooManyDecimals(value: Amount, currencyCode: string): boolean {
  return (MathBN.convert(value).decimalPlaces() ?? 0) > currencyDecimals(currencyCode)
}

/** "1,200.00 CNY": how messages show money. */
export function formatAmount(value: Amount, currencyCode: string): string {
  const decimals = currencyDecimals(currencyCode)
  const [whole, fraction] = MathBN.convert(value).toFixed(decimals).split(".")
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",")
  return `${fraction ? `${grouped}.${fraction}` : grouped} ${currencyCode.toUpperCase()}`
}

/** Medusa's stored form of a bigNumber column's raw twin. */
export function rawAmount(value: Amount) {
  return { value: MathBN.convert(value).toFixed(), precision: 20 }
}

/**
 * The message for a debit beyond what is available: the balance less what is held for carts in
 * online checkout. `tail` names the debit ("the spend is 10.00 CNY", "10.00 CNY was asked").
 */
export function insufficientStoredValueMessage(
  balance: Amount,
  held: Amount,
  currencyCode: string,
  tail: string
): string {
  if (MathBN.gt(held, 0)) {
    const available = MathBN.max(MathBN.sub(balance, held), 0)
    return `Insufficient stored value: the balance is ${formatAmount(balance, currencyCode)}, of which ${formatAmount(held, currencyCode)} is held for online checkout (${formatAmount(available, currencyCode)} available), ${tail}`
  }
  return `Insufficient stored value: the balance is ${formatAmount(balance, currencyCode)}, ${tail}`
}
