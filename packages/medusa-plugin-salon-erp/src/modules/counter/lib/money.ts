// One currency table and one raw form for the whole plugin.
export {
  type Amount,
  canonical,
  currencyDecimals,
  formatAmount,
  hasTooManyDecimals,
  moneyColumns,
} from "../../../lib/money"
