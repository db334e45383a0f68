import type { ComplaintSnapshot, FeedbackActor } from "../../../modules/feedback/types"
import type { ComplaintEventData } from "../events"

/** Builds the payload every complaint.* event carries from the complaint as it now is. */
export function complaintEventData(
  complaint: ComplaintSnapshot,
  actor: FeedbackActor,
  extra: Partial<ComplaintEventData> = {}
): ComplaintEventData {
  return {
    id: complaint.id,
    display_id: complaint.display_id,
    customer_id: complaint.customer_id,
    branch_id: complaint.branch_id,
    category_id: complaint.category_id,
    category_code: complaint.category_code,
    severity: complaint.severity,
    status: complaint.status,
    previous_status: null,
    assignee_user_id: complaint.assignee_user_id,
    staff_member_id: complaint.staff_member_id,
    appointment_id: complaint.appointment_id,
    order_id: complaint.order_id,
    reopen_count: complaint.reopen_count,
    actor_type: actor.actor_type,
    actor_id: actor.actor_id ?? null,
    ...extra,
  }
}
