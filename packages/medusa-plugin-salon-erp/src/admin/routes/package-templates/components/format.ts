/** Money in major units, e.g. "¥3,580.00". */
export const formatMoney = (amount: number | null | undefined, currency = "cny") =>
  amount === null || amount === undefined
    ? "–"
    : new Intl.NumberFormat("zh-CN", {
        style: "currency",
        currency: currency.toUpperCase(),
      }).format(Number(amount))

export const formatDay = (value: string | null | undefined) =>
  value ? new Date(value).toLocaleDateString("en-CA") : "–"

export const validityLabel = (template: {
  validity_days: number | null
  valid_until: string | null
}) =>
  template.validity_days
    ? `${template.validity_days} days from purchase`
    : `until ${formatDay(template.valid_until)}`

export const scopeLabel = (scope: string) =>
  scope === "selling_branch" ? "Selling branch only" : "Every branch"

export const allocationLabel: Record<string, string> = {
  list_price: "By the services' prices",
  equal: "Equal per session",
  fixed: "Fixed session values",
}
