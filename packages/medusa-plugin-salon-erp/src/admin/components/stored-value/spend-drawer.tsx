import { Drawer, Input, Select, Textarea, toast } from "@medusajs/ui"
import { useState } from "react"
import { useSpendStoredValue } from "../../hooks/api/stored-value"
import { errorMessage } from "../../lib/errors"
import { newIdempotencyKey } from "../../lib/idempotency"
import {
  SPEND_REFERENCE_LABELS,
  accountTotal,
  addAmounts,
  formatMoney,
  parseAmount,
} from "../../lib/stored-value"
import {
  SPEND_REFERENCE_TYPES,
  type SpendReferenceType,
  type StoredValueAccount,
} from "../../../types/stored-value/http"
import { Field } from "../common/field"
import { AmountInput, BranchSelect, StaffSelect } from "./form-fields"
import { useSingleFlight } from "./use-dialog"
import { DrawerActions, DrawerHeading, SessionDrawer } from "../forms/drawer-parts"

/** A counter charge against an account, fresh (with a new idempotency key) per `session`. */
export const SpendDrawer = ({
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
  <SessionDrawer open={open} onOpenChange={onOpenChange} session={session}>
    {(done) => <SpendForm account={account} customerLabel={customerLabel} onDone={done} />}
  </SessionDrawer>
)

const SpendForm = ({
  account,
  customerLabel,
  onDone,
}: {
  account: StoredValueAccount
  customerLabel: string
  onDone: () => void
}) => {
  const currency = account.currency_code
  const [idempotencyKey] = useState(() => newIdempotencyKey("admin-sv-spend"))
  const [amount, setAmount] = useState("")
  const [branchId, setBranchId] = useState("")
  const [staffId, setStaffId] = useState("")
  const [referenceType, setReferenceType] = useState<SpendReferenceType>("sale")
  const [referenceId, setReferenceId] = useState("")
  const [note, setNote] = useState("")
  const [error, setError] = useState<string | null>(null)
  const spend = useSpendStoredValue()
  const flight = useSingleFlight()
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
    if (!flight.start()) return
    spend.mutate(
      {
        idempotency_key: idempotencyKey,
        customer_id: account.customer_id,
        currency_code: currency,
        amount: result.value,
        branch_id: branchId || null,
        staff_member_id: staffId || null,
        reference_type: referenceType,
        reference_id: referenceId.trim() || null,
        note: note.trim() || null,
      },
      {
        onSuccess: ({ operation }) => {
          toast.success(
            operation.replayed
              ? "This charge was already recorded"
              : `Charged ${formatMoney(result.value, currency)}`,
            {
              description: `${formatMoney(
                -Number(operation.principal_delta),
                currency
              )} principal and ${formatMoney(-Number(operation.bonus_delta), currency)} bonus; ${formatMoney(
                addAmounts(currency, operation.principal_balance, operation.bonus_balance),
                currency
              )} left`,
            }
          )
          onDone()
        },
        onError: (err) => toast.error("Could not charge", { description: errorMessage(err) }),
        onSettled: flight.end,
      }
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
        <Field label="Note" optional htmlFor="spend-note">
          <Textarea
            id="spend-note"
            rows={2}
            maxLength={500}
            value={note}
            onChange={(event) => setNote(event.target.value)}
            placeholder="e.g. Hydrating facial"
          />
        </Field>
      </Drawer.Body>
      <DrawerActions isLoading={spend.isPending} onClick={submit}>
        Charge
      </DrawerActions>
    </>
  )
}
