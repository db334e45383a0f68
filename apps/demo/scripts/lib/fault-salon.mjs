// The admin API calls the fault test makes, each with a deadline, and the salon it sets up: a
// branch with a nail station, a manicure, a staff member who works every day, and commission
// rules that pay on top-ups and on services (so both leave a row per source to count).

/** Milliseconds one request may take before it counts as failed. */
const REQUEST_TIMEOUT_MS = 15000

export class HttpError extends Error {
  constructor(method, url, status, body) {
    super(`${method} ${url} answered ${status}: ${JSON.stringify(body).slice(0, 500)}`)
    Object.assign(this, { status, body })
  }
}

/** An admin API client for one server (`base`), with a bearer token once logged in. */
export function adminClient(base, token) {
  const request = async (method, path, body, { timeoutMs = REQUEST_TIMEOUT_MS } = {}) => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: {
        "content-type": "application/json",
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    })
    const text = await response.text()
    let data
    try {
      data = text ? JSON.parse(text) : {}
    } catch {
      data = { text }
    }
    if (!response.ok) throw new HttpError(method, path, response.status, data)
    return { status: response.status, data }
  }
  return {
    base,
    get: (path, options) => request("GET", path, undefined, options),
    post: (path, body = {}, options) => request("POST", path, body, options),
  }
}

/** Logs in with email and password; returns a client that sends the session's bearer token. */
export async function loginAdmin(base, { email, password }) {
  const { data } = await adminClient(base).post("/auth/user/emailpass", { email, password })
  return adminClient(base, data.token)
}

const TIMEZONE_OFFSET = "+08:00"

/** The local date (Asia/Shanghai, UTC+8 all year) `days` from today. */
export function shanghaiDate(days) {
  const now = new Date(Date.now() + 8 * 3600 * 1000 + days * 86400 * 1000)
  return now.toISOString().slice(0, 10)
}

/** An instant at a Shanghai wall time, with its zone, as the API takes it. */
export const shanghaiInstant = (date, time) => `${date}T${time}:00${TIMEZONE_OFFSET}`

const everyDay = [1, 2, 3, 4, 5, 6, 7]

/** Branch, nail station, manicure, one staff member, and the commission rules. */
export async function createSalon(admin) {
  const suffix = Math.random().toString(36).slice(2, 7)
  const { data: branchData } = await admin.post("/admin/branches", {
    name: "Fault test branch",
    code: `FT-${suffix}`,
    timezone: "Asia/Shanghai",
    opening_hours: everyDay.map((weekday) => ({ weekday, opens_at: "08:00", closes_at: "22:00" })),
  })
  const branch = branchData.branch
  await admin.post("/admin/rooms", {
    branch_id: branch.id,
    name: "Nail station 1",
    room_type: "nail_station",
  })
  const { data: serviceData } = await admin.post("/admin/salon-services", {
    name: "Gel manicure",
    category: "nails",
    duration_minutes: 45,
    buffer_after_minutes: 0,
    room_type: "nail_station",
    prices: [{ currency_code: "cny", amount: 188 }],
  })
  const service = serviceData.salon_service
  const { data: staffData } = await admin.post("/admin/staff-members", {
    name: "Fault Test Stylist",
    level: "senior",
    branch_ids: [branch.id],
    salon_service_ids: [service.id],
  })
  const staff = staffData.staff_member
  await admin.post(`/admin/staff-members/${staff.id}/schedule`, {
    branch_id: branch.id,
    shifts: everyDay.map((weekday) => ({ weekday, starts_at: "08:00", ends_at: "22:00" })),
  })
  await admin.post("/admin/commission-rules", {
    name: "Top-ups 3%",
    kind: "top_up_sold",
    rate: 3,
  })
  await admin.post("/admin/commission-rules", {
    name: "Services 10%",
    kind: "service_performed",
    rate: 10,
  })
  return { branch, service, staff }
}

/** A customer created at the front desk (with an email, so a survey can be sent). */
export async function createCustomer(admin, label) {
  const unique = `${Date.now()}-${Math.random().toString(36).slice(2, 6)}`
  const { data } = await admin.post("/admin/customers", {
    email: `${label}-${unique}@fault-test.invalid`,
    first_name: label,
    last_name: "Fault",
  })
  return data.customer
}

/** Books a manicure at `date` `time` and checks the customer in (ready to complete). */
export async function bookAndCheckIn(admin, salon, customerId, date, time) {
  const { data } = await admin.post("/admin/appointments", {
    customer_id: customerId,
    branch_id: salon.branch.id,
    starts_at: shanghaiInstant(date, time),
    items: [{ salon_service_id: salon.service.id, staff_member_id: salon.staff.id }],
  })
  const id = data.appointment.id
  await admin.post(`/admin/appointments/${id}/check-in`, {})
  return id
}

/** Runs `task(item, index)` over `items` with at most `limit` at a time; never rejects. */
export async function pool(items, limit, task) {
  const results = new Array(items.length)
  let next = 0
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const index = next++
      try {
        results[index] = { ok: true, value: await task(items[index], index) }
      } catch (error) {
        results[index] = { ok: false, error }
      }
    }
  })
  await Promise.all(lanes)
  return results
}
