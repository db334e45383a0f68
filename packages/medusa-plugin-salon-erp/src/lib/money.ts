import { MathBN } from "@medusajs/framework/utils"

/**
 * Money for the whole plugin: one currency table, one canonical form and one way to write a
 * bigNumber column from SQL. Modules re-export what they need from here.
 */

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

/** A decimal amount in its canonical form ("10", "10.5"), so 10, "10" and "10.00" match. */
export function canonical(value: Amount): string {
  return MathBN.convert(value).toFixed()
}

/** Medusa's stored form of a bigNumber column's raw twin. */
export function rawAmount(value: Amount) {
  return { value: canonical(value), precision: 20 }
}

/**
 * A bigNumber column written with knex: the value and its raw_ jsonb twin, which Medusa reads
 * back. The raw value is JSON text so that it fits both query builder and raw bindings.
 */
export function moneyColumns<K extends string>(
  name: K,
  value: Amount
): Record<K | `raw_${K}`, string> {
  return {
    [name]: canonical(value),
    [`raw_${name}`]: JSON.stringify(rawAmount(value)),
  } as Record<K | `raw_${K}`, string>
}
