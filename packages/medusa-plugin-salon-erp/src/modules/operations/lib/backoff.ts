const MINUTE_MS = 60_000
const HOUR_MS = 60 * MINUTE_MS

/**
 * Waits before the next attempt of a failed event handler, by the number of attempts that have
 * failed so far: after the 1st failure 1 min, then 5 min, 30 min, 2 h and 12 h.
 */
export const DEAD_LETTER_BACKOFF_MS = [
  MINUTE_MS,
  5 * MINUTE_MS,
  30 * MINUTE_MS,
  2 * HOUR_MS,
  12 * HOUR_MS,
] as const

/** After this many failed attempts a dead letter is `dead` (no more automatic attempts). */
export const MAX_DEAD_LETTER_ATTEMPTS = DEAD_LETTER_BACKOFF_MS.length + 1

/**
 * How long a worker's claim on a dead letter lasts: if the worker dies mid-attempt the dead
 * letter becomes due again after this.
 */
export const RETRY_CLAIM_MS = 10 * MINUTE_MS

/**
 * When the next attempt is due after `failedAttempts` failures, or null when none is left
 * (the dead letter is dead).
 */
export function nextAttemptAt(failedAttempts: number, failedAt: Date): Date | null {
  if (failedAttempts < 1) {
    return failedAt
  }
  if (failedAttempts >= MAX_DEAD_LETTER_ATTEMPTS) {
    return null
  }
  return new Date(failedAt.getTime() + DEAD_LETTER_BACKOFF_MS[failedAttempts - 1])
}
