import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/** What the API shows of a dead letter: the event, the handler and its attempts. */
export const DEAD_LETTER_FIELDS = [
  "id",
  "subscriber_id",
  "event_name",
  "event_data",
  "event_metadata",
  "error",
  "attempts",
  "status",
  "next_attempt_at",
  "last_failed_at",
  "replay_requested_by",
  "replay_requested_at",
  "resolved_at",
  "resolved_by",
  "created_at",
  "updated_at",
]

/** The dead letter, or 404. */
export async function refetchDeadLetter(scope: MedusaContainer, id: string) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [found],
  } = await query.graph({
    entity: "salon_dead_letter",
    fields: DEAD_LETTER_FIELDS,
    filters: { id },
  })
  if (!found) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Dead letter with id: ${id} was not found`)
  }
  return found
}
