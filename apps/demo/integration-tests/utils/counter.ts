import type { AxiosInstance } from "axios"
import { at, createCustomer, createSalon, nextWeekday } from "./booking"
import { newKey } from "./service-packages"

type Headers = { headers: Record<string, string> }

/**
 * A salon that can sell at the counter: the booking salon (branch, two services, Anna and Bella),
 * a CNY region, the branch's sales channel and stock location (with a pick-up shipping option), a
 * retail product stocked there, a register and an open shift.
 */
export async function createCounterSalon(
  api: AxiosInstance,
  admin: Headers,
  { stock = 10, backorder = false, openingFloat = 500 } = {}
) {
  const salon = await createSalon(api, admin)
  const suffix = Math.random().toString(36).slice(2, 7)
  const { data: channel } = await api.post(
    "/admin/sales-channels",
    { name: `Counter ${suffix}` },
    admin
  )
  const salesChannelId = channel.sales_channel.id as string
  const { data: regions } = await api.get("/admin/regions?currency_code=cny", admin)
  if (!regions.regions.length) {
    await api.post(
      "/admin/regions",
      {
        name: "Mainland China",
        currency_code: "cny",
        countries: ["cn"],
        payment_providers: ["pp_system_default"],
      },
      admin
    )
  }
  const { data: created } = await api.post(
    "/admin/stock-locations",
    { name: `Shelf ${suffix}` },
    admin
  )
  const locationId = created.stock_location.id as string
  await api.post(
    `/admin/stock-locations/${locationId}/fulfillment-providers`,
    { add: ["manual_manual"] },
    admin
  )
  await api.post(
    `/admin/stock-locations/${locationId}/sales-channels`,
    { add: [salesChannelId] },
    admin
  )
  const { data: withSet } = await api.post(
    `/admin/stock-locations/${locationId}/fulfillment-sets?fields=*fulfillment_sets`,
    { name: `Counter ${suffix}`, type: "pickup" },
    admin
  )
  const setId = withSet.stock_location.fulfillment_sets[0].id as string
  const { data: zoned } = await api.post(
    `/admin/fulfillment-sets/${setId}/service-zones`,
    { name: "In the salon", geo_zones: [{ type: "country", country_code: "cn" }] },
    admin
  )
  const zoneId = zoned.fulfillment_set.service_zones[0].id as string
  const { data: profiles } = await api.get("/admin/shipping-profiles?type=default", admin)
  const profileId =
    profiles.shipping_profiles[0]?.id ??
    (
      await api.post(
        "/admin/shipping-profiles",
        { name: "Default Shipping Profile", type: "default" },
        admin
      )
    ).data.shipping_profile.id
  await api.post(
    "/admin/shipping-options",
    {
      name: "Hand over at the counter",
      service_zone_id: zoneId,
      shipping_profile_id: profileId,
      provider_id: "manual_manual",
      price_type: "flat",
      type: { label: "Counter", description: "Handed over at the counter", code: "pickup" },
      prices: [{ currency_code: "cny", amount: 0 }],
    },
    admin
  )
  await api.post(
    `/admin/branches/${salon.branch.id}`,
    { sales_channel_id: salesChannelId, stock_location_id: locationId },
    admin
  )

  const sku = `SERUM-${suffix}`
  const { data: product } = await api.post(
    "/admin/products?fields=*variants,*variants.inventory_items",
    {
      title: "Hydrating serum",
      status: "published",
      options: [{ title: "Size", values: ["30 ml"] }],
      variants: [
        {
          title: "30 ml",
          sku,
          barcode: `690${Date.now()}`.slice(0, 13),
          options: { Size: "30 ml" },
          manage_inventory: true,
          allow_backorder: backorder,
          prices: [{ currency_code: "cny", amount: 120 }],
        },
      ],
      sales_channels: [{ id: salesChannelId }],
    },
    admin
  )
  const variant = product.product.variants[0]
  const inventoryItemId = variant.inventory_items[0].inventory_item_id as string
  await api.post(
    `/admin/inventory-items/${inventoryItemId}/location-levels`,
    { location_id: locationId, stocked_quantity: stock },
    admin
  )

  const { data: register } = await api.post(
    "/admin/counter-registers",
    { branch_id: salon.branch.id, name: "Front desk", code: `T${suffix}`, currency_code: "cny" },
    admin
  )
  const { data: opened } = await api.post(
    `/admin/counter-registers/${register.counter_register.id}/shifts`,
    { opening_float: openingFloat },
    { headers: { ...admin.headers, "idempotency-key": newKey("open") } }
  )
  return {
    ...salon,
    sales_channel_id: salesChannelId,
    location_id: locationId,
    serum: { variant_id: variant.id as string, sku, inventory_item_id: inventoryItemId },
    register: register.counter_register as { id: string },
    shift: opened.counter_shift as { id: string },
  }
}

export type CounterSalon = Awaited<ReturnType<typeof createCounterSalon>>

let slot = 0

/** A checked-in appointment of the customer for the given services (and staff). */
export async function checkedInVisit(
  api: AxiosInstance,
  admin: Headers,
  salon: CounterSalon,
  customerId: string,
  items: { service: "facial" | "manicure"; staff: "anna" | "bella"; is_designated?: boolean }[]
) {
  const day = nextWeekday(2)
  const time = `${String(10 + (slot++ % 8)).padStart(2, "0")}:00`
  const { data } = await api.post(
    "/admin/appointments",
    {
      customer_id: customerId,
      branch_id: salon.branch.id,
      starts_at: at(day, time),
      items: items.map((item) => ({
        salon_service_id: salon[item.service].id,
        staff_member_id: salon[item.staff].id,
        is_designated: item.is_designated ?? false,
      })),
    },
    admin
  )
  await api.post(`/admin/appointments/${data.appointment.id}/check-in`, {}, admin)
  return data.appointment as { id: string; items: { id: string; salon_service_id?: string }[] }
}

/** Stock of an inventory item at a location: on the shelf and reserved. */
export async function stockAt(
  api: AxiosInstance,
  admin: Headers,
  inventoryItemId: string,
  locationId: string
) {
  const { data } = await api.get(
    `/admin/inventory-items/${inventoryItemId}/location-levels?location_id=${locationId}`,
    admin
  )
  const level = data.inventory_levels[0]
  return { stocked: Number(level.stocked_quantity), reserved: Number(level.reserved_quantity) }
}

export { createCustomer }

/**
 * The test client with plain errors: a failed request rejects with an Error naming the request and
 * the answer, carrying only `response.status` and `response.data` (an axios error holds the socket,
 * which jest cannot report).
 */
export function plainErrors(api: AxiosInstance): AxiosInstance {
  const plain =
    (method: "get" | "post" | "delete") =>
    async (...args: unknown[]) => {
      try {
        return await (api[method] as (...a: unknown[]) => Promise<unknown>)(...args)
      } catch (error) {
        const failed = error as { message?: string; response?: { status: number; data: unknown } }
        if (!failed.response) throw error
        const replacement = new Error(failed.message ?? "request failed") as Error & {
          response: { status: number; data: unknown }
        }
        replacement.response = { status: failed.response.status, data: failed.response.data }
        throw replacement
      }
    }
  return {
    get: plain("get"),
    post: plain("post"),
    delete: plain("delete"),
  } as unknown as AxiosInstance
}
