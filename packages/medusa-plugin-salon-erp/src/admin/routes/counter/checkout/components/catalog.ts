import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { useMemo } from "react"
import { usePackageTemplates } from "../../../../hooks/api/service-packages"
import { useRechargePlans } from "../../../../hooks/api/stored-value"
import { queryKeysFactory } from "../../../../lib/query-key-factory"
import { sdk } from "../../../../lib/sdk"
import { toNumber } from "../../../../lib/stored-value"
import { variantPrice } from "./cart"

/** A sellable variant as the checkout reads it. */
export type CatalogVariant = {
  id: string
  title: string | null
  sku: string | null
  barcode: string | null
  product?: { id: string; title: string | null } | null
  prices?: {
    amount: number
    currency_code: string
    price_list_id?: string | null
    rules_count?: number | null
  }[]
}

type VariantListResponse = { variants: CatalogVariant[]; count: number }

const keys = queryKeysFactory("counter_checkout_variant")
const FIELDS = "id,title,sku,barcode,product_id,product.id,product.title,*prices"

/** Variants by title, SKU or barcode (Medusa's own search). */
export const fetchVariants = (q: string, limit = 8) =>
  sdk.client.fetch<VariantListResponse>("/admin/product-variants", {
    query: { q, limit, fields: FIELDS },
  })

export const useVariantSearch = (q: string) =>
  useQuery({
    queryKey: keys.list({ q }),
    queryFn: () => fetchVariants(q),
    enabled: !!q,
    placeholderData: keepPreviousData,
  })

/** The list prices of some variants in a currency (the services on the bill). */
export const useVariantPrices = (variantIds: string[], currency: string) => {
  const ids = [...new Set(variantIds)].sort()
  const query = useQuery({
    queryKey: keys.list({ ids, currency }),
    queryFn: () =>
      sdk.client.fetch<VariantListResponse>("/admin/product-variants", {
        query: { id: ids, limit: ids.length, fields: "id,*prices" },
      }),
    enabled: ids.length > 0,
    staleTime: 60_000,
    placeholderData: keepPreviousData,
  })
  return useMemo(() => {
    const map = new Map<string, number | null>()
    for (const variant of query.data?.variants ?? []) {
      map.set(variant.id, variantPrice(variant.prices, currency))
    }
    return { prices: map, isLoading: query.isLoading }
  }, [query.data, query.isLoading, currency])
}

export type SellableKind = {
  type: "package" | "top_up"
  variant_id: string
  name: string
  price: number | null
}

/** Package templates and recharge plans on sale in this currency, by their variant. */
export const useSellables = (currency: string) => {
  const templates = usePackageTemplates({ is_active: true, limit: 100 }, { staleTime: 60_000 })
  const plans = useRechargePlans(
    { is_active: true, currency_code: currency, limit: 100 },
    { staleTime: 60_000 }
  )
  return useMemo(() => {
    const list: SellableKind[] = []
    for (const template of templates.data?.package_templates ?? []) {
      if (template.currency_code.toLowerCase() !== currency.toLowerCase()) continue
      list.push({
        type: "package",
        variant_id: template.variant_id,
        name: template.name,
        price: variantPrice(template.product_variant?.prices, currency),
      })
    }
    for (const plan of plans.data?.recharge_plans ?? []) {
      list.push({
        type: "top_up",
        variant_id: plan.variant_id,
        name: plan.name,
        price: toNumber(plan.pay_amount),
      })
    }
    return { list, byVariant: new Map(list.map((item) => [item.variant_id, item])) }
  }, [templates.data, plans.data, currency])
}
