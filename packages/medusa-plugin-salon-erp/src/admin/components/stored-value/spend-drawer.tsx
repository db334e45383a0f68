import { Drawer, Input, Select } from "@medusajs/ui"
import { useState } from "react"
import { useSpendStoredValue } from "../../hooks/api/stored-value"
import {
  SPEND_REFERENCE_LABELS,
  accountTotal,
  addAmounts,
  formatMoney,
  parseAmount,
} from "../../lib/stored-value"
import { SPEND_REFERENCE_TYPES, type SpendReferenceType } from "../../../types/stored-value/http"
import { Field } from "../common/field"
import { withSessionDrawer } from "../common/session-dialogs"
import { TextareaField } from "../common/text-fields"
import { AmountInput, BranchSelect, StaffSelect } from "./form-fields"
import { type AccountFormProps, useOperationSubmit } from "./use-operation-submit"
import { DrawerActions, DrawerHeading } from "../forms/drawer-parts"

const SpendForm = ({ account, customerLabel, onDone }: AccountFormProps) => {
  const currency = account.currency_code
  const [amount, setAmount] = useState("")
  const [branchId, setBranchId] = useState("")
  const [staffId, setStaffId] = useState("")
  const [referenceType, setReferenceType] = useState<SpendReferenceType>("sale")
  const [referenceId, setReferenceId] = useState("")
  const [note, setNote] = useState("")
  const [error, setError] = useState<string | null>(null)
  const spend = useSpendStoredValue()
  const operation = useOperationSubmit({
    keyPrefix: "admin-sv-spend",
    failure: "Could not charge",
    replayed: "This charge was already recorded",
    onDone,
  })
  const available = accountTotal(account)
  const parsed = amount.trim() ? parseAmount(amount, currency) : null
  const tooMuch = !!parsed && "value" in parsed && Number(parsed.value) > available

  const submit = () => {
    const result = parseAmount(amount, currency)
    if ("error" in result) {
      setError(result.error)
      return
    }
    setError(null)
    if (!operation.start()) return
    spend.mutate(
      {
        idempotency_key: operation.idempotencyKey,
        customer_id: account.customer_id,
        currency_code: currency,
        amount: result.value,
        branch_id: branchId || null,
        staff_member_id: staffId || null,
        reference_type: referenceType,
        reference_id: referenceId.trim() || null,
        note: note.trim() || null,
      },
      operation.callbacks(({ operation: moved }) => [
        `Charged ${formatMoney(result.value, currency)}`,
        `${formatMoney(-Number(moved.principal_delta), currency)} principal and ${formatMoney(
          -Number(moved.bonus_delta),
          currency
        )} bonus; ${formatMoney(
          addAmounts(currency, moved.principal_balance, moved.bonus_balance),
          currency
        )} left`,
      ])
    )
  }

  return (
    <>
      <DrawerHeading title="Charge stored value">
        {customerLabel} has {formatMoney(available, currency)} (
        {formatMoney(account.principal_balance, currency)} principal +{" "}
        {formatMoney(account.bonus_balance, currency)} bonus).
      </DrawerHeading>
      <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
        <Field
          label="Amount"
          htmlFor="spend-amount"
          error={error}
          hint={
            tooMuch
              ? `More than the balance of ${formatMoney(available, currency)}: it will be refused`
              : "Split between principal and bonus by the chain's rule"
          }
        >
          <AmountInput
            id="spend-amount"
            autoFocus
            currency={currency}
            value={amount}
            onChange={setAmount}
            placeholder="388"
            invalid={!!error || tooMuch}
          />
        </Field>
        <div className="grid grid-cols-2 gap-3">
          <Field label="Branch" optional htmlFor="spend-branch">
            <BranchSelect id="spend-branch" value={branchId} onChange={setBranchId} />
          </Field>
          <Field label="Staff member" optional htmlFor="spend-staff">
            <StaffSelect
              id="spend-staff"
              value={staffId}
              onChange={setStaffId}
              branchId={branchId}
            />
          </Field>
        </div>
        <div className="grid grid-cols-2 gap-3">
          <Field label="For" htmlFor="spend-reference-type">
            <Select
              size="small"
              value={referenceType}
              onValueChange={(value) => setReferenceType(value as SpendReferenceType)}
            >
              <Select.Trigger id="spend-reference-type">
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                {SPEND_REFERENCE_TYPES.map((type) => (
                  <Select.Item key={type} value={type}>
                    {SPEND_REFERENCE_LABELS[type]}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </Field>
          <Field label="Reference" optional htmlFor="spend-reference" hint="Receipt or booking no.">
            <Input
              id="spend-reference"
              size="small"
              value={referenceId}
              maxLength={200}
              onChange={(event) => setReferenceId(event.target.value)}
              placeholder="e.g. POS-20261122-017"
            />
          </Field>
        </div>
        <TextareaField
          label="Note"
          optional
          id="spend-note"
          maxLength={500}
          value={note}
          onChange={setNote}
          placeholder="e.g. Hydrating facial"
        />
      </Drawer.Body>
      <DrawerActions isLoading={spend.isPending} onClick={submit}>
        Charge
      </DrawerActions>
    </>
  )
}

/** A counter charge against an account, fresh (with a new idempotency key) per `session`. */
export const SpendDrawer = withSessionDrawer(SpendForm)
