import type { ComplaintSeverity, FeedbackOptions } from "./options"

const HOUR_MS = 3_600_000

export type SlaDeadlines = {
  first_response_warn_at: Date
  first_response_due_at: Date
  resolution_warn_at: Date
  resolution_due_at: Date
}

/** The instant a share (`ratio`) of the window from `start` to `due` has passed. */
export function warningPoint(start: Date, due: Date, ratio: number): Date {
  return new Date(start.getTime() + Math.round((due.getTime() - start.getTime()) * ratio))
}

/** First-response and resolution deadlines (and warning points) of a complaint filed at `start`. */
export function slaDeadlines(
  severity: ComplaintSeverity,
  start: Date,
  options: Pick<FeedbackOptions, "sla" | "sla_warning_ratio">
): SlaDeadlines {
  const window = options.sla[severity]
  const firstDue = new Date(start.getTime() + window.first_response_hours * HOUR_MS)
  const resolutionDue = new Date(start.getTime() + window.resolution_hours * HOUR_MS)
  return {
    first_response_warn_at: warningPoint(start, firstDue, options.sla_warning_ratio),
    first_response_due_at: firstDue,
    resolution_warn_at: warningPoint(start, resolutionDue, options.sla_warning_ratio),
    resolution_due_at: resolutionDue,
  }
}

/** A new resolution deadline for a complaint reopened at `start`. */
export function resolutionDeadline(
  severity: ComplaintSeverity,
  start: Date,
  options: Pick<FeedbackOptions, "sla" | "sla_warning_ratio">
): Pick<SlaDeadlines, "resolution_warn_at" | "resolution_due_at"> {
  const { resolution_warn_at, resolution_due_at } = slaDeadlines(severity, start, options)
  return { resolution_warn_at, resolution_due_at }
}

/** Whole minutes between two instants. */
export function minutesBetween(from: Date | string, to: Date | string): number {
  return Math.max(0, Math.round((new Date(to).getTime() - new Date(from).getTime()) / 60_000))
}
