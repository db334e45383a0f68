import { Drawer, Text, toast } from "@medusajs/ui"
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
import { Figure, FigureGrid } from "../../../components/common/figures"
import { describeDifference, differenceClass, TENDER_KINDS, TENDER_LABELS } from "./shared"
import { DrawerActions, DrawerHeading } from "../../../components/forms/drawer-parts"
import { withSessionDrawer } from "../../../components/common/session-dialogs"
import { TextareaField } from "../../../components/common/text-fields"

type Tenders = Record<CounterCountedTenderKind, string>
const NO_TENDERS: Tenders = { card: "", wechat_pay: "", alipay: "", bank_transfer: "" }

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
        <FigureGrid>
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
        </FigureGrid>
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
        <TextareaField
          label="Note"
          optional
          id="close-note"
          rows={3}
          value={note}
          onChange={setNote}
          onKeyDown={(event) => {
            // Enter submits as in the other fields; Shift+Enter starts a new line.
            if (event.key === "Enter" && !event.shiftKey) {
              event.preventDefault()
              event.currentTarget.form?.requestSubmit()
            }
          }}
          placeholder="e.g. ¥5 short: change given twice to one client"
        />
      </Drawer.Body>
      <DrawerActions type="submit" isLoading={close.isPending}>
        Close shift
      </DrawerActions>
    </form>
  )
}

/** The cash-up: counted cash, other tenders' totals and a note; fresh per `session`. */
export const CloseShiftDrawer = withSessionDrawer(CloseShiftForm)
