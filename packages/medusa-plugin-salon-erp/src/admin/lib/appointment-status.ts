import type { AppointmentSource, AppointmentStatus } from "../../types/booking/http"

type TagColor = "blue" | "green" | "purple" | "orange" | "grey" | "red"

export const STATUS_META: Record<AppointmentStatus, { label: string; color: TagColor }> = {
  booked: { label: "Booked", color: "blue" },
  confirmed: { label: "Confirmed", color: "green" },
  checked_in: { label: "Checked in", color: "purple" },
  in_service: { label: "In service", color: "orange" },
  completed: { label: "Completed", color: "grey" },
  canceled: { label: "Canceled", color: "red" },
  no_show: { label: "No-show", color: "red" },
}

/** Statuses that still hold the staff member and room. */
export const ACTIVE_STATUSES: AppointmentStatus[] = [
  "booked",
  "confirmed",
  "checked_in",
  "in_service",
]

export const SOURCE_LABELS: Record<AppointmentSource, string> = {
  front_desk: "Front desk",
  phone: "Phone",
  walk_in: "Walk-in",
  online: "Online",
}

export type StatusAction = "confirm" | "check-in" | "start" | "complete" | "no-show"

export const STATUS_ACTIONS: {
  action: StatusAction
  label: string
  /** Past tense for the success message. */
  done: string
  from: AppointmentStatus[]
}[] = [
  { action: "confirm", label: "Confirm", done: "confirmed", from: ["booked"] },
  { action: "check-in", label: "Check in", done: "checked in", from: ["booked", "confirmed"] },
  { action: "start", label: "Start", done: "started", from: ["checked_in"] },
  { action: "complete", label: "Complete", done: "completed", from: ["checked_in", "in_service"] },
  {
    action: "no-show",
    label: "No-show",
    done: "marked as a no-show",
    from: ["booked", "confirmed"],
  },
]

/** Booked or confirmed appointments can still be moved or canceled (docs/booking.md). */
export const canChangeBooking = (status: AppointmentStatus) =>
  status === "booked" || status === "confirmed"

/** Tailwind classes for a calendar block, by status (Medusa UI tag tokens). */
export const STATUS_BLOCK_CLASSES: Record<TagColor, string> = {
  blue: "bg-ui-tag-blue-bg border-ui-tag-blue-border text-ui-tag-blue-text",
  green: "bg-ui-tag-green-bg border-ui-tag-green-border text-ui-tag-green-text",
  purple: "bg-ui-tag-purple-bg border-ui-tag-purple-border text-ui-tag-purple-text",
  orange: "bg-ui-tag-orange-bg border-ui-tag-orange-border text-ui-tag-orange-text",
  grey: "bg-ui-tag-neutral-bg border-ui-tag-neutral-border text-ui-tag-neutral-text",
  red: "bg-ui-tag-red-bg border-ui-tag-red-border text-ui-tag-red-text",
}

export const customerName = (
  customer:
    | { first_name?: string | null; last_name?: string | null; email?: string | null }
    | null
    | undefined
) => {
  const name = [customer?.first_name, customer?.last_name].filter(Boolean).join(" ")
  return name || customer?.email || "Unknown customer"
}
