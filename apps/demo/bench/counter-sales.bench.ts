import type { ExecArgs } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { adminAuth, http } from "./lib/http"
import { figure, load, report, summarize } from "./lib/measure"

const REGISTERS = 10

/**
 * Counter sales: a typical sale (3 lines: two retail products and a tip; 2 tenders: cash with
 * change and card) one at a time, then sales per second with 10 registers selling at once, then
 * 20 submissions of one sale at once (one order). Every sale is a Medusa order with captured
 * payments and a fulfillment at the branch's location, so this measures the whole path.
 */
export default async function counterSalesBench({ container }: ExecArgs) {
  const admin = await adminAuth(container)
  const post = (path: string, json: unknown, key?: string) =>
    http(path, {
      method: "POST",
      headers: { ...admin, ...(key ? { "idempotency-key": key } : {}) },
      json,
    })
  const get = (path: string) => http(path, { headers: admin })
  const suffix = Date.now().toString(36)

  // A branch that can sell: sales channel, region, stock location with a pick-up option.
  const { sales_channel: channel } = await post("/admin/sales-channels", {
    name: `Bench ${suffix}`,
  })
  const { regions } = await get("/admin/regions?currency_code=cny")
  if (!regions.length) {
    await post("/admin/regions", {
      name: "Mainland China",
      currency_code: "cny",
      countries: ["cn"],
      payment_providers: ["pp_system_default"],
    })
  }
  const { stock_location: location } = await post("/admin/stock-locations", {
    name: `Bench shelf ${suffix}`,
  })
  await post(`/admin/stock-locations/${location.id}/fulfillment-providers`, {
    add: ["manual_manual"],
  })
  await post(`/admin/stock-locations/${location.id}/sales-channels`, { add: [channel.id] })
  const { stock_location: withSet } = await post(
    `/admin/stock-locations/${location.id}/fulfillment-sets?fields=*fulfillment_sets`,
    { name: `Bench counter ${suffix}`, type: "pickup" }
  )
  const { fulfillment_set: set } = await post(
    `/admin/fulfillment-sets/${withSet.fulfillment_sets[0].id}/service-zones`,
    { name: "In the salon", geo_zones: [{ type: "country", country_code: "cn" }] }
  )
  const { shipping_profiles: profiles } = await get("/admin/shipping-profiles?type=default")
  const profileId =
    profiles[0]?.id ??
    (await post("/admin/shipping-profiles", { name: "Default", type: "default" })).shipping_profile
      .id
  await post("/admin/shipping-options", {
    name: "Counter",
    service_zone_id: set.service_zones[0].id,
    shipping_profile_id: profileId,
    provider_id: "manual_manual",
    price_type: "flat",
    type: { label: "Counter", description: "At the counter", code: "pickup" },
    prices: [{ currency_code: "cny", amount: 0 }],
  })
  const { branch } = await post("/admin/branches", {
    name: "Bench sales branch",
    code: `BENCH-SALE-${suffix}`,
    timezone: "Asia/Shanghai",
    opening_hours: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
      weekday,
      opens_at: "09:00",
      closes_at: "21:00",
    })),
    sales_channel_id: channel.id,
    stock_location_id: location.id,
  })
  const { staff_member: staff } = await post("/admin/staff-members", {
    name: "Bench stylist",
    branch_ids: [branch.id],
  })

  // Two retail products, managed stock at the branch (enough for every sale).
  const skus: string[] = []
  for (const [title, amount] of [
    ["Bench serum", 120],
    ["Bench hand cream", 48],
  ] as const) {
    const sku = `${title.replace(/\s/g, "-").toUpperCase()}-${suffix}`
    const { product } = await post("/admin/products?fields=*variants,*variants.inventory_items", {
      title,
      status: "published",
      options: [{ title: "Size", values: ["One"] }],
      variants: [
        {
          title: "One",
          sku,
          options: { Size: "One" },
          manage_inventory: true,
          prices: [{ currency_code: "cny", amount }],
        },
      ],
      sales_channels: [{ id: channel.id }],
    })
    await post(
      `/admin/inventory-items/${product.variants[0].inventory_items[0].inventory_item_id}/location-levels`,
      {
        location_id: location.id,
        stocked_quantity: 100_000,
      }
    )
    skus.push(sku)
  }

  const shifts: string[] = []
  for (let i = 1; i <= REGISTERS; i++) {
    const { counter_register: register } = await post("/admin/counter-registers", {
      branch_id: branch.id,
      name: `Till ${i}`,
      code: `S${i}`,
      currency_code: "cny",
    })
    const { counter_shift: shift } = await post(
      `/admin/counter-registers/${register.id}/shifts`,
      { opening_float: 1000 },
      `bench-sales-open-${register.id}`
    )
    shifts.push(shift.id)
  }

  // 120 serum + 2 × 48 hand cream + 10 tip = 226: 100 cash (150 handed over) + 126 card.
  const sale = (shiftId: string, key: string) =>
    post(
      "/admin/counter-sales",
      {
        shift_id: shiftId,
        lines: [
          { type: "product", sku: skus[0], quantity: 1 },
          { type: "product", sku: skus[1], quantity: 2 },
          { type: "tip", amount: 10, staff_member_id: staff.id },
        ],
        tenders: [
          { kind: "cash", amount: 100, tendered: 150 },
          { kind: "card", amount: 126, reference: "bench" },
        ],
      },
      key
    )

  let n = 0
  await load(5, 1, () => sale(shifts[0], `bench-sale-warm-${n++}`))
  const typical = await load(60, 1, () => sale(shifts[0], `bench-sale-${n++}`))
  report(
    "POST counter sale, 3 lines, 2 tenders, one register (HTTP)",
    summarize(typical.latencies),
    {
      errors: typical.errors.length,
    }
  )

  const busy = await load(200, REGISTERS, (index) =>
    sale(shifts[index % REGISTERS], `bench-sale-busy-${index}`)
  )
  report("200 counter sales, 10 registers at once (HTTP)", summarize(busy.latencies), {
    "sales/s": busy.perSecond,
    errors: busy.errors.length,
  })

  // A double click times 20: one order.
  const race = await load(20, 20, () => sale(shifts[1], "bench-sale-same-key"))
  const { counter_sales: raced } = await get(`/admin/counter-sales?shift_id=${shifts[1]}&limit=500`)
  const sameKey = raced.filter((row: { order_id: string }) => row.order_id).length
  report("20 submissions of one sale at once (HTTP)", summarize(race.latencies), {
    errors: race.errors.length,
  })
  figure("sales on that register after the 200 + 20 (expect 200 / 10 + 1 = 21)", sameKey, "sales")
  if (sameKey !== 21 || busy.errors.length || typical.errors.length) {
    throw new MedusaError(
      MedusaError.Types.UNEXPECTED_STATE,
      `unexpected: ${sameKey} sales on the raced register, ${busy.errors.length} errors under load`
    )
  }
}
