import { Drawer } from "@medusajs/ui"
import { useState } from "react"
import { useAdjustStoredValue } from "../../hooks/api/stored-value"
import { addAmounts, describeDeltas, formatMoney, parseAmount } from "../../lib/stored-value"
import type { StoredValueAccount } from "../../../types/stored-value/http"
import { Field } from "../common/field"
import { Figure, FigureGrid } from "../common/figures"
import { withSessionDrawer } from "../common/session-dialogs"
import { ReasonField } from "../common/text-fields"
import { AmountInput } from "./form-fields"
import { useOperationSubmit } from "./use-operation-submit"
import { DrawerActions, DrawerHeading } from "../forms/drawer-parts"

const AdjustForm = ({ account, onDone }: { account: StoredValueAccount; onDone: () => void }) => {
  const currency = account.currency_code
  const [principal, setPrincipal] = useState("")
  const [bonus, setBonus] = useState("")
  const [validityDays, setValidityDays] = useState("")
  const [reason, setReason] = useState("")
  const [errors, setErrors] = useState<Record<string, string>>({})
  const adjust = useAdjustStoredValue()
  const operation = useOperationSubmit({
    keyPrefix: "admin-sv-adjust",
    failure: "Could not adjust",
    replayed: "This adjustment was already recorded",
    onDone,
  })

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
    if (!operation.start()) return
    adjust.mutate(
      {
        idempotency_key: operation.idempotencyKey,
        account_id: account.id,
        principal_amount: p.value,
        bonus_amount: b.value,
        reason: reason.trim(),
        bonus_validity_days: Number(b.value) > 0 && validityDays ? Number(validityDays) : null,
      },
      operation.callbacks(({ operation: moved }) => ["Adjusted", describeDeltas(moved, currency)])
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
        <ReasonField
          id="adjust-reason"
          error={errors.reason}
          rows={3}
          value={reason}
          onChange={setReason}
          placeholder="e.g. Goodwill after a late appointment"
        />
        {preview && (
          <FigureGrid>
            <Figure
              label="Principal after"
              className={preview.principal < 0 ? "text-ui-fg-error" : ""}
            >
              {formatMoney(preview.principal, currency)}
            </Figure>
            <Figure label="Bonus after" className={preview.bonus < 0 ? "text-ui-fg-error" : ""}>
              {formatMoney(preview.bonus, currency)}
            </Figure>
          </FigureGrid>
        )}
      </Drawer.Body>
      <DrawerActions isLoading={adjust.isPending} onClick={submit}>
        Record adjustment
      </DrawerActions>
    </>
  )
}

/** A manager's signed correction to principal and/or bonus, with a required reason. */
export const AdjustDrawer = withSessionDrawer(AdjustForm)
