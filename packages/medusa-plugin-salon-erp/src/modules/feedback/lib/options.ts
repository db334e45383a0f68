import { parseCapabilityOptions } from "../../../lib/plugin-options"
import { z } from "@medusajs/framework/zod"

export const COMPLAINT_SEVERITIES = ["low", "medium", "high", "critical"] as const
export type ComplaintSeverity = (typeof COMPLAINT_SEVERITIES)[number]

const SlaWindow = z
  .object({
    /** Hours from submission until a first reply visible to the customer is due. */
    first_response_hours: z.number().positive(),
    /** Hours from submission (or from reopening) until the complaint must be resolved. */
    resolution_hours: z.number().positive(),
  })
  .refine((window) => window.resolution_hours >= window.first_response_hours, {
    message: "resolution_hours must be at least first_response_hours",
  })

const DEFAULT_SLA: Record<
  ComplaintSeverity,
  { first_response_hours: number; resolution_hours: number }
> = {
  low: { first_response_hours: 48, resolution_hours: 168 },
  medium: { first_response_hours: 24, resolution_hours: 72 },
  high: { first_response_hours: 4, resolution_hours: 24 },
  critical: { first_response_hours: 1, resolution_hours: 8 },
}

/** Complaint and satisfaction rules headquarters sets for all branches (module options). */
export const FeedbackOptionsSchema = z
  .object({
    /** First-response and resolution deadlines per severity (wall-clock hours). */
    sla: z
      .object({
        low: SlaWindow.default(DEFAULT_SLA.low),
        medium: SlaWindow.default(DEFAULT_SLA.medium),
        high: SlaWindow.default(DEFAULT_SLA.high),
        critical: SlaWindow.default(DEFAULT_SLA.critical),
      })
      .default(DEFAULT_SLA),
    /** Share of a deadline's window after which the assignee is warned (0.75 = with a quarter left). */
    sla_warning_ratio: z.number().gt(0).lt(1).default(0.75),
    /** Admin users alerted when a branch has no manager (escalations, low-score alerts). */
    escalation_user_ids: z.array(z.string().min(1)).default([]),
    /** Resolved complaints the customer has not rated are closed after this many days (0: never). */
    auto_close_after_days: z.number().int().min(0).max(365).default(7),
    /** Send a satisfaction survey when an appointment is completed. */
    survey_enabled: z.boolean().default(true),
    /** Days a customer has to answer a survey. */
    survey_response_days: z.number().int().min(1).max(365).default(14),
    /** A response counts as low when the average of its four ratings is below this. */
    low_score_threshold: z.number().gt(1).lte(5).default(3),
    /** Alert after this many low responses in a row from one customer. */
    low_score_streak: z.number().int().min(1).max(20).default(2),
    /** NPS answers at or below this are detractors (alerted at once). */
    nps_detractor_max: z.number().int().min(0).max(9).default(6),
    /** NPS answers at or above this are promoters. */
    nps_promoter_min: z.number().int().min(1).max(10).default(9),
    /** A follow-up visit created by an alert is due this many hours later. */
    follow_up_due_hours: z
      .number()
      .positive()
      .max(24 * 30)
      .default(48),
    /** Largest attachment accepted, in megabytes. */
    max_attachment_mb: z.number().positive().max(50).default(5),
    /** Most attachments one complaint may have. */
    max_attachments_per_complaint: z.number().int().min(0).max(50).default(10),
  })
  // Medusa adds its own keys (e.g. database) to every module's options.
  .passthrough()
  .refine((options) => options.nps_promoter_min > options.nps_detractor_max, {
    message: "nps_promoter_min must be above nps_detractor_max",
    path: ["nps_promoter_min"],
  })

export type FeedbackOptions = z.infer<typeof FeedbackOptionsSchema>

/** The module options merged with defaults; throws a clear error when one is wrong. */
export function parseFeedbackOptions(options: unknown): FeedbackOptions {
  return parseCapabilityOptions(options, "feedback", FeedbackOptionsSchema)
}
