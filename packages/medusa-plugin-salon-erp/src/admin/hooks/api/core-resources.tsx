import { keepPreviousData, useQuery } from "@tanstack/react-query"
import { queryKeysFactory } from "../../lib/query-key-factory"
import { sdk } from "../../lib/sdk"

// Medusa's own resources the booking screens pick from. Own key prefixes, so these never
// share a cache entry with the dashboard's queries of different shapes.
const customerSearchKeys = queryKeysFactory("booking_ui_customer")
const stockLocationKeys = queryKeysFactory("booking_ui_stock_location")
const salesChannelKeys = queryKeysFactory("booking_ui_sales_channel")
const userKeys = queryKeysFactory("booking_ui_user")
const storeKeys = queryKeysFactory("booking_ui_store")
const variantKeys = queryKeysFactory("booking_ui_product_variant")

/** Customers matching a search (name, email, phone), for picking who an appointment is for. */
export const useCustomerSearch = (q: string) =>
  useQuery({
    queryKey: customerSearchKeys.list({ q }),
    queryFn: () =>
      sdk.admin.customer.list({
        q: q || undefined,
        limit: 8,
        fields: "id,first_name,last_name,email,phone",
      }),
    placeholderData: keepPreviousData,
  })

export const useStockLocations = () =>
  useQuery({
    queryKey: stockLocationKeys.list(),
    queryFn: () => sdk.admin.stockLocation.list({ limit: 200, fields: "id,name" }),
  })

export const useSalesChannels = () =>
  useQuery({
    queryKey: salesChannelKeys.list(),
    queryFn: () => sdk.admin.salesChannel.list({ limit: 200, fields: "id,name" }),
  })

/** Admin users, for a branch manager or a staff member's login. */
export const useUsers = () =>
  useQuery({
    queryKey: userKeys.list(),
    queryFn: () => sdk.admin.user.list({ limit: 200, fields: "id,email,first_name,last_name" }),
  })

/** The store's currencies, offered when pricing a new salon service. */
export const useStoreCurrencies = () =>
  useQuery({
    queryKey: storeKeys.list(),
    queryFn: () => sdk.admin.store.list({ fields: "id,*supported_currencies" }),
    select: (data) =>
      (data.stores[0]?.supported_currencies ?? []).map((currency) => ({
        code: currency.currency_code,
        is_default: currency.is_default,
      })),
  })

/** Product variants matching a search, to sell a salon service as an existing variant. */
export const useVariantSearch = (q: string, enabled = true) =>
  useQuery({
    queryKey: variantKeys.list({ q }),
    queryFn: () =>
      sdk.admin.productVariant.list({
        q: q || undefined,
        limit: 10,
        fields: "id,title,sku,product_id,*product",
      }),
    placeholderData: keepPreviousData,
    enabled,
  })
