import type { AxiosInstance } from "axios"
import {
  addDays,
  fromLocal,
  isoWeekday,
  toLocal,
} from "medusa-plugin-salon-erp/src/modules/booking/lib/time"

export const TZ = "Asia/Shanghai"
type Headers = { headers: Record<string, string> }

/** A local date `days` ahead of today in Shanghai. */
export function dayAhead(days: number): string {
  return addDays(toLocal(Date.now(), TZ).date, days)
}

/** The next local date, at least `minDays` ahead, that falls on `weekday` (1 = Monday). */
export function nextWeekday(weekday: number, minDays = 3): string {
  let date = dayAhead(minDays)
  while (isoWeekday(date) !== weekday) date = addDays(date, 1)
  return date
}

/** ISO instant of a Shanghai wall time, e.g. at("2026-11-23", "10:00"). */
export function at(date: string, time: string): string {
  const [h, m] = time.split(":").map(Number)
  return new Date(fromLocal(date, h * 60 + m, TZ)).toISOString()
}

export const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7]

/** Branch open 09:00–21:00 every day, with one facial room and one nail station. */
export async function createBranch(
  api: AxiosInstance,
  admin: Headers,
  overrides: Record<string, unknown> = {}
) {
  const { data } = await api.post(
    "/admin/branches",
    {
      name: "Jing'an",
      code: `JA-${Math.random().toString(36).slice(2, 7)}`,
      timezone: TZ,
      opening_hours: EVERY_DAY.map((weekday) => ({
        weekday,
        opens_at: "09:00",
        closes_at: "21:00",
      })),
      ...overrides,
    },
    admin
  )
  return data.branch as { id: string; name: string }
}

export async function createRoom(
  api: AxiosInstance,
  admin: Headers,
  branchId: string,
  name: string,
  room_type: string
) {
  const { data } = await api.post("/admin/rooms", { branch_id: branchId, name, room_type }, admin)
  return data.room as { id: string; name: string }
}

export async function createService(
  api: AxiosInstance,
  admin: Headers,
  overrides: Record<string, unknown> = {}
) {
  const { data } = await api.post(
    "/admin/salon-services",
    {
      name: "Hydrating facial",
      category: "facial",
      duration_minutes: 60,
      buffer_after_minutes: 0,
      room_type: "facial_room",
      prices: [{ currency_code: "cny", amount: 398 }],
      ...overrides,
    },
    admin
  )
  return data.salon_service as { id: string; name: string; variant_id: string }
}

/** Staff member at the branch, qualified for the services, working 10:00–19:00 every day. */
export async function createStaff(
  api: AxiosInstance,
  admin: Headers,
  branchId: string,
  serviceIds: string[],
  name: string,
  hours: { starts_at: string; ends_at: string } = { starts_at: "10:00", ends_at: "19:00" }
) {
  const { data } = await api.post(
    "/admin/staff-members",
    { name, level: "senior", branch_ids: [branchId], salon_service_ids: serviceIds },
    admin
  )
  await api.post(
    `/admin/staff-members/${data.staff_member.id}/schedule`,
    { branch_id: branchId, shifts: EVERY_DAY.map((weekday) => ({ weekday, ...hours })) },
    admin
  )
  return data.staff_member as { id: string; name: string }
}

/** A customer record created by staff (front desk). */
export async function createCustomer(api: AxiosInstance, admin: Headers, first_name = "Mei") {
  const { data } = await api.post(
    "/admin/customers",
    {
      email: `${first_name.toLowerCase()}-${Date.now()}-${Math.random().toString(36).slice(2, 6)}@salon.test`,
      first_name,
      last_name: "Chen",
    },
    admin
  )
  return data.customer as { id: string; email: string }
}

/** Branch + facial room + nail station + facial and manicure services + two staff. */
export async function createSalon(api: AxiosInstance, admin: Headers) {
  const branch = await createBranch(api, admin)
  const facialRoom = await createRoom(api, admin, branch.id, "Facial room 1", "facial_room")
  const nailStation = await createRoom(api, admin, branch.id, "Nail station 1", "nail_station")
  const facial = await createService(api, admin)
  const manicure = await createService(api, admin, {
    name: "Gel manicure",
    category: "nails",
    duration_minutes: 45,
    room_type: "nail_station",
    prices: [{ currency_code: "cny", amount: 188 }],
  })
  const anna = await createStaff(api, admin, branch.id, [facial.id, manicure.id], "Anna Li")
  const bella = await createStaff(api, admin, branch.id, [facial.id, manicure.id], "Bella Wu")
  return { branch, facialRoom, nailStation, facial, manicure, anna, bella }
}

/** Error response of a failed axios call (fails the test if the call succeeded). */
export async function failure(promise: Promise<unknown>) {
  try {
    await promise
  } catch (error) {
    const response = (
      error as { response?: { status: number; data: { message: string; type: string } } }
    ).response
    if (!response) throw error
    return response
  }
  throw new Error("expected the request to fail")
}
