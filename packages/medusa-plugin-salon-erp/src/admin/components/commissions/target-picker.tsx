import { Input, Select } from "@medusajs/ui"
import { useMemo, useState } from "react"
import {
  usePackageTemplateChoices,
  useProductCategoryChoices,
  useProductSearch,
  useProductTargetNames,
} from "../../hooks/api/commissions"
import { useVariantSearch } from "../../hooks/api/core-resources"
import { useSalonServices } from "../../hooks/api/salon-services"
import { useRechargePlans } from "../../hooks/api/stored-value"
import type { CommissionRule, RuleTargetType } from "../../../types/commissions/http"
import { TARGET_TYPE_LABELS } from "../../lib/commissions"
import { useDebouncedValue } from "../../lib/use-debounced-value"
import { ChosenValue, SearchResults } from "../common/search-flyout"

// Radix Select cannot hold an empty value: this stands for "none chosen".
const NONE = "__none"

type Choice = { id: string; name: string; hint?: string }

/** Picks what a rule targets: from the short list of its type, or by search for products. */
export const TargetPicker = ({
  id,
  type,
  value,
  onChange,
  invalid,
}: {
  id?: string
  type: RuleTargetType
  value: string
  onChange: (value: string) => void
  invalid?: boolean
}) => {
  if (type === "product" || type === "product_variant") {
    return <ProductSearchPicker type={type} value={value} onChange={onChange} invalid={invalid} />
  }
  return <ListPicker id={id} type={type} value={value} onChange={onChange} invalid={invalid} />
}

const ListPicker = ({
  id,
  type,
  value,
  onChange,
  invalid,
}: {
  id?: string
  type: "salon_service" | "package_template" | "recharge_plan"
  value: string
  onChange: (value: string) => void
  invalid?: boolean
}) => {
  const choices = useShortTargetChoices(type)
  const known = !value || choices.some((choice) => choice.id === value)
  return (
    <Select size="small" value={value || undefined} onValueChange={onChange}>
      <Select.Trigger id={id} aria-invalid={invalid || undefined}>
        <Select.Value placeholder={`Choose a ${TARGET_TYPE_LABELS[type].toLowerCase()}`} />
      </Select.Trigger>
      <Select.Content>
        {!known && <Select.Item value={value}>{value}</Select.Item>}
        {choices.map((choice) => (
          <Select.Item key={choice.id} value={choice.id}>
            {choice.name}
            {choice.hint ? ` · ${choice.hint}` : ""}
          </Select.Item>
        ))}
      </Select.Content>
    </Select>
  )
}

/** Salon services, package templates and recharge plans: short lists, read whole. */
const useShortTargetChoices = (
  type: "salon_service" | "package_template" | "recharge_plan" | null,
  enabled = true
): Choice[] => {
  const services = useSalonServices(
    { limit: 200, fields: "id,name,category,is_active" },
    { enabled: enabled && type === "salon_service" }
  )
  const templates = usePackageTemplateChoices(enabled && type === "package_template")
  const plans = useRechargePlans(
    { limit: 200, fields: "id,name,is_active" },
    { enabled: enabled && type === "recharge_plan" }
  )
  return useMemo(() => {
    if (type === "salon_service") {
      return (services.data?.salon_services ?? []).map((service) => ({
        id: service.id,
        name: service.name,
        hint: [service.category, service.is_active ? null : "inactive"].filter(Boolean).join(", "),
      }))
    }
    if (type === "package_template") {
      return (templates.data ?? []).map((template) => ({
        id: template.id,
        name: template.name,
        hint: template.is_active ? undefined : "inactive",
      }))
    }
    if (type === "recharge_plan") {
      return (plans.data?.recharge_plans ?? []).map((plan) => ({
        id: plan.id,
        name: plan.name,
        hint: plan.is_active ? undefined : "inactive",
      }))
    }
    return []
  }, [type, services.data, templates.data, plans.data])
}

const ProductSearchPicker = ({
  type,
  value,
  onChange,
  invalid,
}: {
  type: "product" | "product_variant"
  value: string
  onChange: (value: string) => void
  invalid?: boolean
}) => {
  const [q, setQ] = useState("")
  const [focused, setFocused] = useState(false)
  const debounced = useDebouncedValue(q.trim())
  const products = useProductSearch(debounced, type === "product" && focused)
  const variants = useVariantSearch(debounced, type === "product_variant" && focused)
  const names = useProductTargetNames(
    type === "product" && value ? [value] : [],
    type === "product_variant" && value ? [value] : []
  )
  const results: Choice[] =
    type === "product"
      ? (products.data ?? [])
      : (variants.data?.variants ?? []).map((variant) => ({
          id: variant.id,
          name: [variant.product?.title, variant.title].filter(Boolean).join(" · ") || variant.id,
          hint: variant.sku ?? undefined,
        }))
  const loading = type === "product" ? products.isLoading : variants.isLoading

  if (value) {
    return (
      <ChosenValue
        className="justify-between"
        label={names.data?.get(value) ?? value}
        title={value}
        clearLabel={`Clear ${TARGET_TYPE_LABELS[type].toLowerCase()}`}
        onClear={() => onChange("")}
      />
    )
  }
  return (
    <div className="relative">
      <Input
        size="small"
        type="search"
        aria-invalid={invalid || undefined}
        placeholder={type === "product" ? "Search products" : "Search variants by title or SKU"}
        value={q}
        onChange={(event) => setQ(event.target.value)}
        onFocus={() => setFocused(true)}
        // Late enough for a click on a result to land first.
        onBlur={() => window.setTimeout(() => setFocused(false), 150)}
      />
      {focused && (
        <SearchResults
          className="left-0 max-h-72 w-full"
          items={results}
          getKey={(choice) => choice.id}
          isLoading={loading}
          emptyText="Nothing matches."
          onChoose={(choice) => {
            onChange(choice.id)
            setQ("")
            setFocused(false)
          }}
          renderItem={(choice) => (
            <>
              <span className="txt-compact-small">{choice.name}</span>
              {choice.hint && (
                <span className="txt-compact-xsmall text-ui-fg-subtle">{choice.hint}</span>
              )}
            </>
          )}
        />
      )}
    </div>
  )
}

/**
 * A category to narrow a rule on: salon service categories ("facial") for services and
 * sessions, product categories for products; both for services (a service can be a product).
 */
export const CategoryPicker = ({
  id,
  value,
  onChange,
  source,
}: {
  id?: string
  value: string
  onChange: (value: string) => void
  source: "service" | "product" | "both"
}) => {
  const services = useSalonServices(
    { limit: 200, fields: "id,category" },
    { enabled: source !== "product" }
  )
  const productCategories = useProductCategoryChoices(source !== "service")
  const serviceCategories = useMemo(
    () =>
      [
        ...new Set(
          (services.data?.salon_services ?? [])
            .map((service) => service.category)
            .filter((category): category is string => !!category)
        ),
      ].sort(),
    [services.data]
  )
  const products = productCategories.data ?? []
  const known =
    !value || serviceCategories.includes(value) || products.some((entry) => entry.id === value)
  return (
    <Select size="small" value={value || NONE} onValueChange={(v) => onChange(v === NONE ? "" : v)}>
      <Select.Trigger id={id}>
        <Select.Value placeholder="Any category" />
      </Select.Trigger>
      <Select.Content>
        <Select.Item value={NONE}>Any category</Select.Item>
        {!known && <Select.Item value={value}>{value}</Select.Item>}
        {source !== "product" && serviceCategories.length > 0 && (
          <Select.Group>
            <Select.Label>Service categories</Select.Label>
            {serviceCategories.map((category) => (
              <Select.Item key={`service-${category}`} value={category}>
                {category}
              </Select.Item>
            ))}
          </Select.Group>
        )}
        {source !== "service" && products.length > 0 && (
          <Select.Group>
            <Select.Label>Product categories</Select.Label>
            {products.map((category) => (
              <Select.Item key={category.id} value={category.id}>
                {category.name}
              </Select.Item>
            ))}
          </Select.Group>
        )}
      </Select.Content>
    </Select>
  )
}

/**
 * Names for what rules point at (services, templates, plans, products, variants, product
 * categories); an unknown id shows as itself.
 */
export const useRuleTargetNames = (rules: CommissionRule[]) => {
  const productIds = [
    ...new Set(rules.filter((r) => r.target_type === "product").map((r) => r.target_id!)),
  ].sort()
  const variantIds = [
    ...new Set(rules.filter((r) => r.target_type === "product_variant").map((r) => r.target_id!)),
  ].sort()
  const has = (type: RuleTargetType) => rules.some((rule) => rule.target_type === type)
  const services = useShortTargetChoices(has("salon_service") ? "salon_service" : null)
  const templates = useShortTargetChoices(has("package_template") ? "package_template" : null)
  const plans = useShortTargetChoices(has("recharge_plan") ? "recharge_plan" : null)
  const productNames = useProductTargetNames(productIds, variantIds)
  const categories = useProductCategoryChoices(rules.some((rule) => !!rule.category))
  return useMemo(() => {
    const names = new Map<string, string>()
    for (const choice of [...services, ...templates, ...plans]) names.set(choice.id, choice.name)
    for (const [key, name] of productNames.data ?? []) names.set(key, name)
    const categoryNames = new Map((categories.data ?? []).map((entry) => [entry.id, entry.name]))
    return {
      target: (id: string | null) => (id ? (names.get(id) ?? id) : null),
      /** A product category's name; service categories are their own names. */
      category: (value: string | null) => (value ? (categoryNames.get(value) ?? value) : null),
    }
  }, [services, templates, plans, productNames.data, categories.data])
}

export type RuleTargetNames = ReturnType<typeof useRuleTargetNames>
