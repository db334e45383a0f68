import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import { refetchEntity } from "@medusajs/framework/http"
import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"

type Dated = { created_at: string | Date }

/** Timeline entries in the order they happened, attachments and remedies oldest first. */
export function orderComplaint<T extends Record<string, unknown>>(complaint: T): T {
  const byTime = (a: Dated, b: Dated) =>
    new Date(a.created_at).getTime() - new Date(b.created_at).getTime()
  if (Array.isArray(complaint.events)) {
    ;(complaint.events as { sequence: number }[]).sort(
      (a, b) => Number(a.sequence) - Number(b.sequence)
    )
  }
  if (Array.isArray(complaint.attachments)) (complaint.attachments as Dated[]).sort(byTime)
  if (Array.isArray(complaint.remedies)) (complaint.remedies as Dated[]).sort(byTime)
  return complaint
}

/** The complaint with the client's fields; 404 when missing. */
export async function refetchComplaint(id: string, scope: MedusaContainer, fields: string[]) {
  const complaint = await refetchEntity({ entity: "complaint", idOrFilter: id, scope, fields })
  if (!complaint) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Complaint with id: ${id} was not found`)
  }
  return orderComplaint(complaint)
}

const startOf = (value: string) => new Date(value)

/** Filters for the complaints board from validated query parameters. */
export function complaintFilters(params: Record<string, unknown>) {
  const { q, created_from, created_to, assignee_user_id, ...rest } = params as Record<
    string,
    string | string[] | undefined
  >
  const filters: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(rest)) {
    if (value !== undefined) filters[key] = value
  }
  if (assignee_user_id === "unassigned") filters.assignee_user_id = null
  else if (assignee_user_id) filters.assignee_user_id = assignee_user_id
  if (created_from || created_to) {
    filters.created_at = {
      ...(created_from ? { $gte: startOf(created_from as string) } : {}),
      ...(created_to ? { $lt: startOf(created_to as string) } : {}),
    }
  }
  if (typeof q === "string" && q) {
    const number = /^#?(\d{1,9})$/.exec(q)
    filters.$or = number
      ? [{ display_id: Number(number[1]) }]
      : [{ subject: { $ilike: `%${q}%` } }, { description: { $ilike: `%${q}%` } }]
  }
  return filters
}

export const staffActor = (req: AuthenticatedMedusaRequest) => ({
  actor_type: "user" as const,
  actor_id: req.auth_context.actor_id,
})
