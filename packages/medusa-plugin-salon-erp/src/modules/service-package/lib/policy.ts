import type { ServicePackageOptions } from "./options"

/** Why an appointment with reserved sessions will not take place. */
export type MissedVisitReason = "canceled" | "late_cancellation" | "no_show"

/**
 * What happens to a session reserved for an appointment that will not take place: canceled in
 * time, it goes back to the package; canceled late or missed, the chain's policy decides.
 */
export function reservationOutcome(
  reason: MissedVisitReason,
  options: Pick<ServicePackageOptions, "late_cancel_policy" | "no_show_policy">
): "return" | "forfeit" {
  if (reason === "no_show") return options.no_show_policy
  if (reason === "late_cancellation") return options.late_cancel_policy
  return "return"
}
