import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import {
  createApiKeysWorkflow,
  createRegionsWorkflow,
  createSalesChannelsWorkflow,
  createTaxRegionsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  updateStoresWorkflow,
} from "@medusajs/medusa/core-flows"
import { DEMO_CHAIN_NAME, DEMO_PUBLISHABLE_KEY_TITLE, DEMO_SALES_CHANNEL } from "./context"

/**
 * The chain's store, currencies, regions, tax regions, online sales channel and the
 * publishable key a storefront uses. Finds before it creates, so a second run adds nothing.
 */
export async function seedStore(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)

  const salesChannelModule = container.resolve(Modules.SALES_CHANNEL)
  let [salesChannel] = await salesChannelModule.listSalesChannels({ name: DEMO_SALES_CHANNEL })
  if (!salesChannel) {
    const { result } = await createSalesChannelsWorkflow(container).run({
      input: {
        salesChannelsData: [
          {
            name: DEMO_SALES_CHANNEL,
            description: "Online bookings, top-ups, packages and retail",
          },
        ],
      },
    })
    salesChannel = result[0]
  }

  const storeModule = container.resolve(Modules.STORE)
  const [store] = await storeModule.listStores()
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        name: DEMO_CHAIN_NAME,
        supported_currencies: [
          { currency_code: "cny", is_default: true },
          { currency_code: "hkd" },
        ],
        default_sales_channel_id: salesChannel.id,
      },
    },
  })

  const regionModule = container.resolve(Modules.REGION)
  const wantedRegions = [
    { key: "cny" as const, name: "Mainland China", currency_code: "cny", countries: ["cn"] },
    { key: "hkd" as const, name: "Hong Kong", currency_code: "hkd", countries: ["hk"] },
  ]
  const regions = { cny: "", hkd: "" }
  for (const wanted of wantedRegions) {
    const [existing] = await regionModule.listRegions({ name: wanted.name })
    if (existing) {
      regions[wanted.key] = existing.id
      continue
    }
    const { result } = await createRegionsWorkflow(container).run({
      input: {
        regions: [
          {
            name: wanted.name,
            currency_code: wanted.currency_code,
            countries: wanted.countries,
            payment_providers: ["pp_system_default"],
          },
        ],
      },
    })
    regions[wanted.key] = result[0].id
  }

  const taxModule = container.resolve(Modules.TAX)
  const existingTaxRegions = await taxModule.listTaxRegions({ country_code: ["cn", "hk"] })
  const missingTaxCountries = ["cn", "hk"].filter(
    (code) => !existingTaxRegions.some((taxRegion) => taxRegion.country_code === code)
  )
  if (missingTaxCountries.length) {
    await createTaxRegionsWorkflow(container).run({
      input: missingTaxCountries.map((country_code) => ({
        country_code,
        provider_id: "tp_system",
      })),
    })
  }

  const { data: keys } = await query.graph({
    entity: "api_key",
    fields: ["id", "token", "sales_channels.id"],
    filters: { title: DEMO_PUBLISHABLE_KEY_TITLE, type: "publishable" },
  })
  let publishableKey: { id: string; token: string; channel_ids: string[] } | undefined =
    keys[0] && {
      id: keys[0].id,
      token: keys[0].token,
      channel_ids: (keys[0].sales_channels ?? []).map(
        (channel: { id?: string } | null) => channel?.id ?? ""
      ),
    }
  if (!publishableKey) {
    const { result } = await createApiKeysWorkflow(container).run({
      input: {
        api_keys: [{ title: DEMO_PUBLISHABLE_KEY_TITLE, type: "publishable", created_by: "" }],
      },
    })
    publishableKey = { id: result[0].id, token: result[0].token, channel_ids: [] }
  }
  if (!publishableKey.channel_ids.includes(salesChannel.id)) {
    await linkSalesChannelsToApiKeyWorkflow(container).run({
      input: { id: publishableKey.id, add: [salesChannel.id] },
    })
  }

  logger.info(`Seeded store "${DEMO_CHAIN_NAME}" with regions CNY and HKD`)
  return {
    store_id: store.id,
    sales_channel_id: salesChannel.id,
    publishable_api_key: publishableKey.token,
    regions,
  }
}
