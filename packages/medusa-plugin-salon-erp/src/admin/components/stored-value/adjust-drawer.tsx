import { Drawer, Text, Textarea, toast } from "@medusajs/ui"
import { useState } from "react"
import { useAdjustStoredValue } from "../../hooks/api/stored-value"
import { errorMessage } from "../../lib/errors"
import { newIdempotencyKey } from "../../lib/idempotency"
import { addAmounts, formatMoney, parseAmount } from "../../lib/stored-value"
import type { StoredValueAccount } from "../../../types/stored-value/http"
import { Field } from "../common/field"
import { AmountInput } from "./form-fields"
import { useSingleFlight } from "./use-dialog"
import { DrawerActions, DrawerHeading, SessionDrawer } from "../forms/drawer-parts"

/** A manager's signed correction to principal and/or bonus, with a required reason. */
export const AdjustDrawer = ({
  open,
  onOpenChange,
  session,
  account,
}: {
  open: boolean
  onOpenChange: (open: boolean) => void
  session: number
  account: StoredValueAccount
}) => (
  <SessionDrawer open={open} onOpenChange={onOpenChange} session={session}>
    {(done) => <AdjustForm account={account} onDone={done} />}
  </SessionDrawer>
)

const AdjustForm = ({ account, onDone }: { account: StoredValueAccount; onDone: () => void }) => {
  const currency = account.currency_code
  const [idempotencyKey] = useState(() => newIdempotencyKey("admin-sv-adjust"))
  const [principal, setPrincipal] = useState("")
  const [bonus, setBonus] = useState("")
  const [validityDays, setValidityDays] = useState("")
  const [reason, setReason] = useState("")
  const [errors, setErrors] = useState<Record<string, string>>({})
  const adjust = useAdjustStoredValue()
  const flight = useSingleFlight()

  const read = (input: string) =>
    input.trim() ? parseAmount(input, currency, { signed: true, allowZero: true }) : { value: "0" }
  const p = read(principal)
  const b = read(bonus)
  const preview =
    "value" in p && "value" in b
      ? {
          principal: addAmounts(currency, account.principal_balance, p.value),
          bonus: addAmounts(currency, account.bonus_balance, b.value),
          addsBonus: Number(b.value) > 0,
        }
      : null

  const submit = () => {
    const found: Record<string, string> = {}
    if ("error" in p) found.principal = p.error
    if ("error" in b) found.bonus = b.error
    if ("value" in p && "value" in b && Number(p.value) === 0 && Number(b.value) === 0) {
      found.principal = "Change the principal, the bonus or both"
    }
    if (preview && preview.principal < 0) found.principal = "The principal would go below zero"
    if (preview && preview.bonus < 0) found.bonus = "The bonus would go below zero"
    if (!reason.trim()) found.reason = "Say why: it is kept in the ledger"
    if (validityDays && !/^\d+$/.test(validityDays.trim())) found.validity = "Whole days, e.g. 30"
    setErrors(found)
    if (Object.keys(found).length || !("value" in p) || !("value" in b)) return
    if (!flight.start()) return
    adjust.mutate(
      {
        idempotency_key: idempotencyKey,
        account_id: account.id,
        principal_amount: p.value,
        bonus_amount: b.value,
        reason: reason.trim(),
        bonus_validity_days: Number(b.value) > 0 && validityDays ? Number(validityDays) : null,
      },
      {
        onSuccess: ({ operation }) => {
          toast.success(operation.replayed ? "This adjustment was already recorded" : "Adjusted", {
            description: `Principal ${formatMoney(operation.principal_delta, currency, {
              signed: true,
            })}, bonus ${formatMoney(operation.bonus_delta, currency, { signed: true })}`,
          })
          onDone()
        },
        onError: (error) => toast.error("Could not adjust", { description: errorMessage(error) }),
        onSettled: flight.end,
      }
    )
  }

  return (
    <>
      <DrawerHeading title="Adjust balance">
        A correction is a new ledger line; nothing recorded is ever edited. Use a minus sign to take
        value away.
      </DrawerHeading>
      <Drawer.Body className="flex flex-col gap-y-4 overflow-y-auto">
        <div className="grid grid-cols-2 gap-3">
          <Field label="Principal change" htmlFor="adjust-principal" error={errors.principal}>
            <AmountInput
              id="adjust-principal"
              signed
              autoFocus
              currency={currency}
              value={principal}
              onChange={setPrincipal}
              placeholder="0"
              invalid={!!errors.principal}
            />
          </Field>
          <Field label="Bonus change" htmlFor="adjust-bonus" error={errors.bonus}>
            <AmountInput
              id="adjust-bonus"
              signed
              currency={currency}
              value={bonus}
              onChange={setBonus}
              placeholder="0"
              invalid={!!errors.bonus}
            />
          </Field>
        </div>
        {preview?.addsBonus && (
          <Field
            label="Added bonus valid for"
            optional
            htmlFor="adjust-validity"
            error={errors.validity}
            hint="Days; empty: never expires"
          >
            <AmountInput
              id="adjust-validity"
              currency="days"
              value={validityDays}
              onChange={setValidityDays}
              placeholder="30"
            />
          </Field>
        )}
        <Field label="Reason" htmlFor="adjust-reason" error={errors.reason}>
          <Textarea
            id="adjust-reason"
            rows={3}
            maxLength={500}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            placeholder="e.g. Goodwill after a late appointment"
          />
        </Field>
        {preview && (
          <div className="bg-ui-bg-subtle grid grid-cols-2 gap-y-1 rounded-lg border px-4 py-3">
            <Text size="small" className="text-ui-fg-subtle">
              Principal after
            </Text>
            <Text
              size="small"
              weight="plus"
              className={preview.principal < 0 ? "text-ui-fg-error text-right" : "text-right"}
            >
              {formatMoney(preview.principal, currency)}
            </Text>
            <Text size="small" className="text-ui-fg-subtle">
              Bonus after
            </Text>
            <Text
              size="small"
              weight="plus"
              className={preview.bonus < 0 ? "text-ui-fg-error text-right" : "text-right"}
            >
              {formatMoney(preview.bonus, currency)}
            </Text>
          </div>
        )}
      </Drawer.Body>
      <DrawerActions isLoading={adjust.isPending} onClick={submit}>
        Record adjustment
      </DrawerActions>
    </>
  )
}
