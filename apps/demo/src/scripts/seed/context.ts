import type { MedusaContainer } from "@medusajs/framework/types"

/** What the foundation seed creates and later capability seeds build on. */
export type DemoBranchLocation = {
  /** Short key used by capability seeds, e.g. "jingan". */
  key: string
  name: string
  city: string
  stock_location_id: string
}

export type SeedContext = {
  container: MedusaContainer
  store_id: string
  sales_channel_id: string
  publishable_api_key: string
  shipping_profile_id: string
  regions: { cny: string; hkd: string }
  locations: DemoBranchLocation[]
  /** product handle → variant ids by SKU, for retail products. */
  products: Record<string, { product_id: string; variants: Record<string, string> }>
}

export const DEMO_CHAIN_NAME = "Lotus Beauty Group"
export const DEMO_SALES_CHANNEL = "Lotus Beauty Online"
export const DEMO_PUBLISHABLE_KEY_TITLE = "Lotus Beauty Storefront"
