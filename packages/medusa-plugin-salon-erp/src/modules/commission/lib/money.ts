// One currency table and one raw form for the whole plugin.
import { type Amount, moneyColumns } from "../../../lib/money"

export { type Amount, canonical, moneyColumns } from "../../../lib/money"

/** A nullable bigNumber column (an entry's rate): both columns null when the value is. */
export function nullableMoneyColumns<K extends string>(
  name: K,
  value: Amount | null
): Record<K | `raw_${K}`, string | null> {
  if (value === null) return { [name]: null, [`raw_${name}`]: null } as Record<K | `raw_${K}`, null>
  return moneyColumns(name, value)
}
