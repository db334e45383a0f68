import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { refetchEntity } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { addDays, fromLocal, isLocalDate } from "../../../modules/booking/lib/time"

/** The appointment with the client's fields; 404 when missing or (for customers) not theirs. */
export async function refetchAppointment(
  id: string,
  scope: MedusaContainer,
  fields: string[],
  customerId?: string
) {
  const appointment = await refetchEntity({
    entity: "appointment",
    idOrFilter: customerId ? { id, customer_id: customerId } : id,
    scope,
    fields,
  })
  if (!appointment) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Appointment with id: ${id} was not found`)
  }
  return appointment
}

/** The start of a local day at a zone, as an instant. */
const startOfDay = (date: string, timezone: string) => new Date(fromLocal(date, 0, timezone))

/**
 * Filters for a list of appointments from validated query parameters. `from` and `to` are
 * instants, or dates ("YYYY-MM-DD") read as local days at each appointment's branch: `from` a
 * date starts at that day's local midnight; `to` a date ends at the next day's local midnight (the
 * whole day included); `to` an instant is exclusive.
 */
export async function appointmentFilters(
  params: Record<string, unknown>,
  scope: MedusaContainer
): Promise<Record<string, unknown>> {
  const { from, to, staff_member_id, status, ...rest } = params as Record<string, unknown> & {
    from?: string
    to?: string
  }
  const filters: Record<string, unknown> = { ...rest }
  if (status) filters.status = status
  if (staff_member_id) filters.items = { staff_member_id }
  if (!from && !to) return filters

  const range = (timezone: string) => ({
    ...(from ? { $gte: isLocalDate(from) ? startOfDay(from, timezone) : new Date(from) } : {}),
    ...(to ? { $lt: isLocalDate(to) ? startOfDay(addDays(to, 1), timezone) : new Date(to) } : {}),
  })
  if (!(from && isLocalDate(from)) && !(to && isLocalDate(to))) {
    filters.starts_at = range("UTC")
    return filters
  }
  // Dates are local days: one range per time zone the branches are in.
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data: branches } = await query.graph({
    entity: "branch",
    fields: ["id", "timezone"],
    filters: rest.branch_id ? { id: rest.branch_id as string } : {},
    withDeleted: true,
  })
  const byZone = new Map<string, string[]>()
  for (const branch of branches as { id: string; timezone: string }[]) {
    byZone.set(branch.timezone, [...(byZone.get(branch.timezone) ?? []), branch.id])
  }
  if (byZone.size <= 1) {
    filters.starts_at = range([...byZone.keys()][0] ?? "UTC")
    return filters
  }
  filters.$or = [...byZone].map(([timezone, ids]) => ({
    branch_id: ids,
    starts_at: range(timezone),
  }))
  return filters
}

export const staffActor = (req: AuthenticatedMedusaRequest) => ({
  actor_type: "user" as const,
  actor_id: req.auth_context.actor_id,
})
