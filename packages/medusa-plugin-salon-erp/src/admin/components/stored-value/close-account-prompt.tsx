import { Text } from "@medusajs/ui"
import { useState } from "react"
import { useCloseStoredValueAccount } from "../../hooks/api/stored-value"
import { formatMoney, toNumber } from "../../lib/stored-value"
import type { PaymentMethod } from "../../../types/stored-value/http"
import { Field } from "../common/field"
import { PromptActions, PromptHeading, withSessionPrompt } from "../common/session-dialogs"
import { ReasonField } from "../common/text-fields"
import { PaymentMethodSelect } from "./form-fields"
import { type AccountFormProps, useOperationSubmit } from "./use-operation-submit"

const CloseForm = ({ account, customerLabel, onDone }: AccountFormProps) => {
  const currency = account.currency_code
  const [reason, setReason] = useState("")
  const [refundMethod, setRefundMethod] = useState<PaymentMethod | "">("")
  const [error, setError] = useState<string | null>(null)
  const close = useCloseStoredValueAccount()
  const operation = useOperationSubmit({
    keyPrefix: "admin-sv-close",
    failure: "Could not cancel the card",
    replayed: "This card was already canceled",
    onDone,
  })
  const principal = toNumber(account.principal_balance)
  const bonus = toNumber(account.bonus_balance)

  const submit = () => {
    if (!reason.trim()) {
      setError("A reason is required to cancel a card")
      return
    }
    setError(null)
    if (!operation.start()) return
    close.mutate(
      {
        idempotency_key: operation.idempotencyKey,
        account_id: account.id,
        reason: reason.trim(),
        refund_method: refundMethod || undefined,
      },
      operation.callbacks(({ operation: moved }) => [
        "Card canceled",
        `Refund ${formatMoney(-Number(moved.principal_delta), currency)} to the member; ${formatMoney(
          -Number(moved.bonus_delta),
          currency
        )} bonus forfeited.`,
      ])
    )
  }

  return (
    <>
      <PromptHeading title={`Cancel ${currency.toUpperCase()} card (退卡)?`}>
        {customerLabel}&apos;s {currency.toUpperCase()} stored value is closed for good; it cannot
        be topped up or spent again.
      </PromptHeading>
      <div className="flex flex-col gap-y-4 px-6 pt-4">
        <div className="grid grid-cols-[1fr_auto] gap-y-1 rounded-lg border px-4 py-3">
          <Text size="small">Refund to the member (principal)</Text>
          <Text size="small" weight="plus" className="text-right tabular-nums">
            {formatMoney(principal, currency)}
          </Text>
          <Text size="small">Forfeited (bonus)</Text>
          <Text
            size="small"
            weight="plus"
            className={[bonus > 0 ? "text-ui-fg-error" : "", "text-right tabular-nums"].join(" ")}
          >
            {formatMoney(bonus, currency)}
          </Text>
        </div>
        <Field
          label="Refund method"
          optional
          htmlFor="close-refund-method"
          hint="How the principal is paid back; recorded on the closing entry"
        >
          <PaymentMethodSelect
            id="close-refund-method"
            value={refundMethod}
            onChange={setRefundMethod}
            placeholder="Not recorded"
          />
        </Field>
        <ReasonField
          id="close-reason"
          error={error}
          value={reason}
          onChange={setReason}
          placeholder="e.g. Member moving abroad"
        />
      </div>
      <PromptActions
        cancelText="Keep the card"
        onCancel={onDone}
        variant="danger"
        isLoading={close.isPending}
        onClick={submit}
      >
        Cancel card
      </PromptActions>
    </>
  )
}

/**
 * Cancels a membership card (退卡): shows what is refunded (unspent principal) and forfeited
 * (all bonus) before anything moves; needs a reason. Fresh per `session`.
 */
export const CloseAccountPrompt = withSessionPrompt(CloseForm)
