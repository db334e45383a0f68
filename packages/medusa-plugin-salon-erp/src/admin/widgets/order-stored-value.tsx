import { defineWidgetConfig } from "@medusajs/admin-sdk"
import type { DetailWidgetProps, HttpTypes } from "@medusajs/framework/types"
import { Button, Container, Table } from "@medusajs/ui"
import { useState } from "react"
import { Link } from "react-router-dom"
import { Field } from "../components/common/field"
import { ErrorState } from "../components/common/page-states"
import { SectionHeader } from "../components/common/section-header"
import { Stat } from "../components/common/figures"
import { EntryRow, EntryTableHeader } from "../components/stored-value/account-history"
import { AmountInput } from "../components/stored-value/form-fields"
import { useDialog } from "../components/stored-value/use-dialog"
import { useOperationSubmit } from "../components/stored-value/use-operation-submit"
import {
  PromptActions,
  PromptHeading,
  withSessionPrompt,
} from "../components/common/session-dialogs"
import { ReasonField } from "../components/common/text-fields"
import { useLedgerNames } from "../components/stored-value/use-ledger-names"
import { useOrderStoredValue, useRefundOrderStoredValue } from "../hooks/api/stored-value"
import { addAmounts, describeDeltas, formatMoney, parseAmount } from "../lib/stored-value"
import type { StoredValueEntry } from "../../types/stored-value/http"

/**
 * What an order paid with the member's stored value, what came back, and a refund to stored
 * value. Renders nothing for orders that did not use stored value.
 */
const OrderStoredValueWidget = ({ data: order }: DetailWidgetProps<HttpTypes.AdminOrder>) => {
  const { data, error, refetch } = useOrderStoredValue(order.id)
  const names = useLedgerNames()
  const refund = useDialog()
  const spends = (data?.entries ?? []).filter((entry) => entry.type === "spend")
  const spendIds = new Set(spends.map((entry) => entry.id))
  // Refunds and reversals of those spends (a reversal of a top-up the order bought is not one).
  const credits = (data?.entries ?? []).filter(
    (entry) =>
      (entry.type === "refund" || entry.type === "reversal") &&
      !!entry.reverses_entry_id &&
      spendIds.has(entry.reverses_entry_id)
  )
  const entries = [...spends, ...credits].sort(
    (a, b) => Date.parse(a.created_at) - Date.parse(b.created_at) || a.sequence - b.sequence
  )

  if (error) {
    return (
      <Container className="divide-y p-0">
        <SectionHeader title="Stored value" />
        <ErrorState error={error} onRetry={() => refetch()} />
      </Container>
    )
  }
  if (!spends.length) return null

  const currency = spends[0].currency_code
  const sum = (list: StoredValueEntry[], field: "principal_amount" | "bonus_amount") =>
    addAmounts(currency, ...list.map((entry) => entry[field]))
  const paid = { principal: -sum(spends, "principal_amount"), bonus: -sum(spends, "bonus_amount") }
  const back = { principal: sum(credits, "principal_amount"), bonus: sum(credits, "bonus_amount") }
  const paidTotal = addAmounts(currency, paid.principal, paid.bonus)
  const backTotal = addAmounts(currency, back.principal, back.bonus)
  const left = Math.max(0, addAmounts(currency, paidTotal, -backTotal))

  return (
    <Container className="divide-y p-0">
      <SectionHeader
        title="Stored value"
        description={
          order.customer_id ? (
            <>
              Paid from the member&apos;s balance ·{" "}
              <Link
                to={`/customers/${order.customer_id}`}
                className="text-ui-fg-interactive hover:text-ui-fg-interactive-hover"
              >
                open customer
              </Link>
            </>
          ) : (
            "Paid from the member's balance"
          )
        }
        actions={
          <Button
            size="small"
            variant="secondary"
            disabled={left <= 0}
            title={left <= 0 ? "Everything paid with stored value has been refunded" : undefined}
            onClick={() => refund.show(undefined)}
          >
            Refund to stored value
          </Button>
        }
      />
      <div className="grid grid-cols-3 gap-4 px-6 py-4">
        <Stat
          label="Paid with stored value"
          hint={`${formatMoney(paid.principal, currency)} principal + ${formatMoney(
            paid.bonus,
            currency
          )} bonus`}
        >
          {formatMoney(paidTotal, currency)}
        </Stat>
        <Stat
          label="Refunded"
          hint={
            backTotal
              ? `${formatMoney(back.principal, currency)} principal + ${formatMoney(
                  back.bonus,
                  currency
                )} bonus`
              : "Nothing yet"
          }
        >
          {formatMoney(backTotal, currency)}
        </Stat>
        <Stat label="Left to refund">{formatMoney(left, currency)}</Stat>
      </div>
      <div className="overflow-x-auto">
        <Table>
          <EntryTableHeader />
          <Table.Body>
            {entries.map((entry) => (
              <EntryRow key={entry.id} entry={entry} names={names} hideReferenceId={order.id} />
            ))}
          </Table.Body>
        </Table>
      </div>
      <RefundPrompt
        {...refund.props}
        orderId={order.id}
        orderLabel={`#${order.display_id ?? order.id}`}
        currency={currency}
        left={left}
      />
    </Container>
  )
}

const RefundForm = ({
  orderId,
  orderLabel,
  currency,
  left,
  onDone,
}: {
  orderId: string
  orderLabel: string
  currency: string
  left: number
  onDone: () => void
}) => {
  const [amount, setAmount] = useState("")
  const [reason, setReason] = useState("")
  const [error, setError] = useState<string | null>(null)
  const refund = useRefundOrderStoredValue(orderId)
  const operation = useOperationSubmit({
    keyPrefix: "admin-sv-order-refund",
    failure: "Could not refund",
    replayed: "This refund was already recorded",
    onDone,
  })

  const submit = () => {
    let value: string | undefined
    if (amount.trim()) {
      const parsed = parseAmount(amount, currency)
      if ("error" in parsed) {
        setError(parsed.error)
        return
      }
      if (Number(parsed.value) > left) {
        setError(`At most ${formatMoney(left, currency)} is left to refund`)
        return
      }
      value = parsed.value
    }
    setError(null)
    if (!operation.start()) return
    refund.mutate(
      { idempotency_key: operation.idempotencyKey, amount: value, reason: reason.trim() || null },
      operation.callbacks(({ operation: moved }) => [
        `Refunded ${formatMoney(
          addAmounts(currency, moved.principal_delta, moved.bonus_delta),
          currency
        )} to stored value`,
        describeDeltas(moved, currency),
      ])
    )
  }

  return (
    <>
      <PromptHeading title={`Refund order ${orderLabel} to stored value`}>
        Credits the member&apos;s balance in the exact principal/bonus split the order took. This
        does not refund card payments.
      </PromptHeading>
      <div className="flex flex-col gap-y-4 px-6 pt-4">
        <Field
          label="Amount"
          optional
          htmlFor="order-refund-amount"
          error={error}
          hint={`Empty: all that is left (${formatMoney(left, currency)})`}
        >
          <AmountInput
            id="order-refund-amount"
            currency={currency}
            value={amount}
            onChange={setAmount}
            placeholder={String(left)}
            invalid={!!error}
          />
        </Field>
        <ReasonField
          optional
          id="order-refund-reason"
          value={reason}
          onChange={setReason}
          placeholder="e.g. Returned one serum"
        />
      </div>
      <PromptActions
        cancelText="Back"
        onCancel={onDone}
        isLoading={refund.isPending}
        onClick={submit}
      >
        Refund
      </PromptActions>
    </>
  )
}

const RefundPrompt = withSessionPrompt(RefundForm, { variant: "confirmation" })

export const config = defineWidgetConfig({
  zone: "order.details.after",
})

export default OrderStoredValueWidget
