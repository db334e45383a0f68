import { Drawer, Input, toast } from "@medusajs/ui"
import { type FormEvent, type ReactNode, useState } from "react"
import type { AdminCounterShiftDetail } from "../../../../types/counter/http"
import { Field } from "../../../components/common/field"
import { AmountInput } from "../../../components/stored-value/form-fields"
import { useSingleFlight } from "../../../components/stored-value/use-dialog"
import {
  useRecordCounterCashEntry,
  useRecordCounterShiftCorrection,
} from "../../../hooks/api/counter"
import { errorMessage } from "../../../lib/errors"
import { addAmounts, formatMoney, parseAmount } from "../../../lib/stored-value"
import { Figure, FigureGrid } from "../../../components/common/figures"
import { describeDifference, differenceClass, useSubmissionKey } from "./shared"
import { DrawerActions, DrawerHeading } from "../../../components/forms/drawer-parts"

const REASON_MAX = 500

export type CashEntryMode = "paid_in" | "paid_out" | "correction"

const TEXT: Record<CashEntryMode, { title: string; description: string; submit: string }> = {
  paid_in: {
    title: "Paid in",
    description: "Cash put into the drawer that is not a sale, e.g. change brought from the bank.",
    submit: "Record paid in",
  },
  paid_out: {
    title: "Paid out",
    description: "Cash taken out of the drawer, e.g. flowers or a courier paid from the till.",
    submit: "Record paid out",
  },
  correction: {
    title: "Record correction",
    description:
      "A mistake found after the cash-up. The close figures stay as they were; the correction is added to what the drawer should have held. Use a minus sign to take cash away.",
    submit: "Record correction",
  },
}

/** Paid in, paid out (open shift) or a correction (closed shift); fresh per `session`. */
export const CashEntryDrawer = ({
  open,
  onOpenChange,
  session,
  mode,
  shift,
}: {
  open: boolean
  onOpenChange: (open: boolean) => void
  session: number
  mode: CashEntryMode
  shift: AdminCounterShiftDetail
}) => (
  <Drawer open={open} onOpenChange={onOpenChange}>
    <Drawer.Content>
      <CashEntryForm
        key={`${mode}-${session}`}
        mode={mode}
        shift={shift}
        onDone={() => onOpenChange(false)}
      />
    </Drawer.Content>
  </Drawer>
)

const CashEntryForm = ({
  mode,
  shift,
  onDone,
}: {
  mode: CashEntryMode
  shift: AdminCounterShiftDetail
  onDone: () => void
}) => {
  const currency = shift.currency_code
  const isCorrection = mode === "correction"
  const [amount, setAmount] = useState("")
  const [reason, setReason] = useState("")
  const [errors, setErrors] = useState<Record<string, string>>({})
  const entry = useRecordCounterCashEntry(shift.id)
  const correction = useRecordCounterShiftCorrection(shift.id)
  const flight = useSingleFlight()
  const keyFor = useSubmissionKey(`admin-counter-${mode.replace("_", "-")}`)
  const text = TEXT[mode]

  const parsed = amount.trim() ? parseAmount(amount, currency, { signed: isCorrection }) : null
  const value = parsed && "value" in parsed ? parsed.value : null

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const found: Record<string, string> = {}
    const checked = parsed ?? parseAmount(amount, currency, { signed: isCorrection })
    if ("error" in checked) found.amount = checked.error
    if (!reason.trim()) found.reason = "Say why: it is kept with the shift"
    setErrors(found)
    if (Object.keys(found).length || !("value" in checked) || !flight.start()) return
    const request = { shift: shift.id, mode, amount: checked.value, reason: reason.trim() }
    const body = { amount: checked.value, reason: reason.trim(), idempotency_key: keyFor(request) }
    const callbacks = {
      onSuccess: () => {
        toast.success(`${text.title} recorded`, {
          description: `${formatMoney(
            mode === "paid_out" ? `-${checked.value}` : checked.value,
            currency,
            { signed: true }
          )} · ${reason.trim()}`,
        })
        onDone()
      },
      onError: (error: unknown) =>
        toast.error(`Could not record the ${text.title.toLowerCase()}`, {
          description: errorMessage(error),
        }),
      onSettled: flight.end,
    }
    if (mode === "correction") correction.mutate(body, callbacks)
    else entry.mutate({ ...body, kind: mode }, callbacks)
  }

  const preview = previewOf(mode, shift, value)

  return (
    <form onSubmit={submit} className="flex flex-1 flex-col overflow-hidden">
      <DrawerHeading title={text.title}>{text.description}</DrawerHeading>
      <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
        <Field
          label={isCorrection ? "Amount (+ or −)" : "Amount"}
          htmlFor="cash-entry-amount"
          error={errors.amount}
        >
          <AmountInput
            id="cash-entry-amount"
            autoFocus
            signed={isCorrection}
            placeholder={isCorrection ? "-10.00" : "0.00"}
            currency={currency}
            value={amount}
            onChange={setAmount}
            invalid={!!errors.amount}
          />
        </Field>
        <Field label="Reason" htmlFor="cash-entry-reason" error={errors.reason}>
          <Input
            id="cash-entry-reason"
            size="small"
            maxLength={REASON_MAX}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            placeholder={
              isCorrection ? "e.g. Paid out for flowers, receipt found later" : "e.g. Flowers"
            }
          />
        </Field>
        <FigureGrid>{preview}</FigureGrid>
      </Drawer.Body>
      <DrawerActions type="submit" isLoading={entry.isPending || correction.isPending}>
        {text.submit}
      </DrawerActions>
    </form>
  )
}

/** What the drawer should hold after the entry, or the corrected figures after a correction. */
const previewOf = (
  mode: CashEntryMode,
  shift: AdminCounterShiftDetail,
  value: string | null
): ReactNode => {
  const currency = shift.currency_code
  const totals = shift.totals
  if (mode !== "correction") {
    const after = value
      ? addAmounts(currency, totals.expected_cash, mode === "paid_out" ? `-${value}` : value)
      : totals.expected_cash
    return (
      <>
        <Figure label="Expected cash now">{formatMoney(totals.expected_cash, currency)}</Figure>
        <Figure label="Expected cash after" className={after < 0 ? "text-ui-fg-error" : ""}>
          {formatMoney(after, currency)}
        </Figure>
      </>
    )
  }
  const expected = addAmounts(
    currency,
    totals.corrected_expected_cash ?? totals.expected_cash,
    value ?? 0
  )
  const difference = addAmounts(currency, shift.counted_cash ?? 0, -expected)
  return (
    <>
      <Figure label="Counted cash">{formatMoney(shift.counted_cash, currency)}</Figure>
      <Figure label="Corrected expected cash">{formatMoney(expected, currency)}</Figure>
      <Figure label="Corrected difference" className={differenceClass(difference)}>
        {describeDifference(difference, currency)}
      </Figure>
    </>
  )
}
