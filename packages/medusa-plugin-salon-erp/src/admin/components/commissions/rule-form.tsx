import { Plus, Trash } from "@medusajs/icons"
import {
  Badge,
  Button,
  Heading,
  IconButton,
  Input,
  Label,
  RadioGroup,
  Select,
  Switch,
  Text,
} from "@medusajs/ui"
import {
  DESIGNATED_KINDS,
  KIND_META,
  SPECIFICITY_HELP,
  SPECIFICITY_LABELS,
  TARGET_TYPE_LABELS,
  TIER_MODE_META,
  categorySourceOf,
  formatPercent,
  ruleLevel,
} from "../../lib/commissions"
import {
  COMMISSION_KINDS,
  TARGETS_BY_KIND,
  TIER_MODES,
  type CommissionKind,
  type CommissionRule,
  type CommissionRulePayload,
  type RateType,
  type RuleTargetType,
  type TierMode,
} from "../../../types/commissions/http"
import { formatMoney } from "../../lib/stored-value"
import { STAFF_LEVELS, type StaffLevel } from "../../../types/booking/http"
import { Field } from "../common/field"
import { LEVEL_LABELS } from "../staff/staff-form"
import { AmountInput, BranchSelect, StaffSelect } from "../stored-value/form-fields"
import { CategoryPicker, TargetPicker } from "./target-picker"

// Radix Select cannot hold an empty value: this stands for "none chosen".
const NONE = "__none"
const MAX_TIERS = 20

export type TierValues = { threshold: string; rate: string }

/** A rule as the form edits it: numbers as typed, "" for none. */
export type RuleValues = {
  name: string
  kind: CommissionKind
  branch_id: string
  staff_member_id: string
  target_type: RuleTargetType | ""
  target_id: string
  category: string
  staff_level: StaffLevel | ""
  rate_type: RateType
  rate: string
  designated_multiplier: string
  tier_mode: TierMode
  tiers: TierValues[]
  is_active: boolean
}

export type RuleErrors = Partial<Record<keyof RuleValues, string>> & {
  /** Problems of single tier rows, by index. */
  tierRows?: Record<number, string>
}

export const emptyRuleValues = (kind: CommissionKind = "service_performed"): RuleValues => ({
  name: "",
  kind,
  branch_id: "",
  staff_member_id: "",
  target_type: "",
  target_id: "",
  category: "",
  staff_level: "",
  rate_type: "percent",
  rate: "",
  designated_multiplier: "1",
  tier_mode: "none",
  tiers: [],
  is_active: true,
})

export const ruleToValues = (rule: CommissionRule): RuleValues => ({
  name: rule.name,
  kind: rule.kind,
  branch_id: rule.branch_id ?? "",
  staff_member_id: rule.staff_member_id ?? "",
  target_type: rule.target_type ?? "",
  target_id: rule.target_id ?? "",
  category: rule.category ?? "",
  staff_level: rule.staff_level ?? "",
  rate_type: rule.rate_type,
  rate: String(rule.rate),
  designated_multiplier: String(rule.designated_multiplier ?? 1),
  tier_mode: rule.tier_mode,
  tiers: (rule.tiers ?? []).map((tier) => ({
    threshold: String(tier.threshold),
    rate: String(tier.rate),
  })),
  is_active: rule.is_active,
})

const DECIMAL = /^\d+(\.\d+)?$/

/** What the API would refuse (its own checks, as field messages), plus obvious typos. */
export const validateRule = (values: RuleValues): RuleErrors => {
  const errors: RuleErrors = {}
  if (!values.name.trim()) errors.name = "Give the rule a name"
  else if (values.name.trim().length > 200) errors.name = "At most 200 characters"

  if (values.target_type && !TARGETS_BY_KIND[values.kind].includes(values.target_type)) {
    errors.target_type = `A ${KIND_META[values.kind].label.toLowerCase()} rule cannot target a ${TARGET_TYPE_LABELS[values.target_type].toLowerCase()}`
  } else if (values.target_type && !values.target_id) {
    errors.target_id = `Choose the ${TARGET_TYPE_LABELS[values.target_type].toLowerCase()}`
  }

  const rate = values.rate.trim()
  if (!DECIMAL.test(rate)) errors.rate = "A number, zero or more"
  else if (values.rate_type === "percent" && Number(rate) > 100) {
    errors.rate = "A percent rate is at most 100"
  }

  const multiplier = values.designated_multiplier.trim()
  if (!DECIMAL.test(multiplier) || !(Number(multiplier) > 0) || Number(multiplier) > 10) {
    errors.designated_multiplier = "More than 0 and at most 10 (1 = no extra)"
  }

  if (values.tier_mode !== "none") {
    if (values.rate_type !== "percent") errors.tier_mode = "Tiers apply to percent rates only"
    else if (!values.tiers.length) errors.tier_mode = "Add at least one tier"
    const rows: Record<number, string> = {}
    let previous = 0
    values.tiers.forEach((tier, index) => {
      const threshold = tier.threshold.trim()
      const tierRate = tier.rate.trim()
      if (!DECIMAL.test(threshold) || !(Number(threshold) > 0)) {
        rows[index] = "The threshold is an amount above zero"
      } else if (!(Number(threshold) > previous)) {
        rows[index] = `The threshold must be above the previous tier's (${previous})`
      } else if (!DECIMAL.test(tierRate) || Number(tierRate) > 100) {
        rows[index] = "The rate is a percent from 0 to 100"
      }
      if (DECIMAL.test(threshold)) previous = Math.max(previous, Number(threshold))
    })
    if (Object.keys(rows).length) errors.tierRows = rows
  }
  return errors
}

export const hasErrors = (errors: RuleErrors) =>
  Object.entries(errors).some(([key, value]) =>
    key === "tierRows" ? Object.keys(value as object).length > 0 : !!value
  )

/** The rule as the API takes it; cleared fields are sent as null so an edit can remove them. */
export const ruleValuesToPayload = (values: RuleValues): CommissionRulePayload => ({
  name: values.name.trim(),
  branch_id: values.branch_id || null,
  staff_member_id: values.staff_member_id || null,
  target_type: values.target_type || null,
  target_id: values.target_type ? values.target_id || null : null,
  category: categorySourceOf(values.kind) ? values.category || null : null,
  staff_level: values.staff_level || null,
  rate_type: values.rate_type,
  rate: Number(values.rate.trim()),
  designated_multiplier: Number(values.designated_multiplier.trim()),
  tier_mode: values.tier_mode,
  tiers:
    values.tier_mode === "none"
      ? null
      : values.tiers.map((tier) => ({
          threshold: Number(tier.threshold.trim()),
          rate: Number(tier.rate.trim()),
        })),
  is_active: values.is_active,
})

/** Every field of a commission rule, with what each does and how rules compete. */
export const RuleFields = ({
  values,
  onChange,
  errors,
  creating,
  currency,
}: {
  values: RuleValues
  onChange: (values: RuleValues) => void
  errors: RuleErrors
  creating: boolean
  /** Fixed rates and thresholds are amounts in this currency. */
  currency: string
}) => {
  const set = <K extends keyof RuleValues>(key: K, value: RuleValues[K]) =>
    onChange({ ...values, [key]: value })
  const targets = TARGETS_BY_KIND[values.kind]
  const categorySource = categorySourceOf(values.kind)
  const level = ruleLevel({
    staff_member_id: values.staff_member_id || null,
    target_type: values.target_type || null,
    category: values.category || null,
    staff_level: values.staff_level || null,
  })

  const changeKind = (kind: CommissionKind) =>
    onChange({
      ...values,
      kind,
      // Drop what the new kind cannot use.
      target_type:
        values.target_type && TARGETS_BY_KIND[kind].includes(values.target_type)
          ? values.target_type
          : "",
      target_id:
        values.target_type && TARGETS_BY_KIND[kind].includes(values.target_type)
          ? values.target_id
          : "",
      category: categorySourceOf(kind) ? values.category : "",
    })

  return (
    <div className="flex flex-col gap-y-8">
      <section className="flex flex-col gap-y-4">
        <Field label="Name" htmlFor="rule-name" error={errors.name}>
          <Input
            id="rule-name"
            size="small"
            maxLength={200}
            value={values.name}
            placeholder="e.g. Facials at West Lake"
            aria-invalid={!!errors.name || undefined}
            onChange={(event) => set("name", event.target.value)}
          />
        </Field>
        <Field
          label="Pays for"
          htmlFor="rule-kind"
          hint={
            creating
              ? KIND_META[values.kind].description
              : `${KIND_META[values.kind].description}. The kind cannot change: create another rule instead.`
          }
        >
          <Select
            size="small"
            value={values.kind}
            onValueChange={(value) => changeKind(value as CommissionKind)}
            disabled={!creating}
          >
            <Select.Trigger id="rule-kind">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              {COMMISSION_KINDS.map((kind) => (
                <Select.Item key={kind} value={kind}>
                  {KIND_META[kind].label}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </Field>
        <Field
          label="Applies at"
          htmlFor="rule-branch"
          hint="Headquarters' rules apply at every branch; a branch's own rule beats headquarters' at the same level."
        >
          <BranchSelect
            id="rule-branch"
            value={values.branch_id}
            onChange={(value) => set("branch_id", value)}
            noneLabel="Headquarters: every branch"
          />
        </Field>
      </section>

      <section className="flex flex-col gap-y-4">
        <div>
          <div className="flex items-center gap-x-2">
            <Heading level="h3">Who and what</Heading>
            <Badge size="2xsmall" color={level === "default" ? "grey" : "blue"}>
              {SPECIFICITY_LABELS[level]} level
            </Badge>
          </div>
          <Text size="small" className="text-ui-fg-subtle">
            Leave everything empty for the default rule of this kind. {SPECIFICITY_HELP}
          </Text>
        </div>
        <Field label="Staff member" htmlFor="rule-staff" optional>
          <StaffSelect
            id="rule-staff"
            value={values.staff_member_id}
            branchId={values.branch_id}
            onChange={(value) => set("staff_member_id", value)}
            noneLabel="Any staff member"
          />
        </Field>
        <div className="grid grid-cols-2 gap-3">
          <Field
            label="Product or service"
            htmlFor="rule-target-type"
            optional
            error={errors.target_type}
          >
            <Select
              size="small"
              value={values.target_type || NONE}
              onValueChange={(value) =>
                onChange({
                  ...values,
                  target_type: value === NONE ? "" : (value as RuleTargetType),
                  target_id: "",
                })
              }
            >
              <Select.Trigger id="rule-target-type">
                <Select.Value />
              </Select.Trigger>
              <Select.Content>
                <Select.Item value={NONE}>Anything</Select.Item>
                {targets.map((type) => (
                  <Select.Item key={type} value={type}>
                    {TARGET_TYPE_LABELS[type]}
                  </Select.Item>
                ))}
              </Select.Content>
            </Select>
          </Field>
          {values.target_type ? (
            <Field
              label={TARGET_TYPE_LABELS[values.target_type]}
              htmlFor="rule-target"
              error={errors.target_id}
            >
              <TargetPicker
                id="rule-target"
                type={values.target_type}
                value={values.target_id}
                onChange={(value) => set("target_id", value)}
                invalid={!!errors.target_id}
              />
            </Field>
          ) : (
            <div />
          )}
        </div>
        {categorySource ? (
          <Field
            label="Category"
            htmlFor="rule-category"
            optional
            hint={
              categorySource === "product"
                ? "A product category"
                : categorySource === "service"
                  ? "A salon service category"
                  : "A salon service category, or a product category for services sold as products"
            }
          >
            <CategoryPicker
              id="rule-category"
              value={values.category}
              onChange={(value) => set("category", value)}
              source={categorySource}
            />
          </Field>
        ) : null}
        <Field label="Staff level" htmlFor="rule-level" optional>
          <Select
            size="small"
            value={values.staff_level || NONE}
            onValueChange={(value) =>
              set("staff_level", value === NONE ? "" : (value as StaffLevel))
            }
          >
            <Select.Trigger id="rule-level">
              <Select.Value />
            </Select.Trigger>
            <Select.Content>
              <Select.Item value={NONE}>Any level</Select.Item>
              {STAFF_LEVELS.map((staffLevel) => (
                <Select.Item key={staffLevel} value={staffLevel}>
                  {LEVEL_LABELS[staffLevel]}
                </Select.Item>
              ))}
            </Select.Content>
          </Select>
        </Field>
      </section>

      <section className="flex flex-col gap-y-4">
        <Heading level="h3">Rate</Heading>
        <RadioGroup
          value={values.rate_type}
          onValueChange={(value) =>
            onChange({
              ...values,
              rate_type: value as RateType,
              // Tiers are percents: a fixed amount per unit has none.
              tier_mode: value === "fixed" ? "none" : values.tier_mode,
            })
          }
          className="grid grid-cols-2 gap-2"
        >
          <RadioGroup.ChoiceBox
            value="percent"
            label="Percent of the base"
            description="e.g. 10% of what the customer paid"
          />
          <RadioGroup.ChoiceBox
            value="fixed"
            label="Fixed amount per unit"
            description="e.g. 20 per service or product sold"
          />
        </RadioGroup>
        <div className="grid grid-cols-2 gap-3">
          <Field
            label={values.rate_type === "percent" ? "Rate" : "Amount per unit"}
            htmlFor="rule-rate"
            error={errors.rate}
          >
            <AmountInput
              id="rule-rate"
              currency={values.rate_type === "percent" ? "%" : currency}
              value={values.rate}
              onChange={(value) => set("rate", value)}
              placeholder={values.rate_type === "percent" ? "10" : "20.00"}
              invalid={!!errors.rate}
            />
          </Field>
          {DESIGNATED_KINDS.includes(values.kind) && (
            <Field
              label="Multiplier when requested"
              htmlFor="rule-multiplier"
              error={errors.designated_multiplier}
              hint="Paid × this when the customer asked for the staff member (点客); 1 = no extra"
            >
              <Input
                id="rule-multiplier"
                size="small"
                inputMode="decimal"
                autoComplete="off"
                className="tabular-nums"
                value={values.designated_multiplier}
                onChange={(event) => set("designated_multiplier", event.target.value)}
                placeholder="1"
                aria-invalid={!!errors.designated_multiplier || undefined}
              />
            </Field>
          )}
        </div>
      </section>

      <section className="flex flex-col gap-y-4">
        <div>
          <Heading level="h3">Monthly tiers</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            A higher rate once the staff member&apos;s performance this month (the sum of their
            bases of this kind) reaches a threshold.
          </Text>
        </div>
        <RadioGroup
          value={values.tier_mode}
          onValueChange={(value) => {
            const mode = value as TierMode
            onChange({
              ...values,
              tier_mode: mode,
              tiers:
                mode !== "none" && !values.tiers.length
                  ? [{ threshold: "", rate: "" }]
                  : values.tiers,
            })
          }}
          className="grid grid-cols-1 gap-2"
        >
          {TIER_MODES.map((mode) => (
            <RadioGroup.ChoiceBox
              key={mode}
              value={mode}
              label={TIER_MODE_META[mode].label}
              description={TIER_MODE_META[mode].help}
              disabled={mode !== "none" && values.rate_type !== "percent"}
            />
          ))}
        </RadioGroup>
        {errors.tier_mode && (
          <Text size="small" className="text-ui-fg-error">
            {errors.tier_mode}
          </Text>
        )}
        {values.tier_mode !== "none" && (
          <TiersEditor
            tiers={values.tiers}
            onChange={(tiers) => set("tiers", tiers)}
            rowErrors={errors.tierRows ?? {}}
            currency={currency}
            baseRate={values.rate}
            mode={values.tier_mode}
          />
        )}
      </section>

      <div className="flex items-start justify-between gap-x-4 rounded-lg border px-4 py-3">
        <div>
          <Label htmlFor="rule-active" size="small" weight="plus">
            Active
          </Label>
          <Text size="small" className="text-ui-fg-subtle">
            Inactive rules are kept but never chosen. Changes price earnings recorded from now on;
            entries already recorded keep their rate.
          </Text>
        </div>
        <Switch
          id="rule-active"
          checked={values.is_active}
          onCheckedChange={(checked) => set("is_active", checked)}
        />
      </div>
    </div>
  )
}

/** Threshold → rate rows, with add and remove, and what the bands mean in words. */
const TiersEditor = ({
  tiers,
  onChange,
  rowErrors,
  currency,
  baseRate,
  mode,
}: {
  tiers: TierValues[]
  onChange: (tiers: TierValues[]) => void
  rowErrors: Record<number, string>
  currency: string
  baseRate: string
  mode: TierMode
}) => {
  const update = (index: number, patch: Partial<TierValues>) =>
    onChange(tiers.map((tier, i) => (i === index ? { ...tier, ...patch } : tier)))
  const complete = tiers.every((tier) => DECIMAL.test(tier.threshold) && DECIMAL.test(tier.rate))
  return (
    <div className="flex flex-col gap-y-2">
      <div className="text-ui-fg-muted txt-compact-xsmall-plus grid grid-cols-[1fr_1fr_auto] gap-x-2">
        <span>From monthly performance of</span>
        <span>Rate</span>
        <span className="w-7" />
      </div>
      {tiers.map((tier, index) => (
        <div key={index} className="flex flex-col gap-y-1">
          <div className="grid grid-cols-[1fr_1fr_auto] items-center gap-x-2">
            <AmountInput
              currency={currency}
              value={tier.threshold}
              onChange={(value) => update(index, { threshold: value })}
              placeholder="5000"
              invalid={!!rowErrors[index]}
            />
            <AmountInput
              currency="%"
              value={tier.rate}
              onChange={(value) => update(index, { rate: value })}
              placeholder="12"
              invalid={!!rowErrors[index]}
            />
            <IconButton
              size="small"
              variant="transparent"
              aria-label={`Remove tier ${index + 1}`}
              onClick={() => onChange(tiers.filter((_, i) => i !== index))}
            >
              <Trash />
            </IconButton>
          </div>
          {rowErrors[index] && (
            <Text size="xsmall" className="text-ui-fg-error">
              {rowErrors[index]}
            </Text>
          )}
        </div>
      ))}
      <div>
        <Button
          size="small"
          variant="secondary"
          disabled={tiers.length >= MAX_TIERS}
          onClick={() => onChange([...tiers, { threshold: "", rate: "" }])}
        >
          <Plus />
          Add tier
        </Button>
      </div>
      {complete && tiers.length > 0 && DECIMAL.test(baseRate) && (
        <div className="bg-ui-bg-subtle text-ui-fg-subtle txt-small rounded-lg border px-4 py-3">
          {describeBands(tiers, baseRate, currency, mode)}
        </div>
      )}
    </div>
  )
}

/** "Up to ¥2,000: 10%. ¥2,000 to ¥5,000: 12% …" for progressive; whole-month for retroactive. */
const describeBands = (tiers: TierValues[], baseRate: string, currency: string, mode: TierMode) => {
  const sorted = [...tiers].sort((a, b) => Number(a.threshold) - Number(b.threshold))
  if (mode === "retroactive") {
    return [
      `Below ${formatMoney(sorted[0].threshold, currency)} in a month: ${formatPercent(baseRate)} on everything.`,
      ...sorted.map(
        (tier) =>
          `From ${formatMoney(tier.threshold, currency)}: ${formatPercent(tier.rate)} on the whole month (the difference paid when the month closes).`
      ),
    ].join(" ")
  }
  return [
    `The first ${formatMoney(sorted[0].threshold, currency)} of the month earns ${formatPercent(baseRate)}.`,
    ...sorted.map((tier, index) => {
      const next = sorted[index + 1]
      return next
        ? `From ${formatMoney(tier.threshold, currency)} to ${formatMoney(next.threshold, currency)}: ${formatPercent(tier.rate)}.`
        : `Above ${formatMoney(tier.threshold, currency)}: ${formatPercent(tier.rate)}.`
    }),
  ].join(" ")
}
