import type { ComplaintStatus } from "../types"
import { ACTIVE_COMPLAINT_STATUSES } from "./constants"

/** A status move a complaint can make, and the statuses it can make it from. */
export type ComplaintMove = "assign" | "start" | "resolve" | "close" | "reopen"

export const COMPLAINT_MOVES: Record<
  ComplaintMove,
  { from: readonly ComplaintStatus[]; to: ComplaintStatus | null; done: string; hint?: string }
> = {
  /** Assigning moves an open or reopened complaint to `assigned`; later it only changes hands. */
  assign: { from: ACTIVE_COMPLAINT_STATUSES, to: null, done: "assigned" },
  start: {
    from: ["assigned", "reopened"],
    to: "in_progress",
    done: "started",
    hint: "Assign it first.",
  },
  resolve: {
    from: ["assigned", "in_progress", "reopened"],
    to: "resolved",
    done: "resolved",
    hint: "Assign it first.",
  },
  close: { from: ["resolved"], to: "closed", done: "closed", hint: "Resolve it first." },
  reopen: { from: ["resolved", "closed"], to: "reopened", done: "reopened" },
}

/** The status a complaint ends in after a move (assigning keeps a started complaint started). */
export function statusAfter(move: ComplaintMove, current: ComplaintStatus): ComplaintStatus {
  if (move === "assign") {
    return current === "open" || current === "reopened" ? "assigned" : current
  }
  return COMPLAINT_MOVES[move].to!
}

const label = (status: string) => status.replace("_", " ")

/** Why a move is refused, or null when it is allowed. */
export function moveError(
  complaint: { id: string; display_id?: number | null; status: ComplaintStatus },
  move: ComplaintMove
): string | null {
  const rule = COMPLAINT_MOVES[move]
  if (rule.from.includes(complaint.status)) {
    return null
  }
  const name = complaint.display_id
    ? `Complaint #${complaint.display_id}`
    : `Complaint ${complaint.id}`
  const allowed = rule.from.map(label)
  const list =
    allowed.length > 1
      ? `${allowed.slice(0, -1).join(", ")} or ${allowed[allowed.length - 1]}`
      : allowed[0]
  const hint = rule.hint && complaint.status === "open" ? ` ${rule.hint}` : ""
  return `${name} is ${label(complaint.status)}; only a complaint that is ${list} can be ${rule.done}.${hint}`
}
