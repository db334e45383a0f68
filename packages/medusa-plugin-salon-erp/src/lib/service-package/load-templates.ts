import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { TemplateForSale } from "./terms"

type Price = { amount: number | string; currency_code: string } | null

type TemplateRow = {
  id: string
  name: string
  variant_id: string
  currency_code: string
  validity_days?: number | null
  valid_until?: string | null
  branch_scope: TemplateForSale["branch_scope"]
  allocation_method: TemplateForSale["allocation_method"]
  refund_fee_percent?: number | null
  is_active: boolean
  product_variant?: { prices?: Price[] } | null
  items?: {
    position: number
    salon_service_id: string
    sessions: number
    session_value?: number | string | null
    salon_service?: { name: string; product_variant?: { prices?: Price[] } | null } | null
  }[]
}

export const templateSaleFields = [
  "id",
  "name",
  "variant_id",
  "currency_code",
  "validity_days",
  "valid_until",
  "branch_scope",
  "allocation_method",
  "refund_fee_percent",
  "is_active",
  "product_variant.prices.amount",
  "product_variant.prices.currency_code",
  "items.position",
  "items.salon_service_id",
  "items.sessions",
  "items.session_value",
  "items.salon_service.name",
  "items.salon_service.product_variant.prices.amount",
  "items.salon_service.product_variant.prices.currency_code",
]

const priceIn = (prices: Price[] | undefined | null, currency: string) => {
  const price = (prices ?? []).find((candidate) => candidate?.currency_code === currency)
  return price ? Number(price.amount) : null
}

/** Templates (by id or by variant id) with what a sale needs, in one query. */
export async function loadTemplatesForSale(
  container: MedusaContainer,
  filters: { id?: string[]; variant_id?: string[] }
): Promise<(TemplateForSale & { variant_id: string })[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "package_template",
    fields: templateSaleFields,
    filters,
  })
  return (data as unknown as TemplateRow[]).map((template) => ({
    id: template.id,
    name: template.name,
    variant_id: template.variant_id,
    currency_code: template.currency_code,
    validity_days: template.validity_days ?? null,
    valid_until: template.valid_until ?? null,
    branch_scope: template.branch_scope,
    allocation_method: template.allocation_method,
    refund_fee_percent:
      template.refund_fee_percent === null || template.refund_fee_percent === undefined
        ? null
        : Number(template.refund_fee_percent),
    is_active: template.is_active,
    list_price: priceIn(template.product_variant?.prices, template.currency_code),
    items: [...(template.items ?? [])]
      .sort((a, b) => a.position - b.position)
      .map((item) => ({
        salon_service_id: item.salon_service_id,
        service_name: item.salon_service?.name ?? item.salon_service_id,
        sessions: item.sessions,
        session_value:
          item.session_value === null || item.session_value === undefined
            ? null
            : Number(item.session_value),
        service_price: priceIn(item.salon_service?.product_variant?.prices, template.currency_code),
      })),
  }))
}
