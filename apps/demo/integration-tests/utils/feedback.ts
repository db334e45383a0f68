import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import type { AxiosInstance } from "axios"
import { at, createSalon, nextWeekday } from "./booking"

type Headers = { headers: Record<string, string> }

/** The taxonomy headquarters maintains (a subset, with the severities the demo uses). */
export const CATEGORY_SPECS = [
  { code: "service_attitude", name: "Service attitude", default_severity: "medium" },
  { code: "technique_result", name: "Technique or result", default_severity: "medium" },
  { code: "hygiene", name: "Hygiene", default_severity: "high" },
  { code: "price_billing", name: "Price or billing", default_severity: "medium" },
] as const

export type Categories = Record<(typeof CATEGORY_SPECS)[number]["code"], { id: string }>

export async function createCategories(api: AxiosInstance, admin: Headers): Promise<Categories> {
  const categories = {} as Categories
  for (const [rank, spec] of CATEGORY_SPECS.entries()) {
    const { data } = await api.post("/admin/complaint-categories", { ...spec, rank }, admin)
    categories[spec.code] = data.complaint_category
  }
  return categories
}

/** A salon (from the booking utils) whose branch is managed by the given admin user. */
export async function createManagedSalon(api: AxiosInstance, admin: Headers, managerId: string) {
  const salon = await createSalon(api, admin)
  await api.post(`/admin/branches/${salon.branch.id}`, { manager_user_id: managerId }, admin)
  return salon
}

/** Logs a complaint at the front desk. */
export async function fileComplaint(
  api: AxiosInstance,
  admin: Headers,
  body: Record<string, unknown>
) {
  const { data } = await api.post(
    "/admin/complaints",
    { description: "The towels in the facial room were not fresh.", ...body },
    admin
  )
  return data.complaint as Record<string, any>
}

/**
 * Books an appointment for a customer a few days ahead (one service with the given staff
 * member), checks it in and completes it: `appointment.completed` follows.
 */
export async function completedAppointment(
  api: AxiosInstance,
  admin: Headers,
  salon: Awaited<ReturnType<typeof createSalon>>,
  customerId: string,
  slot: { day?: string; time: string; staffMemberId?: string }
) {
  const day = slot.day ?? nextWeekday(3)
  const { data } = await api.post(
    "/admin/appointments",
    {
      customer_id: customerId,
      branch_id: salon.branch.id,
      starts_at: at(day, slot.time),
      items: [
        {
          salon_service_id: salon.manicure.id,
          staff_member_id: slot.staffMemberId ?? salon.anna.id,
        },
      ],
    },
    admin
  )
  const id = data.appointment.id as string
  await api.post(`/admin/appointments/${id}/check-in`, {}, admin)
  await api.post(`/admin/appointments/${id}/complete`, {}, admin)
  return data.appointment as { id: string; display_id: number }
}

/** Waits until `check` returns something truthy (subscribers run after the request returns). */
export async function eventually<T>(
  check: () => Promise<T>,
  timeoutMs = 10_000
): Promise<NonNullable<T>> {
  const started = Date.now()
  for (;;) {
    const value = await check()
    if (value) return value as NonNullable<T>
    if (Date.now() - started > timeoutMs) {
      throw new Error(`condition not met within ${timeoutMs} ms`)
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

/** Notifications the notification module recorded, filtered. */
export async function notifications(container: MedusaContainer, filters: Record<string, unknown>) {
  return await container.resolve(Modules.NOTIFICATION).listNotifications(filters)
}

/** A 1×1 PNG, base64. */
export const TINY_PNG =
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
