import { MathBN } from "@medusajs/framework/utils"
import { type Amount, formatAmount } from "../../../lib/money"

export {
  type Amount,
  canonical,
  currencyDecimals,
  formatAmount,
  hasTooManyDecimals,
  moneyColumns,
  rawAmount,
  roundAmount,
} from "../../../lib/money"

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
