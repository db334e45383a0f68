import { model } from "@medusajs/framework/utils"
import { DEAD_LETTER_STATUSES } from "../lib/constants"

/**
 * An event a salon subscriber failed to handle, kept with its payload so the retry job (or an
 * admin's replay) can run the handler again.
 */
export const SalonDeadLetter = model
  .define("salon_dead_letter", {
    id: model.id({ prefix: "sdl" }).primaryKey(),
    /** The subscriber's `config.context.subscriberId`. */
    subscriber_id: model.text(),
    event_name: model.text(),
    event_data: model.json(),
    event_metadata: model.json().nullable(),
    /** The last failure: message and the first stack frame. */
    error: model.text(),
    /** Failed attempts so far (the first delivery with its in-process tries counts as one). */
    attempts: model.number().default(1),
    status: model.enum([...DEAD_LETTER_STATUSES]).default("pending_retry"),
    /** When the retry job runs it next; null once dead or resolved. */
    next_attempt_at: model.dateTime().nullable(),
    last_failed_at: model.dateTime(),
    /** The admin user who asked for the pending replay (cleared when that attempt fails). */
    replay_requested_by: model.text().nullable(),
    replay_requested_at: model.dateTime().nullable(),
    resolved_at: model.dateTime().nullable(),
    /** The admin user whose replay succeeded, or "retry" for the automatic schedule. */
    resolved_by: model.text().nullable(),
  })
  .indexes([
    { on: ["status", "next_attempt_at"] },
    { on: ["subscriber_id"] },
    { on: ["last_failed_at"] },
  ])
