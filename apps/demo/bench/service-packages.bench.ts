import type { ExecArgs } from "@medusajs/framework/types"
import { MedusaError, Modules, generateEntityId } from "@medusajs/framework/utils"
import { BOOKING_MODULE } from "medusa-plugin-salon-erp/modules/booking"
import type BookingModuleService from "medusa-plugin-salon-erp/src/modules/booking/service"
import { SERVICE_PACKAGE_MODULE } from "medusa-plugin-salon-erp/modules/service-package"
import type ServicePackageModuleService from "medusa-plugin-salon-erp/src/modules/service-package/service"
import { createBranchWorkflow } from "medusa-plugin-salon-erp/src/workflows/booking/workflows/create-branch"
import { adminAuth, http } from "./lib/http"
import { figure, load, report, summarize } from "./lib/measure"

const DAY_MS = 86_400_000

/**
 * Service packages: redemption latency and throughput on ONE package under concurrency (every
 * redemption of a package serialises on its item's row lock), the ledger engine alone, replays,
 * and the 30-on-10 contention case. Ends with a reconciliation of the whole ledger.
 */
export default async function servicePackagesBench({ container }: ExecArgs) {
  const booking: BookingModuleService = container.resolve(BOOKING_MODULE)
  const packages: ServicePackageModuleService = container.resolve(SERVICE_PACKAGE_MODULE)
  const run = Date.now().toString(36)

  const { result: branch } = await createBranchWorkflow(container).run({
    input: {
      name: "Bench branch",
      code: `BENCH-PK-${run}`,
      timezone: "Asia/Shanghai",
      opening_hours: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
        weekday,
        opens_at: "09:00",
        closes_at: "21:00",
      })),
    },
  })
  const [service] = await booking.createSalonServices([
    {
      name: `Bench facial ${run}`,
      variant_id: generateEntityId(undefined, "variant"),
      duration_minutes: 60,
      room_type: null,
    },
  ])
  const [staff] = await booking.createStaffMembers([{ name: `Bench therapist ${run}` }])
  const customer = await container
    .resolve(Modules.CUSTOMER)
    .createCustomers({ email: `bench-packages-${run}@salon.test`, first_name: "Bench" })

  const issue = async (label: string, sessions: number, price: number) =>
    (
      await packages.issuePackage({
        idempotency_key: `bench-${run}-${label}`,
        key_scope: "system",
        author_type: "system",
        customer_id: customer.id,
        template_id: null,
        name: `${sessions} Bench facials`,
        source: "counter",
        currency_code: "cny",
        price_paid: price,
        payment_method: "cash",
        branch_scope: "all_branches",
        selling_branch_id: branch.id,
        allocation_method: "equal",
        refund_fee_percent: 0,
        expires_at: new Date(Date.now() + 365 * DAY_MS),
        items: [
          {
            salon_service_id: service.id,
            service_name: service.name,
            sessions,
            allocated_amount: price,
          },
        ],
      })
    ).package_id

  const admin = await adminAuth(container)
  let counter = 0
  const redeemOverHttp = (packageId: string, key = `bench-${run}-r${++counter}`) =>
    http(`/admin/service-packages/${packageId}/redeem`, {
      method: "POST",
      headers: { ...admin, "idempotency-key": key },
      json: { salon_service_id: service.id, branch_id: branch.id, staff_member_id: staff.id },
    })

  // One big package: every redemption below contends for the same item row.
  const big = await issue("big", 10_000, 1_000_000)
  await load(20, 1, () => redeemOverHttp(big))

  const sequential = await load(200, 1, () => redeemOverHttp(big))
  report("POST redeem, one package (HTTP, one at a time)", summarize(sequential.latencies), {
    "redemptions/s": sequential.perSecond,
    errors: sequential.errors.length,
  })
  for (const concurrency of [10, 30]) {
    const concurrent = await load(600, concurrency, () => redeemOverHttp(big))
    report(
      `POST redeem, one package (HTTP, ${concurrency} concurrent)`,
      summarize(concurrent.latencies),
      { "redemptions/s": concurrent.perSecond, errors: concurrent.errors.length }
    )
  }

  const replayKey = `bench-${run}-replay`
  await redeemOverHttp(big, replayKey)
  const replays = await load(200, 10, () => redeemOverHttp(big, replayKey))
  report("POST redeem, replayed key (HTTP, 10 concurrent)", summarize(replays.latencies), {
    "req/s": replays.perSecond,
    errors: replays.errors.length,
  })

  // The ledger engine without HTTP and workflow: lock, check, update, append.
  let engineCounter = 0
  const engine = await load(1000, 10, () =>
    packages.redeemSessions({
      package_id: big,
      salon_service_id: service.id,
      branch_id: branch.id,
      staff_member_id: staff.id,
      idempotency_key: `bench-${run}-engine-${++engineCounter}`,
      key_scope: "system",
      author_type: "system",
    })
  )
  report("redeemSessions, one package (in-process, 10 concurrent)", summarize(engine.latencies), {
    "redemptions/s": engine.perSecond,
    errors: engine.errors.length,
  })

  // The acceptance case: 30 redemptions at once on a 10-session package.
  const small = await issue("small", 10, 1000)
  const contested = await load(30, 30, () => redeemOverHttp(small))
  const refused = contested.errors.filter(
    (error) => (error as { status?: number }).status === 400
  ).length
  report("30 concurrent redemptions of a 10-session package", summarize(contested.latencies), {
    won: contested.results.length,
    "400s": refused,
    wall_ms: contested.wallMs,
  })

  const [bigItem] = await packages.listCustomerPackageItems({ package_id: big })
  const reconciledAt = performance.now()
  const { items_checked, mismatches } = await packages.reconcileLedger()
  figure(
    `reconcile ledger (${items_checked} items, ${10_000 - bigItem.remaining + 10} redemptions)`,
    performance.now() - reconciledAt,
    "ms"
  )
  figure("reconciliation mismatches", mismatches.length, "")
  if (mismatches.length) {
    throw new MedusaError(
      MedusaError.Types.UNEXPECTED_STATE,
      `ledger out of balance: ${JSON.stringify(mismatches.slice(0, 5))}`
    )
  }
}
