import type { ExecArgs } from "@medusajs/framework/types"
import seedDemoSalon from "../src/scripts/seed"
import { adminAuth, http } from "./lib/http"
import { load, report, summarize } from "./lib/measure"

/**
 * Foundation: raw server overhead (/health), an authenticated admin read and the store's
 * product list, on the demo catalogue.
 */
export default async function foundationBench({ container, args }: ExecArgs) {
  const demo = await seedDemoSalon({ container, args })
  const admin = await adminAuth(container)
  const storeHeaders = { "x-publishable-api-key": demo.publishable_api_key }

  await load(50, 5, () => http("/health"))

  const health = await load(1000, 10, () =>
    fetch(`${process.env.BENCH_BASE_URL}/health`).then((r) => r.text())
  )
  report("GET /health (10 concurrent)", summarize(health.latencies), { "req/s": health.perSecond })

  const me = await load(300, 5, () => http("/admin/users/me", { headers: admin }))
  report("GET /admin/users/me (5 concurrent)", summarize(me.latencies), { "req/s": me.perSecond })

  const products = await load(300, 5, () =>
    http("/store/products?limit=20", { headers: storeHeaders })
  )
  report("GET /store/products?limit=20 (5 concurrent)", summarize(products.latencies), {
    "req/s": products.perSecond,
  })
}
