import type { AppointmentStatus } from "../types"

/** The statuses an appointment may move to, and from which. */
export const APPOINTMENT_TRANSITIONS: Record<
  Exclude<AppointmentStatus, "booked">,
  { from: AppointmentStatus[]; timestamp: string; done: string }
> = {
  confirmed: { from: ["booked"], timestamp: "confirmed_at", done: "confirmed" },
  checked_in: { from: ["booked", "confirmed"], timestamp: "checked_in_at", done: "checked in" },
  in_service: { from: ["checked_in"], timestamp: "started_at", done: "started" },
  completed: { from: ["checked_in", "in_service"], timestamp: "completed_at", done: "completed" },
  canceled: { from: ["booked", "confirmed"], timestamp: "canceled_at", done: "canceled" },
  no_show: { from: ["booked", "confirmed"], timestamp: "no_show_at", done: "marked as a no-show" },
}

/** Statuses in which an appointment still takes its staff and rooms and can be moved. */
export const UPCOMING_STATUSES: AppointmentStatus[] = ["booked", "confirmed"]
export const ACTIVE_STATUSES: AppointmentStatus[] = [
  "booked",
  "confirmed",
  "checked_in",
  "in_service",
]

/** The reason a transition is refused, or null when it is allowed. */
export function transitionError(
  appointment: { display_id?: number; id: string; status: AppointmentStatus },
  to: Exclude<AppointmentStatus, "booked">
): string | null {
  const rule = APPOINTMENT_TRANSITIONS[to]
  if (rule.from.includes(appointment.status)) {
    return null
  }
  const name = appointment.display_id
    ? `Appointment #${appointment.display_id}`
    : `Appointment ${appointment.id}`
  return `${name} is ${appointment.status.replace("_", " ")}; only an appointment that is ${rule.from
    .map((status) => status.replace("_", " "))
    .join(" or ")} can be ${rule.done}`
}
