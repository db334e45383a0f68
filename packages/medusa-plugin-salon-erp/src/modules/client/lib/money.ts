export { type Amount, canonical, moneyColumns, rawAmount } from "../../../lib/money"
