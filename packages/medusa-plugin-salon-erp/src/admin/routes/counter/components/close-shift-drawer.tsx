import { Drawer, Text, Textarea, toast } from "@medusajs/ui"
import { type FormEvent, useState } from "react"
import type {
  AdminCounterShiftDetail,
  CounterCountedTenderKind,
} from "../../../../types/counter/http"
import { Field } from "../../../components/common/field"
import { AmountInput } from "../../../components/stored-value/form-fields"
import { useSingleFlight } from "../../../components/stored-value/use-dialog"
import { useCloseCounterShift } from "../../../hooks/api/counter"
import { errorMessage } from "../../../lib/errors"
import { addAmounts, formatMoney, parseAmount } from "../../../lib/stored-value"
import { describeDifference, differenceClass, Figure, TENDER_KINDS, TENDER_LABELS } from "./shared"
import { DrawerActions, DrawerHeading, SessionDrawer } from "../../../components/forms/drawer-parts"

type Tenders = Record<CounterCountedTenderKind, string>
const NO_TENDERS: Tenders = { card: "", wechat_pay: "", alipay: "", bank_transfer: "" }

/** The cash-up: counted cash, other tenders' totals and a note; fresh per `session`. */
export const CloseShiftDrawer = ({
  open,
  onOpenChange,
  session,
  shift,
  registerName,
}: {
  open: boolean
  onOpenChange: (open: boolean) => void
  session: number
  shift: AdminCounterShiftDetail
  registerName: string
}) => (
  <SessionDrawer open={open} onOpenChange={onOpenChange} session={session}>
    {(done) => <CloseShiftForm shift={shift} registerName={registerName} onDone={done} />}
  </SessionDrawer>
)

const CloseShiftForm = ({
  shift,
  registerName,
  onDone,
}: {
  shift: AdminCounterShiftDetail
  registerName: string
  onDone: () => void
}) => {
  const currency = shift.currency_code
  const [counted, setCounted] = useState("")
  const [tenders, setTenders] = useState<Tenders>(NO_TENDERS)
  const [note, setNote] = useState("")
  const [errors, setErrors] = useState<Record<string, string>>({})
  const close = useCloseCounterShift(shift.id)
  const flight = useSingleFlight()

  // Live while typing; the expected cash itself is re-read while the shift is open.
  const expected = shift.totals.expected_cash
  const parsedCounted = counted.trim() ? parseAmount(counted, currency, { allowZero: true }) : null
  const countedValue = parsedCounted && "value" in parsedCounted ? parsedCounted.value : null
  const difference = countedValue === null ? null : addAmounts(currency, countedValue, -expected)

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const found: Record<string, string> = {}
    const cash = parseAmount(counted, currency, { allowZero: true })
    if ("error" in cash) found.counted = cash.error
    const countedTenders: Partial<Record<CounterCountedTenderKind, string>> = {}
    for (const kind of TENDER_KINDS) {
      if (!tenders[kind].trim()) continue
      const parsed = parseAmount(tenders[kind], currency, { allowZero: true })
      if ("error" in parsed) found[kind] = parsed.error
      else countedTenders[kind] = parsed.value
    }
    setErrors(found)
    if (Object.keys(found).length || !("value" in cash) || !flight.start()) return
    close.mutate(
      {
        counted_cash: cash.value,
        counted_tenders: Object.keys(countedTenders).length ? countedTenders : null,
        closing_note: note.trim() || null,
      },
      {
        onSuccess: ({ counter_shift }) => {
          toast.success(`Shift on ${registerName} closed`, {
            description: describeDifference(counter_shift.cash_difference ?? 0, currency),
          })
          onDone()
        },
        onError: (error) =>
          toast.error("Could not close the shift", { description: errorMessage(error) }),
        onSettled: flight.end,
      }
    )
  }

  return (
    <form onSubmit={submit} className="flex flex-1 flex-col overflow-hidden">
      <DrawerHeading title={`Close shift on ${registerName}`}>
        Count the drawer. Expected cash, counted cash and the difference are frozen when the shift
        closes; a mistake found later is recorded as a correction.
      </DrawerHeading>
      <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
        <Field label="Counted cash" htmlFor="close-counted" error={errors.counted}>
          <AmountInput
            id="close-counted"
            autoFocus
            currency={currency}
            value={counted}
            onChange={setCounted}
            invalid={!!errors.counted}
          />
        </Field>
        <div className="bg-ui-bg-subtle grid grid-cols-2 gap-y-1 rounded-lg border px-4 py-3">
          <Figure label="Expected cash">{formatMoney(expected, currency)}</Figure>
          <Figure label="Counted cash">
            {countedValue === null ? "—" : formatMoney(countedValue, currency)}
          </Figure>
          <Figure
            label="Over / short"
            className={difference === null ? "" : differenceClass(difference)}
          >
            {difference === null ? "—" : describeDifference(difference, currency)}
          </Figure>
        </div>
        <div className="flex flex-col gap-y-2">
          <Text size="small" weight="plus">
            Other tenders counted <span className="text-ui-fg-muted font-normal">(optional)</span>
          </Text>
          <div className="grid grid-cols-2 gap-3">
            {TENDER_KINDS.map((kind) => (
              <Field
                key={kind}
                label={TENDER_LABELS[kind]}
                htmlFor={`close-${kind}`}
                error={errors[kind]}
              >
                <AmountInput
                  id={`close-${kind}`}
                  currency={currency}
                  value={tenders[kind]}
                  onChange={(value) => setTenders((current) => ({ ...current, [kind]: value }))}
                  invalid={!!errors[kind]}
                />
              </Field>
            ))}
          </div>
        </div>
        <Field label="Note" optional htmlFor="close-note">
          <Textarea
            id="close-note"
            rows={3}
            value={note}
            onChange={(event) => setNote(event.target.value)}
            onKeyDown={(event) => {
              // Enter submits as in the other fields; Shift+Enter starts a new line.
              if (event.key === "Enter" && !event.shiftKey) {
                event.preventDefault()
                event.currentTarget.form?.requestSubmit()
              }
            }}
            placeholder="e.g. ¥5 short: change given twice to one client"
          />
        </Field>
      </Drawer.Body>
      <DrawerActions type="submit" isLoading={close.isPending}>
        Close shift
      </DrawerActions>
    </form>
  )
}
