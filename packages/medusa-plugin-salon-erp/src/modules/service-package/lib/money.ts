import { MedusaError } from "@medusajs/framework/utils"
import { moneyColumns as sharedMoneyColumns } from "../../../lib/money"

/**
 * Package money is kept in major units (as Medusa prices) with two decimals; arithmetic is done
 * in whole cents so that splits and sums are exact.
 */
export type Cents = number

/** Major units (number, numeric string or BigNumber-like) to whole cents. */
export function toCents(value: unknown): Cents {
  const raw =
    value && typeof value === "object" && "numeric" in (value as Record<string, unknown>)
      ? (value as { numeric: number }).numeric
      : value
  const number = typeof raw === "string" ? Number(raw) : (raw as number)
  if (raw === null || raw === undefined || !Number.isFinite(number)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Not an amount: ${String(raw)}`)
  }
  return Math.round(number * 100)
}

/** Whole cents to major units as a number, e.g. 12345 → 123.45. */
export function toMajor(cents: Cents): number {
  return Math.round(cents) / 100
}

/** Column values for a bigNumber field written with knex, from whole cents. */
export function moneyColumns(name: string, cents: Cents): Record<string, string> {
  const major = (Math.round(cents) / 100).toFixed(2)
  // The column keeps two decimals ("0.00"), as package amounts have always read back.
  return { ...sharedMoneyColumns(name, major), [name]: major }
}

/** Column values that clear bigNumber fields (each value and its raw twin). */
export function clearedMoneyColumns(...names: string[]): Record<string, null> {
  return Object.fromEntries(
    names.flatMap((name) => [
      [name, null],
      [`raw_${name}`, null],
    ])
  )
}

/**
 * Splits `total` cents over `weights` in proportion, rounding by largest remainder so the parts
 * add up to `total` exactly. All-zero weights split equally.
 */
export function splitByWeights(total: Cents, weights: number[]): Cents[] {
  if (!weights.length) return []
  const safe = weights.map((weight) => (Number.isFinite(weight) && weight > 0 ? weight : 0))
  const sum = safe.reduce((a, b) => a + b, 0)
  const effective = sum > 0 ? safe : safe.map(() => 1)
  const effectiveSum = sum > 0 ? sum : effective.length
  const exact = effective.map((weight) => (total * weight) / effectiveSum)
  const parts = exact.map((value) => Math.floor(value))
  let left = total - parts.reduce((a, b) => a + b, 0)
  const order = exact
    .map((value, index) => ({ index, fraction: value - Math.floor(value) }))
    .sort((a, b) => b.fraction - a.fraction || a.index - b.index)
  for (let i = 0; left > 0; i = (i + 1) % order.length, left--) {
    parts[order[i].index] += 1
  }
  return parts
}

/**
 * Value of `quantity` of `remaining` sessions whose value is `valueRemaining` cents: pro rata,
 * rounded half up, and everything that is left when the last sessions go. Successive movements
 * therefore always add up to the value allocated at sale, to the cent.
 */
export function proRata(valueRemaining: Cents, remaining: number, quantity: number): Cents {
  if (quantity <= 0 || remaining <= 0) return 0
  if (quantity >= remaining) return valueRemaining
  return Math.floor((2 * valueRemaining * quantity + remaining) / (2 * remaining))
}

/** A percentage of an amount in cents, rounded half up. */
export function percentOf(amount: Cents, percent: number): Cents {
  return Math.floor((amount * percent) / 100 + 0.5)
}
