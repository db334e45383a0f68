import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { refetchEntity } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

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

/** Filters for a list of appointments from validated query parameters. */
export function appointmentFilters(params: Record<string, unknown>) {
  const { from, to, staff_member_id, status, ...rest } = params
  const filters: Record<string, unknown> = { ...rest }
  if (status) filters.status = status
  if (staff_member_id) filters.items = { staff_member_id }
  if (from || to) {
    filters.starts_at = {
      ...(from ? { $gte: new Date(from as string) } : {}),
      ...(to ? { $lt: new Date(to as string) } : {}),
    }
  }
  return filters
}

export const staffActor = (req: AuthenticatedMedusaRequest) => ({
  actor_type: "user" as const,
  actor_id: req.auth_context.actor_id,
})
