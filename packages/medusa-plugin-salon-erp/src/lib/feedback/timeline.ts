import type {
  ComplaintEventInput,
  ComplaintSnapshot,
  FeedbackActor,
} from "../../modules/feedback/types"

/** The customer-visible "status changed" entry of a move, when the status did change. */
export function statusChangeEntries(
  moved: { before: ComplaintSnapshot; after: ComplaintSnapshot },
  actor: FeedbackActor,
  body: string | null = null
): ComplaintEventInput[] {
  if (moved.before.status === moved.after.status) {
    return []
  }
  return [
    {
      complaint_id: moved.after.id,
      type: "status_changed",
      visibility: "customer",
      author_type: actor.actor_type,
      author_id: actor.actor_id ?? null,
      body,
      data: { from: moved.before.status, to: moved.after.status },
    },
  ]
}

/** An internal note entry, when there is a note. */
export function noteEntries(
  complaintId: string,
  actor: FeedbackActor,
  note: string | null | undefined
): ComplaintEventInput[] {
  if (!note?.trim()) {
    return []
  }
  return [
    {
      complaint_id: complaintId,
      type: "internal_note",
      visibility: "internal",
      author_type: actor.actor_type,
      author_id: actor.actor_id ?? null,
      body: note.trim(),
    },
  ]
}
