import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import {
  createInventoryLevelsWorkflow,
  createProductCategoriesWorkflow,
  createProductsWorkflow,
} from "@medusajs/medusa/core-flows"
import type { SeedContext } from "./context"

type RetailProduct = {
  handle: string
  title: string
  category: string
  description: string
  option: string
  variants: { value: string; sku: string; cny: number; hkd: number; stock: number }[]
}

const CATEGORIES = [
  {
    handle: "skincare",
    name: "Skincare",
    description: "Home-care products our therapists recommend.",
  },
  {
    handle: "nail-care",
    name: "Nail care",
    description: "Polishes and care for natural and gel nails.",
  },
]

const RETAIL_PRODUCTS: RetailProduct[] = [
  {
    handle: "hydrating-hyaluronic-serum",
    title: "Hydrating Hyaluronic Serum",
    category: "skincare",
    description: "Lightweight serum with three weights of hyaluronic acid.",
    option: "Size",
    variants: [
      { value: "30 ml", sku: "SK-HYA-30", cny: 298, hkd: 328, stock: 40 },
      { value: "50 ml", sku: "SK-HYA-50", cny: 438, hkd: 478, stock: 25 },
    ],
  },
  {
    handle: "vitamin-c-brightening-essence",
    title: "Vitamin C Brightening Essence",
    category: "skincare",
    description: "15% ascorbic acid essence for dull or uneven skin.",
    option: "Size",
    variants: [{ value: "30 ml", sku: "SK-VTC-30", cny: 368, hkd: 398, stock: 30 }],
  },
  {
    handle: "gentle-amino-cleanser",
    title: "Gentle Amino Acid Cleanser",
    category: "skincare",
    description: "Low-pH foaming cleanser, suitable after facials.",
    option: "Size",
    variants: [{ value: "120 ml", sku: "SK-CLN-120", cny: 158, hkd: 178, stock: 60 }],
  },
  {
    handle: "mineral-sunscreen-spf50",
    title: "Mineral Sunscreen SPF 50",
    category: "skincare",
    description: "Zinc oxide sunscreen for sensitive, post-treatment skin.",
    option: "Size",
    variants: [{ value: "50 ml", sku: "SK-SPF-50", cny: 218, hkd: 238, stock: 45 }],
  },
  {
    handle: "soothing-sheet-mask",
    title: "Soothing Centella Sheet Mask",
    category: "skincare",
    description: "Box of five masks; calms redness after peels.",
    option: "Pack",
    variants: [{ value: "Box of 5", sku: "SK-MSK-5", cny: 128, hkd: 148, stock: 80 }],
  },
  {
    handle: "gel-polish",
    title: "Long-wear Gel Polish",
    category: "nail-care",
    description: "Salon gel polish, cures in 60 s under LED.",
    option: "Colour",
    variants: [
      { value: "Rose Nude", sku: "NL-GEL-ROSE", cny: 88, hkd: 98, stock: 30 },
      { value: "Classic Red", sku: "NL-GEL-RED", cny: 88, hkd: 98, stock: 30 },
      { value: "Midnight Navy", sku: "NL-GEL-NAVY", cny: 88, hkd: 98, stock: 20 },
    ],
  },
  {
    handle: "nourishing-cuticle-oil",
    title: "Nourishing Cuticle Oil",
    category: "nail-care",
    description: "Jojoba and vitamin E pen for daily cuticle care.",
    option: "Size",
    variants: [{ value: "10 ml", sku: "NL-OIL-10", cny: 68, hkd: 78, stock: 50 }],
  },
  {
    handle: "base-and-top-coat-set",
    title: "Base & Top Coat Set",
    category: "nail-care",
    description: "Strengthening base coat and high-shine top coat.",
    option: "Set",
    variants: [{ value: "2 × 12 ml", sku: "NL-BTC-SET", cny: 158, hkd: 178, stock: 35 }],
  },
]

/** Skincare and nail retail products, stocked at both branches. */
export async function seedCatalog(
  container: MedusaContainer,
  ctx: Pick<SeedContext, "sales_channel_id" | "shipping_profile_id" | "locations">
) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const productModule = container.resolve(Modules.PRODUCT)

  const categoryIds: Record<string, string> = {}
  for (const category of CATEGORIES) {
    const [existing] = await productModule.listProductCategories({ handle: category.handle })
    if (existing) {
      categoryIds[category.handle] = existing.id
      continue
    }
    const { result } = await createProductCategoriesWorkflow(container).run({
      input: { product_categories: [{ ...category, is_active: true }] },
    })
    categoryIds[category.handle] = result[0].id
  }

  const existingProducts = await productModule.listProducts(
    { handle: RETAIL_PRODUCTS.map((product) => product.handle) },
    { select: ["handle"] }
  )
  const existingHandles = new Set(existingProducts.map((product) => product.handle))
  const missing = RETAIL_PRODUCTS.filter((product) => !existingHandles.has(product.handle))
  if (missing.length) {
    await createProductsWorkflow(container).run({
      input: {
        products: missing.map((product) => ({
          title: product.title,
          handle: product.handle,
          description: product.description,
          status: ProductStatus.PUBLISHED,
          category_ids: [categoryIds[product.category]],
          shipping_profile_id: ctx.shipping_profile_id,
          sales_channels: [{ id: ctx.sales_channel_id }],
          options: [
            { title: product.option, values: product.variants.map((variant) => variant.value) },
          ],
          variants: product.variants.map((variant) => ({
            title: variant.value,
            sku: variant.sku,
            manage_inventory: true,
            options: { [product.option]: variant.value },
            prices: [
              { currency_code: "cny", amount: variant.cny },
              { currency_code: "hkd", amount: variant.hkd },
            ],
          })),
        })),
      },
    })
  }

  const { data: products } = await query.graph({
    entity: "product",
    fields: [
      "id",
      "handle",
      "variants.id",
      "variants.sku",
      "variants.inventory_items.inventory_item_id",
      "variants.inventory_items.inventory.location_levels.location_id",
    ],
    filters: { handle: RETAIL_PRODUCTS.map((product) => product.handle) },
  })

  const stockBySku = new Map(
    RETAIL_PRODUCTS.flatMap((product) =>
      product.variants.map((variant) => [variant.sku, variant.stock] as const)
    )
  )
  const levels: { inventory_item_id: string; location_id: string; stocked_quantity: number }[] = []
  const catalog: SeedContext["products"] = {}
  for (const product of products) {
    catalog[product.handle] = { product_id: product.id, variants: {} }
    for (const variant of product.variants ?? []) {
      if (!variant?.sku) continue
      catalog[product.handle].variants[variant.sku] = variant.id
      for (const link of variant.inventory_items ?? []) {
        const stockedAt = new Set(
          (link?.inventory?.location_levels ?? []).map(
            (level: { location_id?: string } | null) => level?.location_id
          )
        )
        for (const location of ctx.locations) {
          if (link && !stockedAt.has(location.stock_location_id)) {
            levels.push({
              inventory_item_id: link.inventory_item_id,
              location_id: location.stock_location_id,
              stocked_quantity: stockBySku.get(variant.sku) ?? 0,
            })
          }
        }
      }
    }
  }
  if (levels.length) {
    await createInventoryLevelsWorkflow(container).run({ input: { inventory_levels: levels } })
  }

  logger.info(
    `Seeded ${products.length} retail products (${missing.length} new), stock at ${ctx.locations.length} branches`
  )
  return catalog
}
