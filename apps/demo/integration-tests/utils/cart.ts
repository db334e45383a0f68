import type { AxiosInstance } from "axios"

type Headers = { headers: Record<string, string> }

/** A sellable shop for checkout tests: a CNY region with the system payment provider, a channel and its key. */
export async function createShop(api: AxiosInstance, admin: Headers) {
  const { data: channel } = await api.post(
    "/admin/sales-channels",
    { name: `Online ${Date.now()}` },
    admin
  )
  const { data: region } = await api.post(
    "/admin/regions",
    {
      name: "Mainland China",
      currency_code: "cny",
      countries: ["cn"],
      payment_providers: ["pp_system_default"],
    },
    admin
  )
  const { data: key } = await api.post(
    "/admin/api-keys",
    { title: "Checkout tests", type: "publishable" },
    admin
  )
  await api.post(
    `/admin/api-keys/${key.api_key.id}/sales-channels`,
    { add: [channel.sales_channel.id] },
    admin
  )
  return {
    region_id: region.region.id as string,
    sales_channel_id: channel.sales_channel.id as string,
    publishable_key: key.api_key.token as string,
  }
}

/** A published product with one variant at `amount` CNY, no shipping and no stock tracking. */
export async function createSimpleProduct(
  api: AxiosInstance,
  admin: Headers,
  shop: { sales_channel_id: string },
  title: string,
  amount: number
) {
  const { data } = await api.post(
    "/admin/products",
    {
      title,
      status: "published",
      options: [{ title: "Default", values: ["Default"] }],
      variants: [
        {
          title: "Default",
          options: { Default: "Default" },
          manage_inventory: false,
          prices: [{ currency_code: "cny", amount }],
        },
      ],
      sales_channels: [{ id: shop.sales_channel_id }],
    },
    admin
  )
  return data.product.variants[0].id as string
}

/** A cart for the logged-in customer (their bearer headers) with the given lines. */
export async function createCart(
  api: AxiosInstance,
  customer: Headers,
  shop: { region_id: string; sales_channel_id: string },
  lines: { variant_id: string; quantity: number }[]
) {
  const { data } = await api.post(
    "/store/carts",
    { region_id: shop.region_id, sales_channel_id: shop.sales_channel_id },
    customer
  )
  for (const line of lines) {
    await api.post(`/store/carts/${data.cart.id}/line-items`, line, customer)
  }
  return data.cart.id as string
}

/** Pays what the cart still owes with the system provider (if anything) and completes it. */
export async function completeCart(api: AxiosInstance, customer: Headers, cartId: string) {
  const { data } = await api.get(`/store/carts/${cartId}?fields=id,total`, customer)
  if (Number(data.cart.total) > 0) {
    const { data: collection } = await api.post(
      "/store/payment-collections",
      { cart_id: cartId },
      customer
    )
    await api.post(
      `/store/payment-collections/${collection.payment_collection.id}/payment-sessions`,
      { provider_id: "pp_system_default" },
      customer
    )
  }
  const { data: completed } = await api.post(`/store/carts/${cartId}/complete`, {}, customer)
  if (completed.type !== "order") {
    throw new Error(
      `cart ${cartId} did not complete: ${JSON.stringify(completed.error ?? completed)}`
    )
  }
  return completed.order as { id: string; total: number }
}
