import { Input, Select, Text } from "@medusajs/ui"
import { useState } from "react"
import type { AdminCounterSale } from "../../../../../types/counter/sales"
import { Field } from "../../../../components/common/field"
import { StaffSelect } from "../../../../components/stored-value/form-fields"
import { useSingleFlight } from "../../../../components/stored-value/use-dialog"
import { useCounterRegisters, useCounterShifts } from "../../../../hooks/api/counter"
import { isSaleTender } from "../../checkout/components/sale-format"
import { formatInstant } from "../../components/shared"

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
export const useAuthorisation = (
  sale: AdminCounterSale,
  messages: { reason: string; staff: string }
) => {
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

export const AuthorisationFields = ({
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

export const ServerError = ({ message }: { message: string | null }) =>
  message ? (
    <Text size="small" className="text-ui-fg-error" role="alert">
      {message}
    </Text>
  ) : null
