import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import {
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
} from "@medusajs/medusa/core-flows"
import type { DemoBranchLocation } from "./context"

const DEMO_LOCATIONS = [
  {
    key: "jingan",
    name: "Lotus Beauty Jing'an",
    city: "Shanghai",
    address: {
      address_1: "1601 Nanjing West Road",
      city: "Shanghai",
      country_code: "cn",
      postal_code: "200040",
    },
  },
  {
    key: "xihu",
    name: "Lotus Beauty West Lake",
    city: "Hangzhou",
    address: {
      address_1: "88 Nanshan Road",
      city: "Hangzhou",
      country_code: "cn",
      postal_code: "310002",
    },
  },
]

/**
 * One stock location per branch (its shelf stock), each able to ship retail orders in
 * mainland China and Hong Kong or hand them over in the salon.
 */
export async function seedLocations(
  container: MedusaContainer,
  { sales_channel_id, regions }: { sales_channel_id: string; regions: { cny: string; hkd: string } }
) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const fulfillmentModule = container.resolve(Modules.FULFILLMENT)
  const stockLocationModule = container.resolve(Modules.STOCK_LOCATION)

  let [shippingProfile] = await fulfillmentModule.listShippingProfiles({ type: "default" })
  if (!shippingProfile) {
    const { result } = await createShippingProfilesWorkflow(container).run({
      input: { data: [{ name: "Default Shipping Profile", type: "default" }] },
    })
    shippingProfile = result[0]
  }

  const locations: DemoBranchLocation[] = []
  for (const wanted of DEMO_LOCATIONS) {
    let [location] = await stockLocationModule.listStockLocations({ name: wanted.name })
    if (!location) {
      const { result } = await createStockLocationsWorkflow(container).run({
        input: { locations: [{ name: wanted.name, address: wanted.address }] },
      })
      location = result[0]
      await link.create({
        [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
        [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" },
      })
      await linkSalesChannelsToStockLocationWorkflow(container).run({
        input: { id: location.id, add: [sales_channel_id] },
      })
    }
    locations.push({
      key: wanted.key,
      name: wanted.name,
      city: wanted.city,
      stock_location_id: location.id,
    })

    const { data: withSets } = await query.graph({
      entity: "stock_location",
      fields: ["id", "fulfillment_sets.id"],
      filters: { id: location.id },
    })
    if (withSets[0]?.fulfillment_sets?.length) {
      continue
    }
    const fulfillmentSet = await fulfillmentModule.createFulfillmentSets({
      name: `${wanted.name} fulfillment`,
      type: "shipping",
      service_zones: [
        {
          name: `${wanted.name} delivery area`,
          geo_zones: [
            { type: "country", country_code: "cn" },
            { type: "country", country_code: "hk" },
          ],
        },
      ],
    })
    await link.create({
      [Modules.STOCK_LOCATION]: { stock_location_id: location.id },
      [Modules.FULFILLMENT]: { fulfillment_set_id: fulfillmentSet.id },
    })
    const serviceZoneId = fulfillmentSet.service_zones[0].id
    const enabledInStore = [
      { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
      { attribute: "is_return", value: "false", operator: "eq" as const },
    ]
    await createShippingOptionsWorkflow(container).run({
      input: [
        {
          name: `Pick up at ${wanted.name}`,
          price_type: "flat",
          provider_id: "manual_manual",
          service_zone_id: serviceZoneId,
          shipping_profile_id: shippingProfile.id,
          type: { label: "Pick-up", description: "Collect in the salon.", code: "pickup" },
          prices: [
            { currency_code: "cny", amount: 0 },
            { currency_code: "hkd", amount: 0 },
            { region_id: regions.cny, amount: 0 },
            { region_id: regions.hkd, amount: 0 },
          ],
          rules: enabledInStore,
        },
        {
          name: `Courier from ${wanted.name}`,
          price_type: "flat",
          provider_id: "manual_manual",
          service_zone_id: serviceZoneId,
          shipping_profile_id: shippingProfile.id,
          type: { label: "Courier", description: "Delivered in 1-3 days.", code: "courier" },
          prices: [
            { currency_code: "cny", amount: 12 },
            { currency_code: "hkd", amount: 40 },
            { region_id: regions.cny, amount: 12 },
            { region_id: regions.hkd, amount: 40 },
          ],
          rules: enabledInStore,
        },
      ],
    })
  }

  logger.info(`Seeded ${locations.length} branch stock locations with pick-up and courier options`)
  return { shipping_profile_id: shippingProfile.id, locations }
}
