import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { ExecArgs } from "@medusajs/framework/types"
import type { SeedContext } from "./seed/context"
import { seedStore } from "./seed/store"
import { seedLocations } from "./seed/locations"
import { seedCatalog } from "./seed/catalog"
import { seedAdminUser } from "./seed/admin-user"
import { seedBooking } from "./seed/booking"
import { seedStoredValue } from "./seed/stored-value"
import { seedServicePackages } from "./seed/service-packages"
import { seedFeedback } from "./seed/feedback"
import { seedCommissions } from "./seed/commissions"
import { seedClients } from "./seed/clients"
import { seedCounter } from "./seed/counter"
import { seedCounterSales } from "./seed/counter-sales"

/**
 * Seeds the demo salon chain. Every part finds before it creates, so running it twice
 * adds nothing. Each capability adds its own file under ./seed and a line here.
 */
export default async function seedDemoSalon({ container }: ExecArgs): Promise<SeedContext> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)

  const store = await seedStore(container)
  const { shipping_profile_id, locations } = await seedLocations(container, store)
  const ctx: SeedContext = { container, ...store, shipping_profile_id, locations, products: {} }
  ctx.products = await seedCatalog(container, ctx)
  const admin = await seedAdminUser(container)
  const booking = await seedBooking(container, { ...ctx, admin_user_id: admin.id })
  await seedStoredValue(container, ctx, booking)
  await seedServicePackages(container, { ...ctx, admin_user_id: admin.id }, booking)
  await seedFeedback(container, { booking, admin_user_id: admin.id })
  await seedCommissions(container, ctx, booking)
  await seedClients(container, { booking, admin_user_id: admin.id })
  await seedCounter(container, { booking, admin_user_id: admin.id })
  await seedCounterSales(container, { booking, admin_user_id: admin.id })

  logger.info("Demo salon ready.")
  logger.info(`  Admin:   http://localhost:${process.env.PORT || 9000}/app`)
  logger.info(`  Login:   ${admin.email} / ${admin.password}`)
  logger.info(`  Publishable API key (store API): ${ctx.publishable_api_key}`)
  return ctx
}
