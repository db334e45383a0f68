import { Drawer, Heading, RadioGroup, Text } from "@medusajs/ui"
import { useEffect, useMemo, useState } from "react"
import { useStoreCurrencies } from "../../hooks/api/core-resources"
import { useRechargePlans, useTopUpStoredValue } from "../../hooks/api/stored-value"
import {
  addAmounts,
  describeValidity,
  formatMoney,
  parseAmount,
  planAvailability,
  planBonus,
  planValue,
} from "../../lib/stored-value"
import type { PaymentMethod } from "../../../types/stored-value/http"
import { Field } from "../common/field"
import { LoadingState } from "../common/page-states"
import {
  AmountInput,
  BranchSelect,
  CurrencySelect,
  PaymentMethodSelect,
  StaffSelect,
} from "./form-fields"
import { useOperationSubmit } from "./use-operation-submit"
import { TextareaField } from "../common/text-fields"
import { DrawerActions, DrawerHeading } from "../forms/drawer-parts"
import { withSessionDrawer } from "../common/session-dialogs"

type Mode = "plan" | "custom"

const TopUpForm = ({
  customerId,
  customerLabel,
  initialCurrency,
  onDone,
}: {
  customerId: string
  customerLabel: string
  /** The currency to start with (the account on screen); else the store's default. */
  initialCurrency?: string
  onDone: () => void
}) => {
  const currencies = useStoreCurrencies()
  const [currency, setCurrency] = useState(initialCurrency ?? "")
  const [mode, setMode] = useState<Mode>("plan")
  const [planId, setPlanId] = useState("")
  const [principal, setPrincipal] = useState("")
  const [bonus, setBonus] = useState("")
  const [validityDays, setValidityDays] = useState("")
  const [paymentMethod, setPaymentMethod] = useState<PaymentMethod | "">("")
  const [branchId, setBranchId] = useState("")
  const [staffId, setStaffId] = useState("")
  const [note, setNote] = useState("")
  const [errors, setErrors] = useState<Record<string, string>>({})
  const topUp = useTopUpStoredValue()
  const operation = useOperationSubmit({
    keyPrefix: "admin-sv-top-up",
    failure: "Could not top up",
    replayed: "This top-up was already recorded",
    onDone,
  })

  // A new account's currency starts as the store's default.
  useEffect(() => {
    if (!currency && currencies.data?.length) {
      setCurrency(
        currencies.data.find((entry) => entry.is_default)?.code ?? currencies.data[0].code
      )
    }
  }, [currency, currencies.data])

  const plansQuery = useRechargePlans(
    { currency_code: currency, is_active: true, limit: 100 },
    { enabled: !!currency }
  )
  const plans = useMemo(
    () =>
      (plansQuery.data?.recharge_plans ?? []).filter(
        (plan) => plan.currency_code === currency && planAvailability(plan).onSale
      ),
    [plansQuery.data, currency]
  )
  // No plan on sale in this currency: a typed amount is the only way.
  const effectiveMode: Mode = plansQuery.data && !plans.length ? "custom" : mode
  const plan = plans.find((entry) => entry.id === planId)

  const summary = (() => {
    if (!currency) return null
    if (effectiveMode === "plan") {
      if (!plan) return null
      return {
        pays: Number(plan.pay_amount),
        principal: Number(plan.pay_amount),
        bonus: planBonus(plan),
        total: planValue(plan),
        validity: plan.bonus_validity_days,
      }
    }
    const p = parseAmount(principal, currency)
    const b = bonus.trim() ? parseAmount(bonus, currency, { allowZero: true }) : { value: "0" }
    if (!("value" in p) || !("value" in b)) return null
    return {
      pays: Number(p.value),
      principal: Number(p.value),
      bonus: Number(b.value),
      total: addAmounts(currency, p.value, b.value),
      validity: validityDays ? Number(validityDays) : null,
    }
  })()

  const submit = () => {
    const found: Record<string, string> = {}
    if (!currency) found.currency = "Choose a currency"
    if (!paymentMethod) found.payment_method = "Choose how the member paid"
    let custom: { principal_amount: string; bonus_amount?: string } | null = null
    if (effectiveMode === "plan") {
      if (!plan) found.plan = "Choose a plan, or enter an amount instead"
    } else {
      const p = parseAmount(principal, currency)
      if ("error" in p) found.principal = p.error
      const b = bonus.trim() ? parseAmount(bonus, currency, { allowZero: true }) : null
      if (b && "error" in b) found.bonus = b.error
      if (validityDays && !/^\d+$/.test(validityDays.trim())) {
        found.validity = "Whole days, e.g. 90"
      } else if (validityDays && (Number(validityDays) < 1 || Number(validityDays) > 3650)) {
        found.validity = "Between 1 and 3650 days"
      }
      if ("value" in p) {
        custom = {
          principal_amount: p.value,
          ...(b && "value" in b && Number(b.value) > 0 ? { bonus_amount: b.value } : {}),
        }
      }
    }
    setErrors(found)
    if (Object.keys(found).length || !paymentMethod) return
    const common = {
      idempotency_key: operation.idempotencyKey,
      customer_id: customerId,
      currency_code: currency,
      payment_method: paymentMethod,
      branch_id: branchId || null,
      staff_member_id: staffId || null,
      note: note.trim() || null,
    }
    if (!operation.start()) return
    topUp.mutate(
      effectiveMode === "plan"
        ? { ...common, plan_id: plan!.id }
        : {
            ...common,
            ...custom!,
            bonus_validity_days: custom?.bonus_amount && validityDays ? Number(validityDays) : null,
          },
      operation.callbacks(({ operation: moved, stored_value_account: account }) => [
        `Topped up ${formatMoney(addAmounts(currency, moved.principal_delta, moved.bonus_delta), currency)}`,
        `Balance now ${formatMoney(
          addAmounts(currency, account.principal_balance, account.bonus_balance),
          currency
        )}`,
      ])
    )
  }

  return (
    <>
      <DrawerHeading title="Top up">
        Stored value for {customerLabel}, valid at every branch.
      </DrawerHeading>
      <Drawer.Body className="flex flex-col gap-y-6 overflow-y-auto">
        <Field label="Currency" htmlFor="top-up-currency" error={errors.currency}>
          <CurrencySelect
            id="top-up-currency"
            value={currency}
            onChange={(value) => {
              setCurrency(value)
              setPlanId("")
            }}
          />
        </Field>

        <div className="flex flex-col gap-y-3">
          <Heading level="h3">What the member buys</Heading>
          <RadioGroup
            value={effectiveMode}
            onValueChange={(value) => setMode(value as Mode)}
            className="grid grid-cols-2 gap-2"
          >
            <RadioGroup.ChoiceBox
              value="plan"
              label="Recharge plan"
              description="Pay and bonus set by headquarters"
              disabled={!!plansQuery.data && !plans.length}
            />
            <RadioGroup.ChoiceBox
              value="custom"
              label="Custom amount"
              description="Principal, plus an optional bonus"
            />
          </RadioGroup>
          {effectiveMode === "plan" ? (
            plansQuery.isLoading ? (
              <LoadingState label="Loading plans…" />
            ) : (
              <Field label="Plan" error={errors.plan}>
                <RadioGroup
                  value={planId}
                  onValueChange={setPlanId}
                  className="flex flex-col gap-2"
                >
                  {plans.map((entry) => (
                    <RadioGroup.ChoiceBox
                      key={entry.id}
                      value={entry.id}
                      label={`${entry.name} · pay ${formatMoney(entry.pay_amount, currency)}`}
                      description={`Get ${formatMoney(planValue(entry), currency)}${
                        planBonus(entry)
                          ? ` (bonus ${formatMoney(planBonus(entry), currency)}, ${
                              entry.bonus_validity_days
                                ? `valid ${describeValidity(entry.bonus_validity_days)}`
                                : "never expires"
                            })`
                          : ""
                      }`}
                    />
                  ))}
                </RadioGroup>
              </Field>
            )
          ) : (
            <div className="flex flex-col gap-y-4">
              {plansQuery.data && !plans.length && (
                <Text size="small" className="text-ui-fg-subtle">
                  No recharge plan is on sale in {currency.toUpperCase()}; enter the amount.
                </Text>
              )}
              <Field
                label="Principal (paid)"
                htmlFor="top-up-principal"
                error={errors.principal}
                hint="What the member pays now"
              >
                <AmountInput
                  id="top-up-principal"
                  currency={currency || "cny"}
                  value={principal}
                  onChange={setPrincipal}
                  placeholder="1000"
                  invalid={!!errors.principal}
                />
              </Field>
              <div className="grid grid-cols-2 gap-3">
                <Field label="Bonus" optional htmlFor="top-up-bonus" error={errors.bonus}>
                  <AmountInput
                    id="top-up-bonus"
                    currency={currency || "cny"}
                    value={bonus}
                    onChange={setBonus}
                    placeholder="0"
                    invalid={!!errors.bonus}
                  />
                </Field>
                <Field
                  label="Bonus valid for"
                  optional
                  htmlFor="top-up-validity"
                  error={errors.validity}
                  hint="Days; empty: never expires"
                >
                  <AmountInput
                    id="top-up-validity"
                    currency="days"
                    value={validityDays}
                    onChange={setValidityDays}
                    placeholder="90"
                    invalid={!!errors.validity}
                  />
                </Field>
              </div>
            </div>
          )}
        </div>

        <div className="flex flex-col gap-y-4">
          <Heading level="h3">Payment</Heading>
          <Field label="Payment method" htmlFor="top-up-method" error={errors.payment_method}>
            <PaymentMethodSelect
              id="top-up-method"
              value={paymentMethod}
              onChange={setPaymentMethod}
            />
          </Field>
          <div className="grid grid-cols-2 gap-3">
            <Field label="Branch" optional htmlFor="top-up-branch">
              <BranchSelect id="top-up-branch" value={branchId} onChange={setBranchId} />
            </Field>
            <Field label="Sold by" optional htmlFor="top-up-seller" hint="Earns the commission">
              <StaffSelect
                id="top-up-seller"
                value={staffId}
                onChange={setStaffId}
                branchId={branchId}
              />
            </Field>
          </div>
          <TextareaField
            label="Note"
            optional
            id="top-up-note"
            maxLength={500}
            value={note}
            onChange={setNote}
            placeholder="e.g. Birthday promotion"
          />
        </div>

        {summary && (
          <div className="bg-ui-bg-subtle flex flex-col gap-y-1 rounded-lg border px-4 py-3">
            <Text size="small" weight="plus">
              Member pays {formatMoney(summary.pays, currency)} and can spend{" "}
              {formatMoney(summary.total, currency)}
            </Text>
            <Text size="small" className="text-ui-fg-subtle">
              {formatMoney(summary.principal, currency)} principal
              {summary.bonus > 0
                ? ` + ${formatMoney(summary.bonus, currency)} bonus (${
                    summary.validity
                      ? `expires after ${describeValidity(summary.validity)}`
                      : "never expires"
                  })`
                : ""}
            </Text>
          </div>
        )}
      </Drawer.Body>
      <DrawerActions isLoading={topUp.isPending} onClick={submit}>
        Top up
      </DrawerActions>
    </>
  )
}

/**
 * A counter top-up: a recharge plan, or principal and bonus typed in; how the member paid, at
 * which branch and who sold it. Open it with a new `session` each time: the form (and its
 * idempotency key) is fresh per opening.
 */
export const TopUpDrawer = withSessionDrawer(TopUpForm)
