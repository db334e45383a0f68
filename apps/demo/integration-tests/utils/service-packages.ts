import type { AxiosInstance } from "axios"

type Headers = { headers: Record<string, string> }
type Db = {
  raw: (sql: string, bindings?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>
}

let keyCounter = 0
/** A fresh idempotency key. */
export const newKey = (label = "key") => `${label}-${Date.now()}-${++keyCounter}`

/** A package template sold as a new product at `price` CNY. */
export async function createTemplate(
  api: AxiosInstance,
  admin: Headers,
  items: { salon_service_id: string; sessions: number; session_value?: number }[],
  overrides: Record<string, unknown> = {}
) {
  const { data } = await api.post(
    "/admin/package-templates",
    {
      name: "10 Facials",
      items,
      validity_days: 365,
      allocation_method: "equal",
      prices: [{ currency_code: "cny", amount: 1000 }],
      ...overrides,
    },
    admin
  )
  return data.package_template as {
    id: string
    name: string
    variant_id: string
    items: { id: string; salon_service_id: string; sessions: number }[]
  }
}

/** Sells a package at the counter; returns the package. */
export async function sellPackage(
  api: AxiosInstance,
  admin: Headers,
  body: {
    customer_id: string
    template_id: string
    branch_id: string
    sold_by_staff_member_id: string
    payment_method?: string
    amount_paid?: number
  },
  key = newKey("sale")
) {
  const { data } = await api.post(
    "/admin/service-packages",
    { payment_method: "cash", ...body },
    { headers: { ...admin.headers, "idempotency-key": key } }
  )
  return data.service_package as ServicePackage
}

export type ServicePackage = {
  id: string
  name: string
  status: string
  customer_id: string
  expires_at: string
  price_paid: number
  remaining_sessions: number
  reserved_sessions: number
  items: {
    id: string
    salon_service_id: string
    service_name: string
    total_sessions: number
    remaining: number
    reserved: number
    allocated_amount: number
    value_remaining: number
  }[]
}

/** Stored balances next to the sums of the ledger, per item of a package (straight from SQL). */
export async function ledgerOf(db: Db, packageId: string) {
  const { rows } = await db.raw(
    `SELECT i.id, i.service_name, i.remaining, i.reserved, i.value_remaining::float AS value_remaining,
            coalesce(sum(e.quantity), 0)::int AS ledger_remaining,
            coalesce(sum(e.value), 0)::float AS ledger_value,
            count(e.id)::int AS entries
       FROM customer_package_item i
       LEFT JOIN package_ledger_entry e ON e.package_item_id = i.id
      WHERE i.package_id = ?
      GROUP BY i.id
      ORDER BY i.position`,
    [packageId]
  )
  return rows as {
    id: string
    service_name: string
    remaining: number
    reserved: number
    value_remaining: number
    ledger_remaining: number
    ledger_value: number
    entries: number
  }[]
}

/** Every entry of a package, oldest first. */
export async function entriesOf(db: Db, packageId: string) {
  const { rows } = await db.raw(
    `SELECT id, type, quantity, value::float AS value, session_value::float AS session_value,
            staff_member_id, branch_id, appointment_id, reservation_id, reason, author_id
       FROM package_ledger_entry WHERE package_id = ? ORDER BY id`,
    [packageId]
  )
  return rows as {
    id: string
    type: string
    quantity: number
    value: number
    session_value: number
    staff_member_id: string | null
    branch_id: string | null
    appointment_id: string | null
    reservation_id: string | null
    reason: string | null
    author_id: string | null
  }[]
}

/** Polls until `check` returns something truthy (subscribers run after the request returns). */
export async function waitFor<T>(
  check: () => Promise<T | null | undefined | false>,
  what: string,
  timeoutMs = 15_000
): Promise<T> {
  const started = Date.now()
  for (;;) {
    const value = await check()
    if (value) return value
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

/** Records the events emitted through the event bus while a test runs. */
export function recordEvents(eventBus: { emit: (...args: any[]) => Promise<unknown> }) {
  const emitted: { name: string; data: any }[] = []
  // The app (and its event bus) lives for the whole file: never wrap an earlier test's spy.
  if (jest.isMockFunction(eventBus.emit)) (eventBus.emit as jest.Mock).mockRestore()
  const emit = eventBus.emit.bind(eventBus)
  jest.spyOn(eventBus, "emit").mockImplementation(async (data: any, options?: any) => {
    emitted.push(...(Array.isArray(data) ? data : [data]))
    return emit(data, options)
  })
  return {
    named: (name: string) => emitted.filter((event) => event.name === name).map((e) => e.data),
  }
}
