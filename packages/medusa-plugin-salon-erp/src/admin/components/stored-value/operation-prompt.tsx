import { Text } from "@medusajs/ui"
import { useState } from "react"
import {
  useRefundStoredValueOperation,
  useReverseStoredValueOperation,
} from "../../hooks/api/stored-value"
import {
  addAmounts,
  describeDeltas,
  entryTypeLabel,
  formatInstant,
  formatMoney,
  parseAmount,
} from "../../lib/stored-value"
import type { StoredValueEntry } from "../../../types/stored-value/http"
import { Field } from "../common/field"
import { AmountInput } from "./form-fields"
import { PromptActions, PromptHeading, withSessionPrompt } from "../common/session-dialogs"
import { ReasonField } from "../common/text-fields"
import { useOperationSubmit } from "./use-operation-submit"

export type OperationAction = "refund" | "reverse"

/** An operation as the history shows it: its entries, and what was refunded of it so far. */
export type OperationTarget = {
  action: OperationAction
  /** Every loaded entry of the operation (a top-up has a principal and a bonus line). */
  entries: StoredValueEntry[]
  /** Refunds of this spend found in the loaded history (positive). */
  refunded?: number
}

const OperationForm = ({ target, onDone }: { target: OperationTarget; onDone: () => void }) => {
  const first = target.entries[0]
  const currency = first.currency_code
  const isRefund = target.action === "refund"
  const [amount, setAmount] = useState("")
  const [reason, setReason] = useState("")
  const [errors, setErrors] = useState<Record<string, string>>({})
  const refund = useRefundStoredValueOperation()
  const reverse = useReverseStoredValueOperation()
  const pending = refund.isPending || reverse.isPending
  const operation = useOperationSubmit({
    keyPrefix: isRefund ? "admin-sv-refund" : "admin-sv-reverse",
    failure: isRefund ? "Could not refund" : "Could not reverse",
    replayed: "This was already recorded",
    onDone,
  })

  const principal = addAmounts(currency, ...target.entries.map((e) => e.principal_amount))
  const bonus = addAmounts(currency, ...target.entries.map((e) => e.bonus_amount))
  const total = addAmounts(currency, principal, bonus)
  const left = isRefund ? Math.max(0, addAmounts(currency, -total, -(target.refunded ?? 0))) : 0
  const label = target.entries.some((e) => e.type.startsWith("top_up"))
    ? "top-up"
    : entryTypeLabel(first.type).toLowerCase()

  const submit = () => {
    const found: Record<string, string> = {}
    let value: string | undefined
    if (isRefund && amount.trim()) {
      const parsed = parseAmount(amount, currency)
      if ("error" in parsed) found.amount = parsed.error
      else value = parsed.value
    }
    if (!reason.trim()) found.reason = "A reason is required; it is kept in the ledger"
    setErrors(found)
    if (Object.keys(found).length || !operation.start()) return
    const callbacks = operation.callbacks(({ operation: moved }) => [
      isRefund
        ? `Refunded ${formatMoney(addAmounts(currency, moved.principal_delta, moved.bonus_delta), currency)}`
        : `Reversed the ${label}`,
      describeDeltas(moved, currency),
    ])
    const request = {
      idempotency_key: operation.idempotencyKey,
      operation_id: first.operation_id,
      reason: reason.trim(),
    }
    if (isRefund) refund.mutate({ ...request, amount: value }, callbacks)
    else reverse.mutate(request, callbacks)
  }

  return (
    <>
      <PromptHeading title={isRefund ? "Refund to stored value" : `Reverse this ${label}?`}>
        {isRefund
          ? `Credits the spend back in its own principal/bonus split.`
          : "Writes reversing entries that undo it entirely; the original line stays in the ledger."}
      </PromptHeading>
      <div className="flex flex-col gap-y-4 px-6 pt-4">
        <div className="bg-ui-bg-subtle flex flex-col gap-y-0.5 rounded-lg border px-4 py-3">
          <Text size="small" weight="plus">
            {entryTypeLabel(first.type)} of {formatMoney(Math.abs(total), currency)} ·{" "}
            {formatInstant(first.created_at)}
          </Text>
          <Text size="small" className="text-ui-fg-subtle">
            {formatMoney(principal, currency, { signed: true })} principal,{" "}
            {formatMoney(bonus, currency, { signed: true })} bonus
          </Text>
          {isRefund && !!target.refunded && (
            <Text size="small" className="text-ui-fg-subtle">
              Already refunded {formatMoney(target.refunded, currency)};{" "}
              {formatMoney(left, currency)} left
            </Text>
          )}
          {!isRefund && label === "top-up" && (
            <Text size="xsmall" className="text-ui-fg-muted">
              A top-up the member has already spent cannot be reversed.
            </Text>
          )}
        </div>
        {isRefund && (
          <Field
            label="Amount"
            optional
            htmlFor="operation-amount"
            error={errors.amount}
            hint={`Empty: all that is left${left ? ` (${formatMoney(left, currency)})` : ""}`}
          >
            <AmountInput
              id="operation-amount"
              currency={currency}
              value={amount}
              onChange={setAmount}
              placeholder={left ? String(left) : ""}
              invalid={!!errors.amount}
            />
          </Field>
        )}
        <ReasonField
          id="operation-reason"
          error={errors.reason}
          value={reason}
          onChange={setReason}
          placeholder={
            isRefund ? "e.g. Treatment not performed" : "e.g. Recorded on the wrong card"
          }
        />
      </div>
      <PromptActions
        cancelText="Back"
        onCancel={onDone}
        variant={isRefund ? "primary" : "danger"}
        isLoading={pending}
        onClick={submit}
      >
        {isRefund ? "Refund" : "Reverse"}
      </PromptActions>
    </>
  )
}

/**
 * Refunds a spend (all that is left, or an amount) or reverses an operation entirely. Both need
 * a reason; the form and its idempotency key are fresh per `session`.
 */
export const OperationPrompt = withSessionPrompt(
  ({ target, onDone }: { target: OperationTarget | null; onDone: () => void }) =>
    target ? <OperationForm target={target} onDone={onDone} /> : null,
  { variant: "confirmation" }
)
