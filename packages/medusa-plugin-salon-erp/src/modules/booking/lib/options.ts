import { parseCapabilityOptions } from "../../../lib/plugin-options"
import { z } from "@medusajs/framework/zod"

/** Booking rules a chain sets once for all branches (module options in medusa-config.ts). */
export const BookingOptionsSchema = z
  .object({
    /** Grid of bookable start times, aligned to local midnight. */
    slot_interval_minutes: z.number().int().min(5).max(120).default(15),
    /** Online bookings must start at least this long from now. */
    min_notice_minutes: z.number().int().min(0).default(120),
    /** Online bookings may start at most this many days ahead. */
    booking_horizon_days: z.number().int().min(1).max(365).default(60),
    /** Customers cannot cancel or reschedule online later than this before the start. */
    customer_cancellation_cutoff_hours: z.number().min(0).default(12),
    /** Reminders go out this long before the start. */
    reminder_lead_hours: z.number().min(1).max(168).default(24),
    /** How long a hold keeps a slot. */
    hold_minutes: z.number().int().min(1).max(120).default(10),
    /** Longest date range one availability search may cover. */
    max_search_days: z.number().int().min(1).max(92).default(31),
    /** Front-desk bookings may start this long in the past (a walk-in who just sat down). */
    staff_backdate_minutes: z.number().int().min(0).default(15),
  })
  // Medusa adds its own keys (e.g. database) to every module's options.
  .passthrough()

export type BookingOptions = z.infer<typeof BookingOptionsSchema>

export function parseBookingOptions(options: unknown): BookingOptions {
  return parseCapabilityOptions(options, "booking", BookingOptionsSchema)
}
