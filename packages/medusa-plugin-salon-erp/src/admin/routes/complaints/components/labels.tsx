import { Badge, StatusBadge, toast } from "@medusajs/ui"
import { errorMessage } from "../../../lib/errors"
import type {
  ComplaintChannel,
  ComplaintSeverity,
  ComplaintStatus,
  SlaState,
} from "../../../hooks/api/feedback"

type Color = "green" | "red" | "blue" | "orange" | "grey" | "purple"

export const STATUS_LABELS: Record<ComplaintStatus, string> = {
  open: "Open",
  assigned: "Assigned",
  in_progress: "In progress",
  resolved: "Resolved",
  closed: "Closed",
  reopened: "Reopened",
}
const STATUS_COLORS: Record<ComplaintStatus, Color> = {
  open: "orange",
  assigned: "blue",
  in_progress: "purple",
  resolved: "green",
  closed: "grey",
  reopened: "red",
}

export const SEVERITY_LABELS: Record<ComplaintSeverity, string> = {
  low: "Low",
  medium: "Medium",
  high: "High",
  critical: "Critical",
}
const SEVERITY_COLORS: Record<ComplaintSeverity, Color> = {
  low: "grey",
  medium: "blue",
  high: "orange",
  critical: "red",
}

export const SLA_LABELS: Record<SlaState, string> = {
  on_track: "On track",
  at_risk: "At risk",
  breached: "Breached",
  met: "Met",
}
const SLA_COLORS: Record<SlaState, Color> = {
  on_track: "blue",
  at_risk: "orange",
  breached: "red",
  met: "green",
}

export const CHANNEL_LABELS: Record<ComplaintChannel, string> = {
  online: "Online",
  front_desk: "Front desk",
  phone: "Phone",
  social: "Social media",
}

export const ComplaintStatusBadge = ({ status }: { status: ComplaintStatus }) => (
  <StatusBadge color={STATUS_COLORS[status]}>{STATUS_LABELS[status]}</StatusBadge>
)

export const SeverityBadge = ({ severity }: { severity: ComplaintSeverity }) => (
  <Badge size="2xsmall" color={SEVERITY_COLORS[severity]}>
    {SEVERITY_LABELS[severity]}
  </Badge>
)

export const SlaBadge = ({ state }: { state: SlaState }) => (
  <Badge size="2xsmall" color={SLA_COLORS[state]}>
    SLA {SLA_LABELS[state].toLowerCase()}
  </Badge>
)

/** "2026-11-23 14:05" in a time zone (the branch's). */
export function formatDateTime(value: string | null | undefined, timeZone = "Asia/Shanghai") {
  if (!value) return "—"
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).formatToParts(new Date(value))
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? ""
  return `${part("year")}-${part("month")}-${part("day")} ${part("hour")}:${part("minute")}`
}

/** "3 h 20 min" / "2 d 4 h". */
export function formatMinutes(minutes: number | null | undefined) {
  if (minutes === null || minutes === undefined) return "—"
  const m = Math.round(minutes)
  if (m < 60) return `${m} min`
  if (m < 24 * 60) return `${Math.floor(m / 60)} h${m % 60 ? ` ${m % 60} min` : ""}`
  const days = Math.floor(m / (24 * 60))
  const hours = Math.floor((m % (24 * 60)) / 60)
  return `${days} d${hours ? ` ${hours} h` : ""}`
}

/** "in 3 h" / "overdue by 5 min" for a deadline. */
export function dueIn(value: string | null | undefined) {
  if (!value) return "—"
  const minutes = Math.round((new Date(value).getTime() - Date.now()) / 60_000)
  return minutes >= 0
    ? `in ${formatMinutes(minutes)}`
    : `overdue by ${formatMinutes(Math.abs(minutes))}`
}

/** "in 3 h" / "5 min ago". */
export function relative(value: string | null | undefined) {
  if (!value) return "—"
  const minutes = Math.round((new Date(value).getTime() - Date.now()) / 60_000)
  const text = formatMinutes(Math.abs(minutes))
  return minutes >= 0 ? `in ${text}` : `${text} ago`
}

export const personName = (
  person?: { first_name?: string | null; last_name?: string | null; email?: string } | null
) =>
  person
    ? [person.first_name, person.last_name].filter(Boolean).join(" ") || person.email || "—"
    : "—"

/**
 * Runs one change of a complaint screen and toasts `done` or the API's message; true when it
 * went through (the caller may then close its drawer or clear its form).
 */
export const runChange = async (request: () => Promise<unknown>, done: string) => {
  try {
    await request()
    toast.success(done)
    return true
  } catch (problem) {
    toast.error(errorMessage(problem))
    return false
  }
}
