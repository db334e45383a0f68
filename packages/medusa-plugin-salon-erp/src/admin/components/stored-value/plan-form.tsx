import { Input, Label, RadioGroup, Switch, Text } from "@medusajs/ui"
import {
  currencyDigits,
  dayEndIso,
  dayStartIso,
  describeValidity,
  formatMoney,
  isoToDay,
  isoToLastDay,
  planBonus,
  planValue,
} from "../../lib/stored-value"
import type {
  BonusType,
  RechargePlan,
  UpdateRechargePlanPayload,
} from "../../../types/stored-value/http"
import { Field } from "../common/field"
import { TextareaField, TextField } from "../forms/text-field"
import { type FormErrors, useFormFields } from "../forms/use-form-fields"
import { LocalDatePicker } from "../common/local-date-picker"
import { AmountInput, CurrencySelect } from "./form-fields"

export type PlanValues = {
  name: string
  description: string
  currency_code: string
  pay_amount: string
  bonus_type: BonusType
  bonus_value: string
  bonus_validity_days: string
  /** Local days ("YYYY-MM-DD"): first and last day on sale. */
  starts_on: string
  ends_on: string
  is_active: boolean
}

export type PlanErrors = FormErrors<PlanValues>

export const emptyPlanValues: PlanValues = {
  name: "",
  description: "",
  currency_code: "",
  pay_amount: "",
  bonus_type: "fixed",
  bonus_value: "",
  bonus_validity_days: "",
  starts_on: "",
  ends_on: "",
  is_active: true,
}

export const planToValues = (plan: RechargePlan): PlanValues => ({
  name: plan.name,
  description: plan.description ?? "",
  currency_code: plan.currency_code,
  pay_amount: String(plan.pay_amount),
  bonus_type: plan.bonus_type,
  bonus_value: String(plan.bonus_value),
  bonus_validity_days: plan.bonus_validity_days ? String(plan.bonus_validity_days) : "",
  starts_on: isoToDay(plan.starts_at),
  ends_on: isoToLastDay(plan.ends_at),
  is_active: plan.is_active,
})

const decimals = (value: string) => value.split(".")[1]?.length ?? 0

/** What the API would refuse, plus typos it would accept (a 500% bonus). */
export const validatePlan = (values: PlanValues, { creating }: { creating: boolean }) => {
  const errors: PlanErrors = {}
  if (!values.name.trim()) errors.name = "Give the plan a name"
  if (creating) {
    if (!values.currency_code) errors.currency_code = "Choose a currency"
    const pay = values.pay_amount.trim()
    if (!/^\d+(\.\d+)?$/.test(pay) || !(Number(pay) > 0)) {
      errors.pay_amount = "The pay amount must be more than zero"
    } else if (values.currency_code && decimals(pay) > currencyDigits(values.currency_code)) {
      errors.pay_amount = `${values.currency_code.toUpperCase()} has ${currencyDigits(values.currency_code)} decimal places`
    }
  }
  const bonus = values.bonus_value.trim() || "0"
  if (!/^\d+(\.\d+)?$/.test(bonus)) errors.bonus_value = "Zero or more"
  else if (values.bonus_type === "percent" && Number(bonus) > 200) {
    errors.bonus_value = "A bonus above 200% is almost certainly a typo"
  }
  const days = values.bonus_validity_days.trim()
  if (days && (!/^\d+$/.test(days) || Number(days) < 1 || Number(days) > 3650)) {
    errors.bonus_validity_days = "Whole days between 1 and 3650"
  }
  if (values.starts_on && values.ends_on && values.ends_on < values.starts_on) {
    errors.ends_on = "Ends before it starts"
  }
  return errors
}

/** The plan's terms as the API takes them (create adds currency, pay amount, channels). */
export const planValuesToPayload = (values: PlanValues): UpdateRechargePlanPayload => ({
  name: values.name.trim(),
  description: values.description.trim() || null,
  bonus_type: values.bonus_type,
  bonus_value: Number(values.bonus_value.trim() || 0),
  bonus_validity_days: values.bonus_validity_days.trim()
    ? Number(values.bonus_validity_days)
    : null,
  starts_at: values.starts_on ? dayStartIso(values.starts_on) : null,
  ends_at: values.ends_on ? dayEndIso(values.ends_on) : null,
  is_active: values.is_active,
})

/** Name, amounts, bonus, validity, dates and the active switch of a recharge plan. */
export const PlanFields = ({
  values,
  onChange,
  errors,
  creating,
}: {
  values: PlanValues
  onChange: (values: PlanValues) => void
  errors: PlanErrors
  creating: boolean
}) => {
  const fields = useFormFields(values, onChange, errors)
  const { set } = fields
  const currency = values.currency_code || "cny"
  const preview =
    Number(values.pay_amount) > 0
      ? {
          currency_code: currency,
          pay_amount: values.pay_amount,
          bonus_type: values.bonus_type,
          bonus_value: values.bonus_value || "0",
        }
      : null

  return (
    <div className="flex flex-col gap-y-4">
      <TextField
        label="Name"
        placeholder="e.g. Gold card: pay 1,000 get 1,200"
        {...fields.text("name")}
      />
      <TextareaField
        label="Description"
        optional
        rows={2}
        maxLength={2000}
        {...fields.text("description")}
      />
      <div className="grid grid-cols-2 gap-3">
        <Field
          label="Currency"
          htmlFor="plan-currency"
          error={errors.currency_code}
          hint={creating ? undefined : "Fixed: it is the product's price"}
        >
          <CurrencySelect
            id="plan-currency"
            value={values.currency_code}
            onChange={(value) => set("currency_code", value)}
            disabled={!creating}
          />
        </Field>
        <Field
          label="Pay amount"
          htmlFor="plan-pay"
          error={errors.pay_amount}
          hint={
            creating
              ? "What the member pays; credited as principal"
              : "Fixed: it is the product's price"
          }
        >
          {creating ? (
            <AmountInput
              id="plan-pay"
              currency={currency}
              value={values.pay_amount}
              onChange={(value) => set("pay_amount", value)}
              placeholder="1000"
              invalid={!!errors.pay_amount}
            />
          ) : (
            <Input
              id="plan-pay"
              size="small"
              disabled
              value={formatMoney(values.pay_amount, currency)}
            />
          )}
        </Field>
      </div>
      <div className="flex flex-col gap-y-2">
        <Label size="small" weight="plus">
          Bonus
        </Label>
        <RadioGroup
          value={values.bonus_type}
          onValueChange={(value) => set("bonus_type", value as BonusType)}
          className="grid grid-cols-2 gap-2"
        >
          <RadioGroup.ChoiceBox value="fixed" label="Fixed amount" description="e.g. 200 on top" />
          <RadioGroup.ChoiceBox
            value="percent"
            label="Percent of pay"
            description="e.g. 20% of what is paid"
          />
        </RadioGroup>
      </div>
      <div className="grid grid-cols-2 gap-3">
        <Field
          label={values.bonus_type === "percent" ? "Bonus percent" : "Bonus amount"}
          htmlFor="plan-bonus"
          error={errors.bonus_value}
        >
          <AmountInput
            id="plan-bonus"
            currency={values.bonus_type === "percent" ? "%" : currency}
            value={values.bonus_value}
            onChange={(value) => set("bonus_value", value)}
            placeholder={values.bonus_type === "percent" ? "20" : "200"}
            invalid={!!errors.bonus_value}
          />
        </Field>
        <Field
          label="Bonus valid for"
          optional
          htmlFor="plan-validity"
          error={errors.bonus_validity_days}
          hint="Days after each top-up; empty: never expires"
        >
          <AmountInput
            id="plan-validity"
            currency="days"
            value={values.bonus_validity_days}
            onChange={(value) => set("bonus_validity_days", value)}
            placeholder="180"
            invalid={!!errors.bonus_validity_days}
          />
        </Field>
      </div>
      <div className="grid grid-cols-2 gap-3">
        <Field label="On sale from" optional hint="Empty: now">
          <LocalDatePicker
            aria-label="On sale from"
            value={values.starts_on}
            onChange={(value) => set("starts_on", value)}
          />
        </Field>
        <Field label="Last day on sale" optional error={errors.ends_on} hint="Empty: no end">
          <LocalDatePicker
            aria-label="Last day on sale"
            value={values.ends_on}
            min={values.starts_on || undefined}
            onChange={(value) => set("ends_on", value)}
          />
        </Field>
      </div>
      <div className="flex items-center justify-between rounded-lg border px-4 py-3">
        <div>
          <Label htmlFor="plan-active" size="small" weight="plus">
            Active
          </Label>
          <Text size="small" className="text-ui-fg-subtle">
            Inactive plans are not offered at the counter or in the store&apos;s plan list.
          </Text>
        </div>
        <Switch
          id="plan-active"
          checked={values.is_active}
          onCheckedChange={(checked) => set("is_active", checked)}
        />
      </div>
      {preview && !errors.bonus_value && (
        <div className="bg-ui-bg-subtle rounded-lg border px-4 py-3">
          <Text size="small" weight="plus">
            Pay {formatMoney(preview.pay_amount, currency)}, spend{" "}
            {formatMoney(planValue(preview), currency)}
          </Text>
          <Text size="small" className="text-ui-fg-subtle">
            {formatMoney(planBonus(preview), currency)} bonus,{" "}
            {values.bonus_validity_days
              ? `valid ${describeValidity(Number(values.bonus_validity_days))} after each top-up`
              : "never expires"}
          </Text>
        </div>
      )}
    </div>
  )
}
