import { formatMoney, toNumber } from "../../lib/stored-value"
import type { Amount } from "../../../types/stored-value/http"

/** A commission amount: negative ones (reversals, clawbacks) in the error colour with a sign. */
export const SignedMoney = ({
  amount,
  currency,
  className,
}: {
  amount: Amount
  currency: string
  className?: string
}) => {
  const negative = toNumber(amount) < 0
  return (
    <span
      className={[
        "tabular-nums whitespace-nowrap",
        negative ? "text-ui-fg-error" : undefined,
        className,
      ]
        .filter(Boolean)
        .join(" ")}
    >
      {formatMoney(amount, currency, { signed: negative })}
    </span>
  )
}
