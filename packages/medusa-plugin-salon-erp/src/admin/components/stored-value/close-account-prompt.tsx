import { Button, Prompt, Text, Textarea, toast } from "@medusajs/ui"
import { useState } from "react"
import { useCloseStoredValueAccount } from "../../hooks/api/stored-value"
import { errorMessage } from "../../lib/errors"
import { newIdempotencyKey } from "../../lib/idempotency"
import { formatMoney, toNumber } from "../../lib/stored-value"
import type { PaymentMethod, StoredValueAccount } from "../../../types/stored-value/http"
import { Field } from "../common/field"
import { PaymentMethodSelect } from "./form-fields"
import { useSingleFlight } from "./use-dialog"
import { SessionPrompt } from "../forms/drawer-parts"

/**
 * Cancels a membership card (退卡): shows what is refunded (unspent principal) and forfeited
 * (all bonus) before anything moves; needs a reason. Fresh per `session`.
 */
export const CloseAccountPrompt = ({
  open,
  onOpenChange,
  session,
  account,
  customerLabel,
}: {
  open: boolean
  onOpenChange: (open: boolean) => void
  session: number
  account: StoredValueAccount
  customerLabel: string
}) => (
  <SessionPrompt open={open} onOpenChange={onOpenChange} session={session}>
    {(done) => <CloseForm account={account} customerLabel={customerLabel} onDone={done} />}
  </SessionPrompt>
)

const CloseForm = ({
  account,
  customerLabel,
  onDone,
}: {
  account: StoredValueAccount
  customerLabel: string
  onDone: () => void
}) => {
  const currency = account.currency_code
  const [idempotencyKey] = useState(() => newIdempotencyKey("admin-sv-close"))
  const [reason, setReason] = useState("")
  const [refundMethod, setRefundMethod] = useState<PaymentMethod | "">("")
  const [error, setError] = useState<string | null>(null)
  const close = useCloseStoredValueAccount()
  const flight = useSingleFlight()
  const principal = toNumber(account.principal_balance)
  const bonus = toNumber(account.bonus_balance)

  const submit = () => {
    if (!reason.trim()) {
      setError("A reason is required to cancel a card")
      return
    }
    setError(null)
    if (!flight.start()) return
    close.mutate(
      {
        idempotency_key: idempotencyKey,
        account_id: account.id,
        reason: reason.trim(),
        refund_method: refundMethod || undefined,
      },
      {
        onSuccess: ({ operation }) => {
          toast.success(operation.replayed ? "This card was already canceled" : "Card canceled", {
            description: `Refund ${formatMoney(
              -Number(operation.principal_delta),
              currency
            )} to the member; ${formatMoney(-Number(operation.bonus_delta), currency)} bonus forfeited.`,
          })
          onDone()
        },
        onError: (err) =>
          toast.error("Could not cancel the card", { description: errorMessage(err) }),
        onSettled: flight.end,
      }
    )
  }

  return (
    <>
      <Prompt.Header>
        <Prompt.Title>Cancel {currency.toUpperCase()} card (退卡)?</Prompt.Title>
        <Prompt.Description>
          {customerLabel}&apos;s {currency.toUpperCase()} stored value is closed for good; it cannot
          be topped up or spent again.
        </Prompt.Description>
      </Prompt.Header>
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
        <Field label="Reason" htmlFor="close-reason" error={error}>
          <Textarea
            id="close-reason"
            rows={2}
            maxLength={500}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            placeholder="e.g. Member moving abroad"
          />
        </Field>
      </div>
      <Prompt.Footer>
        <Button size="small" variant="secondary" onClick={onDone} disabled={close.isPending}>
          Keep the card
        </Button>
        <Button size="small" variant="danger" isLoading={close.isPending} onClick={submit}>
          Cancel card
        </Button>
      </Prompt.Footer>
    </>
  )
}
