import { Button, Checkbox, Drawer, Input, Label, Prompt, Select, Text, toast } from "@medusajs/ui"
import { useMemo, useState } from "react"
import type { AdminCounterSale } from "../../../../../types/counter/sales"
import { Field } from "../../../../components/common/field"
import { StaffSelect } from "../../../../components/stored-value/form-fields"
import { useSingleFlight } from "../../../../components/stored-value/use-dialog"
import { useCounterRegisters, useCounterShifts } from "../../../../hooks/api/counter"
import { useRefundCounterSale, useVoidCounterSale } from "../../../../hooks/api/counter-sales"
import { errorMessage } from "../../../../lib/errors"
import { addAmounts, formatMoney } from "../../../../lib/stored-value"
import { isSaleLine, isSaleTender, saleTitle } from "../../checkout/components/sale-format"
import { formatInstant, useSubmissionKey } from "../../components/shared"
import {
  DrawerActions,
  DrawerHeading,
  SessionDrawer,
  SessionPrompt,
} from "../../../../components/forms/drawer-parts"

const NONE = "__none"

/** The open shifts at the sale's branch: cash given back comes out of one of their drawers. */
const useCashBackShift = (sale: AdminCounterSale) => {
  const shifts = useCounterShifts({ branch_id: sale.branch_id, status: "open", limit: 100 })
  const registers = useCounterRegisters({ branch_id: sale.branch_id, limit: 100 })
  const open = shifts.data?.counter_shifts ?? []
  const registerNames = new Map(
    (registers.data?.counter_registers ?? []).map((r) => [r.id, `${r.name} (${r.code})`])
  )
  const preferred = open.find((shift) => shift.id === sale.shift_id) ?? open[0]
  return {
    isLoading: shifts.isLoading,
    options: open.map((shift) => ({
      id: shift.id,
      label: `${registerNames.get(shift.register_id) ?? "Register"} · opened ${formatInstant(shift.opened_at)}`,
    })),
    defaultId: preferred?.id ?? "",
  }
}

const paidInCash = (sale: AdminCounterSale) =>
  sale.tenders.some((tender) => isSaleTender(tender) && tender.kind === "cash")

const ShiftSelect = ({
  sale,
  value,
  onChange,
  error,
}: {
  sale: AdminCounterSale
  value: string
  onChange: (value: string) => void
  error?: string
}) => {
  const shifts = useCashBackShift(sale)
  const chosen = value === NONE ? "" : value || shifts.defaultId
  return (
    <Field
      label="Drawer for cash back"
      optional={!paidInCash(sale)}
      error={error}
      hint={
        shifts.isLoading
          ? "Loading the open shifts…"
          : shifts.options.length
            ? "The open shift whose drawer pays the cash back."
            : "No shift is open at this branch: cash cannot be given back now."
      }
    >
      <Select
        size="small"
        value={chosen || NONE}
        onValueChange={(next) => onChange(next)}
        disabled={!shifts.options.length}
      >
        <Select.Trigger>
          <Select.Value placeholder="No shift" />
        </Select.Trigger>
        <Select.Content>
          <Select.Item value={NONE}>No drawer (no cash back)</Select.Item>
          {shifts.options.map((option) => (
            <Select.Item key={option.id} value={option.id}>
              {option.label}
            </Select.Item>
          ))}
        </Select.Content>
      </Select>
    </Field>
  )
}

/** The shift id to send: the one picked, else the default (sale's own shift if open). */
const useResolvedShift = (sale: AdminCounterSale, picked: string) => {
  const shifts = useCashBackShift(sale)
  if (picked === NONE) return ""
  return picked || shifts.defaultId
}

/**
 * What a refund and a void both ask: why, who authorised it and the drawer cash goes back
 * from, with their validation and the server's refusal.
 */
const useAuthorisation = (sale: AdminCounterSale, messages: { reason: string; staff: string }) => {
  const [reason, setReason] = useState("")
  const [staffId, setStaffId] = useState("")
  const [shiftPick, setShiftPick] = useState("")
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [serverError, setServerError] = useState<string | null>(null)
  const shiftId = useResolvedShift(sale, shiftPick)
  const flight = useSingleFlight()
  return {
    reason,
    setReason,
    staffId,
    setStaffId,
    shiftPick,
    setShiftPick,
    errors,
    serverError,
    setServerError,
    flight,
    /** Adds these fields' problems to `found`, shows them all; true when it may be sent. */
    check: (found: Record<string, string>) => {
      if (!reason.trim()) found.reason = messages.reason
      if (!staffId) found.staff = messages.staff
      if (paidInCash(sale) && !shiftId) found.shift = "Cash goes back: choose an open drawer"
      setErrors(found)
      setServerError(null)
      return !Object.keys(found).length && flight.start()
    },
    request: () => ({
      reason: reason.trim(),
      staff_member_id: staffId,
      ...(shiftId ? { shift_id: shiftId } : {}),
    }),
  }
}

type Authorisation = ReturnType<typeof useAuthorisation>

const AuthorisationFields = ({
  sale,
  form,
  idPrefix,
  placeholder,
}: {
  sale: AdminCounterSale
  form: Authorisation
  idPrefix: string
  placeholder: string
}) => (
  <>
    <Field label="Reason" htmlFor={`${idPrefix}-reason`} error={form.errors.reason}>
      <Input
        id={`${idPrefix}-reason`}
        size="small"
        maxLength={500}
        value={form.reason}
        onChange={(event) => form.setReason(event.target.value)}
        placeholder={placeholder}
      />
    </Field>
    <Field label="Authorised by" error={form.errors.staff}>
      <StaffSelect
        branchId={sale.branch_id}
        value={form.staffId}
        onChange={form.setStaffId}
        noneLabel="Choose a staff member"
      />
    </Field>
    <ShiftSelect
      sale={sale}
      value={form.shiftPick}
      onChange={form.setShiftPick}
      error={form.errors.shift}
    />
  </>
)

const ServerError = ({ message }: { message: string | null }) =>
  message ? (
    <Text size="small" className="text-ui-fg-error" role="alert">
      {message}
    </Text>
  ) : null

// ------------------------------------------------------------------ refund

/** Choose lines and units, a reason and who authorised it; fresh per opening. */
export const RefundDrawer = ({
  open,
  onOpenChange,
  session,
  sale,
}: {
  open: boolean
  onOpenChange: (open: boolean) => void
  session: number
  sale: AdminCounterSale
}) => (
  <SessionDrawer open={open} onOpenChange={onOpenChange} session={session}>
    {(done) => <RefundForm sale={sale} onDone={done} />}
  </SessionDrawer>
)

const RefundForm = ({ sale, onDone }: { sale: AdminCounterSale; onDone: () => void }) => {
  const currency = sale.currency_code
  const refundable = useMemo(
    () => sale.lines.filter((line) => isSaleLine(line) && (line.refundable_quantity ?? 0) > 0),
    [sale.lines]
  )
  const [chosen, setChosen] = useState<Record<string, number>>({})
  const form = useAuthorisation(sale, {
    reason: "Say why: it is kept with the sale",
    staff: "Choose who authorised the refund",
  })
  const { errors } = form
  const refund = useRefundCounterSale(sale.id)
  const keyFor = useSubmissionKey("admin-counter-refund")

  const estimate = addAmounts(
    currency,
    ...refundable
      .filter((line) => chosen[line.id])
      .map((line) => (line.net_amount / line.quantity) * chosen[line.id])
  )

  const submit = () => {
    const found: Record<string, string> = {}
    const picked = refundable.filter((line) => chosen[line.id])
    if (!picked.length) found.lines = "Choose at least one line to refund"
    for (const line of picked) {
      const qty = chosen[line.id]
      if (!Number.isInteger(qty) || qty < 1 || qty > (line.refundable_quantity ?? 0)) {
        found.lines = `${line.title}: refund 1 to ${line.refundable_quantity} units`
      }
    }
    if (!form.check(found)) return
    const request = {
      lines: picked.map((line) =>
        chosen[line.id] === line.refundable_quantity
          ? { line_id: line.id }
          : { line_id: line.id, quantity: chosen[line.id] }
      ),
      ...form.request(),
    }
    refund.mutate(
      { ...request, idempotency_key: keyFor({ sale: sale.id, ...request }) },
      {
        onSuccess: ({ counter_sale: updated }) => {
          toast.success(`Refund recorded on ${saleTitle(updated)}`, {
            description: `Refunded so far: ${formatMoney(updated.refunded_total, currency)}`,
          })
          onDone()
        },
        onError: (error) => form.setServerError(errorMessage(error)),
        onSettled: form.flight.end,
      }
    )
  }

  return (
    <div className="flex flex-1 flex-col overflow-hidden">
      <DrawerHeading title={`Refund ${saleTitle(sale)}`}>
        Money goes back the way it came: cash from a drawer, stored value to the card, package
        sessions to the package.
      </DrawerHeading>
      <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
        <div className="flex flex-col gap-y-2">
          <Label size="small" weight="plus">
            Lines
          </Label>
          {refundable.length ? (
            refundable.map((line) => {
              const max = line.refundable_quantity ?? 0
              const checked = !!chosen[line.id]
              return (
                <div
                  key={line.id}
                  className="flex items-center gap-x-3 rounded-md border px-3 py-2"
                >
                  <Checkbox
                    id={`refund-${line.id}`}
                    checked={checked}
                    onCheckedChange={(value) =>
                      setChosen((current) => {
                        const next = { ...current }
                        if (value === true) next[line.id] = max
                        else delete next[line.id]
                        return next
                      })
                    }
                  />
                  <label htmlFor={`refund-${line.id}`} className="flex min-w-0 flex-1 flex-col">
                    <span className="txt-small-plus truncate">{line.title}</span>
                    <span className="txt-xsmall text-ui-fg-subtle">
                      {formatMoney(line.net_amount / line.quantity, currency)} each · {max} of{" "}
                      {line.quantity} refundable
                      {line.package_id ? " · session back to the package" : ""}
                    </span>
                  </label>
                  <Input
                    size="small"
                    type="number"
                    className="w-20"
                    min={1}
                    max={max}
                    step={1}
                    aria-label={`Units of ${line.title} to refund`}
                    disabled={!checked}
                    value={checked ? String(chosen[line.id]) : ""}
                    onChange={(event) =>
                      setChosen((current) => ({
                        ...current,
                        [line.id]: Number(event.target.value),
                      }))
                    }
                  />
                </div>
              )
            })
          ) : (
            <Text size="small" className="text-ui-fg-subtle">
              Nothing left to refund on this sale.
            </Text>
          )}
          {errors.lines && (
            <Text size="xsmall" className="text-ui-fg-error">
              {errors.lines}
            </Text>
          )}
        </div>
        <AuthorisationFields
          sale={sale}
          form={form}
          idPrefix="refund"
          placeholder="e.g. Allergic reaction to the serum"
        />
        <div className="bg-ui-bg-subtle flex justify-between rounded-lg border px-4 py-3">
          <Text size="small" className="text-ui-fg-subtle">
            About to refund
          </Text>
          <Text size="small" weight="plus" className="tabular-nums">
            {formatMoney(estimate, currency)}
          </Text>
        </div>
        <ServerError message={form.serverError} />
      </Drawer.Body>
      <DrawerActions isLoading={refund.isPending} onClick={submit}>
        Refund
      </DrawerActions>
    </div>
  )
}

// ------------------------------------------------------------------ void

/** Voids the whole sale after a confirmation naming what goes back. */
export const VoidPrompt = ({
  open,
  onOpenChange,
  session,
  sale,
}: {
  open: boolean
  onOpenChange: (open: boolean) => void
  session: number
  sale: AdminCounterSale
}) => (
  <SessionPrompt
    open={open}
    onOpenChange={onOpenChange}
    session={session}
    className="max-w-[520px]"
  >
    {(done) => <VoidForm sale={sale} onDone={done} />}
  </SessionPrompt>
)

const VoidForm = ({ sale, onDone }: { sale: AdminCounterSale; onDone: () => void }) => {
  const form = useAuthorisation(sale, {
    reason: "Say why the sale is voided",
    staff: "Choose who authorised the void",
  })
  const voidSale = useVoidCounterSale(sale.id)
  const keyFor = useSubmissionKey("admin-counter-void")

  const submit = () => {
    if (!form.check({})) return
    const request = form.request()
    voidSale.mutate(
      { ...request, idempotency_key: keyFor({ sale: sale.id, ...request }) },
      {
        onSuccess: ({ counter_sale: updated }) => {
          toast.success(`${saleTitle(updated)} voided`)
          onDone()
        },
        onError: (error) => form.setServerError(errorMessage(error)),
        onSettled: form.flight.end,
      }
    )
  }

  return (
    <>
      <Prompt.Header>
        <Prompt.Title>Void {saleTitle(sale)}?</Prompt.Title>
        <Prompt.Description>
          The whole sale of {formatMoney(sale.total, sale.currency_code)} is undone: every tender
          goes back, package sessions are restored and the order is canceled. This cannot be undone.
        </Prompt.Description>
      </Prompt.Header>
      <div className="flex flex-col gap-y-4 px-6 pt-4">
        <AuthorisationFields
          sale={sale}
          form={form}
          idPrefix="void"
          placeholder="e.g. Rung up on the wrong client"
        />
        <ServerError message={form.serverError} />
      </div>
      <Prompt.Footer>
        <Button size="small" variant="secondary" onClick={onDone} disabled={voidSale.isPending}>
          Keep the sale
        </Button>
        <Button size="small" variant="danger" isLoading={voidSale.isPending} onClick={submit}>
          Void sale
        </Button>
      </Prompt.Footer>
    </>
  )
}
