/** Request and response shapes of the operations admin API (health, outboxes, dead letters, scheduled jobs; docs/operations.md). */

export type DeadLetterStatus = "pending_retry" | "retrying" | "dead" | "resolved"

/** A dead letter as `GET /admin/salon-operations/dead-letters` answers it. */
export type DeadLetter = {
  id: string
  subscriber_id: string
  event_name: string
  event_data: unknown
  event_metadata: Record<string, unknown> | null
  error: string
  attempts: number
  status: DeadLetterStatus
  next_attempt_at: string | null
  last_failed_at: string
  replay_requested_by: string | null
  replay_requested_at: string | null
  resolved_at: string | null
  resolved_by: string | null
  created_at: string
}

export type DeadLetterListParams = { status?: DeadLetterStatus; limit?: number; offset?: number }

export type DeadLetterListResponse = {
  dead_letters: DeadLetter[]
  count: number
  offset: number
  limit: number
}

export type DeadLetterResponse = { dead_letter: DeadLetter }

/** A plugin job as `GET /admin/salon-operations/scheduled-jobs` answers it. */
export type ScheduledJob = {
  name: string
  schedule: string | { interval: number }
  /** Null when the workflow engine's Redis could not be read. */
  registered: boolean | null
  next_run_at: string | null
  last_run_at: string | null
  last_succeeded_at: string | null
  last_failed_at: string | null
  last_error: string | null
  runs: number
  failures: number
}

export type ScheduledJobsResponse = {
  engine: "redis" | "in-memory"
  registration_error: string | null
  scheduled_jobs: ScheduledJob[]
}

/** A scheduled job's counters, as `GET /admin/salon-operations/job-runs` answers them. */
export type JobRun = {
  id: string
  job_name: string
  last_started_at: string | null
  last_finished_at: string | null
  last_succeeded_at: string | null
  last_failed_at: string | null
  last_error: string | null
  runs: number
  failures: number
}

export type JobRunListResponse = { job_runs: JobRun[] }
