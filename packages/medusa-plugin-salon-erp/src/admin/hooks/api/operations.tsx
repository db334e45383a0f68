import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { invalidate, type MutationOptions, type QueryOptions } from "../../lib/hook-options"
import { queryKeysFactory } from "../../lib/query-key-factory"
import { sdk } from "../../lib/sdk"

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

/** A scheduled job's run history as `GET /admin/salon-operations/job-runs` answers it. */
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

export const deadLetterQueryKeys = queryKeysFactory<"salon_dead_letter", DeadLetterListParams>(
  "salon_dead_letter"
)
export const jobRunQueryKeys = queryKeysFactory("salon_job_run")

export const useDeadLetters = (
  query?: DeadLetterListParams,
  options?: QueryOptions<DeadLetterListResponse>
) =>
  useQuery({
    queryKey: deadLetterQueryKeys.list(query),
    queryFn: () =>
      sdk.client.fetch<DeadLetterListResponse>("/admin/salon-operations/dead-letters", {
        query,
      }),
    ...options,
  })

export const useJobRuns = (options?: QueryOptions<JobRunListResponse>) =>
  useQuery({
    queryKey: jobRunQueryKeys.lists(),
    queryFn: () => sdk.client.fetch<JobRunListResponse>("/admin/salon-operations/job-runs"),
    ...options,
  })

/** Makes a dead letter due now; the worker's retry job runs it within about 30 s. */
export const useReplayDeadLetter = (options?: MutationOptions<DeadLetterResponse, string>) => {
  const queryClient = useQueryClient()
  return useMutation({
    ...options,
    mutationFn: (id) =>
      sdk.client.fetch<DeadLetterResponse>(`/admin/salon-operations/dead-letters/${id}/replay`, {
        method: "POST",
        body: {},
      }),
    onSuccess: async (data, variables, context) => {
      await invalidate(queryClient, [deadLetterQueryKeys.all])
      await options?.onSuccess?.(data, variables, context)
    },
  })
}
