import { Input, Select } from "@medusajs/ui"
import { useBranches } from "../../hooks/api/branches"
import { useStoreCurrencies } from "../../hooks/api/core-resources"
import { useStaffMembers } from "../../hooks/api/staff-members"
import { PAYMENT_METHOD_LABELS } from "../../lib/stored-value"
import { PAYMENT_METHODS, type PaymentMethod } from "../../../types/stored-value/http"
import { NoneSelect } from "../common/none-select"
import { OptionSelect } from "../forms/option-select"

/** What the pickers below take: "" is none chosen, shown as `noneLabel`. */
type PickerProps = {
  id?: string
  value: string
  onChange: (value: string) => void
  noneLabel?: string
}

/** Any branch of the chain, or none. */
export const BranchSelect = ({ id, value, onChange, noneLabel = "No branch" }: PickerProps) => {
  const branches = useBranches({ limit: 100, fields: "id,name,is_active" })
  return (
    <NoneSelect
      id={id}
      value={value}
      onChange={onChange}
      noneLabel={noneLabel}
      options={(branches.data?.branches ?? []).map((branch) => ({
        value: branch.id,
        label: `${branch.name}${branch.is_active ? "" : " (inactive)"}`,
      }))}
    />
  )
}

/** Active staff members, those of `branchId` when one is chosen, or none. */
export const StaffSelect = ({
  id,
  value,
  onChange,
  branchId,
  noneLabel = "Nobody",
}: PickerProps & { branchId?: string }) => {
  const staff = useStaffMembers({
    limit: 200,
    is_active: true,
    branch_id: branchId || undefined,
    fields: "id,name,level",
  })
  const members = staff.data?.staff_members ?? []
  // Keep a chosen member visible even if a branch change filtered them out.
  const known = !value || members.some((member) => member.id === value)
  return (
    <NoneSelect
      id={id}
      value={value}
      onChange={onChange}
      noneLabel={noneLabel}
      options={[
        ...(known ? [] : [{ value, label: "Chosen staff member" }]),
        ...members.map((member) => ({ value: member.id, label: member.name })),
      ]}
    />
  )
}

export const PaymentMethodSelect = ({
  id,
  value,
  onChange,
  placeholder = "Choose how the member paid",
}: {
  id?: string
  value: PaymentMethod | ""
  onChange: (value: PaymentMethod) => void
  placeholder?: string
}) => (
  <OptionSelect
    id={id}
    value={value || undefined}
    onValueChange={(v) => onChange(v as PaymentMethod)}
    placeholder={placeholder}
    options={PAYMENT_METHODS.map((method) => ({
      value: method,
      label: PAYMENT_METHOD_LABELS[method],
    }))}
  />
)

/** The store's currencies. */
export const CurrencySelect = ({
  id,
  value,
  onChange,
  disabled,
}: {
  id?: string
  value: string
  onChange: (value: string) => void
  disabled?: boolean
}) => {
  const currencies = useStoreCurrencies()
  return (
    <Select size="small" value={value || undefined} onValueChange={onChange} disabled={disabled}>
      <Select.Trigger id={id}>
        <Select.Value placeholder="Currency" />
      </Select.Trigger>
      <Select.Content>
        {(currencies.data ?? []).map((currency) => (
          <Select.Item key={currency.code} value={currency.code}>
            {currency.code.toUpperCase()}
            {currency.is_default ? " (default)" : ""}
          </Select.Item>
        ))}
      </Select.Content>
    </Select>
  )
}

/** A decimal amount with its currency code shown inside the field. */
export const AmountInput = ({
  id,
  value,
  onChange,
  currency,
  placeholder = "0.00",
  signed,
  autoFocus,
  invalid,
}: {
  id?: string
  value: string
  onChange: (value: string) => void
  currency: string
  placeholder?: string
  signed?: boolean
  autoFocus?: boolean
  invalid?: boolean
}) => (
  <div className="relative">
    <Input
      id={id}
      size="small"
      inputMode={signed ? "text" : "decimal"}
      autoComplete="off"
      autoFocus={autoFocus}
      aria-invalid={invalid || undefined}
      className="pr-14 tabular-nums"
      placeholder={placeholder}
      value={value}
      onChange={(event) => onChange(event.target.value)}
    />
    <span className="txt-compact-small text-ui-fg-muted pointer-events-none absolute inset-y-0 right-3 flex items-center">
      {currency.toUpperCase()}
    </span>
  </div>
)
