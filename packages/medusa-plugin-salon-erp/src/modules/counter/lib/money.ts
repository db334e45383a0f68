import { MathBN } from "@medusajs/framework/utils"
import { type Amount, rawAmount } from "../../stored-value/lib/money"

// One currency table and one raw form for the whole plugin: reuse the stored-value helpers.
export {
  type Amount,
  currencyDecimals,
  formatAmount,
  hasTooManyDecimals,
} from "../../stored-value/lib/money"

/** A decimal amount in its canonical form ("10", "10.5"), so 10, "10" and "10.00" match. */
export function canonical(value: Amount): string {
  return MathBN.convert(value).toFixed()
}

/**
 * A bigNumber column written with knex: the value and its raw_ jsonb twin, which Medusa reads
 * back. The raw value is JSON text so that it fits both query builder and raw bindings.
 */
export function moneyColumns<K extends string>(
  name: K,
  value: string
): Record<K | `raw_${K}`, string> {
  return {
    [name]: value,
    [`raw_${name}`]: JSON.stringify(rawAmount(value)),
  } as Record<K | `raw_${K}`, string>
}
