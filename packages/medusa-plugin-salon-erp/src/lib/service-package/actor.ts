import type { Author } from "../../modules/service-package/types"

/** Who acts: an admin user, the customer, or the system (subscribers, jobs). */
export type WorkflowActor = { actor_type: "user" | "customer" | "system"; actor_id?: string | null }

export const authorOf = (actor: WorkflowActor): Author => ({
  author_type: actor.actor_type,
  author_id: actor.actor_id ?? null,
})
