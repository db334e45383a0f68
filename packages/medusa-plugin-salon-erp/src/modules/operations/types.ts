import type { DEAD_LETTER_STATUSES } from "./lib/constants"

export type DeadLetterStatus = (typeof DEAD_LETTER_STATUSES)[number]

/** A dead letter as stored. */
export type DeadLetterRow = {
  id: string
  subscriber_id: string
  event_name: string
  event_data: unknown
  event_metadata: Record<string, unknown> | null
  error: string
  attempts: number
  status: DeadLetterStatus
  next_attempt_at: Date | null
  last_failed_at: Date
  replay_requested_by: string | null
  replay_requested_at: Date | null
  resolved_at: Date | null
  resolved_by: string | null
  created_at: Date
  updated_at: Date
}

/** An event whose handler failed every in-process try. */
export type RecordDeadLetterInput = {
  subscriber_id: string
  event_name: string
  event_data: unknown
  event_metadata?: Record<string, unknown> | null
  error: string
  failed_at?: Date
}

/** A job's run history as stored. */
export type JobRunRow = {
  id: string
  job_name: string
  last_started_at: Date | null
  last_finished_at: Date | null
  last_succeeded_at: Date | null
  last_failed_at: Date | null
  last_error: string | null
  runs: number
  failures: number
  created_at: Date
  updated_at: Date
}

/** One finished run of a scheduled job. */
export type RecordJobRunInput = {
  job_name: string
  started_at: Date
  finished_at: Date
  ok: boolean
  error?: string | null
}
