/** Value lists of the operations module's enums, shared by models, validators and the admin. */

/**
 * The module's key (exported as `OPERATIONS_MODULE` by the module). Code the module's loaders
 * import (subscriber and job wrappers) reads it from here, so importing it closes no cycle.
 */
export const OPERATIONS_MODULE_KEY = "salon_operations"

/**
 * - `pending_retry`: waits for `next_attempt_at`, then the retry job runs it again;
 * - `retrying`: claimed by a worker, running now;
 * - `dead`: every automatic attempt failed; only an admin's replay runs it again;
 * - `resolved`: a later attempt succeeded.
 */
export const DEAD_LETTER_STATUSES = ["pending_retry", "retrying", "dead", "resolved"] as const

/** Statuses an admin can replay from. */
export const REPLAYABLE_DEAD_LETTER_STATUSES = ["pending_retry", "dead"] as const

/** `resolved_by` of a dead letter the retry job resolved on its own schedule. */
export const RESOLVED_BY_RETRY = "retry"
