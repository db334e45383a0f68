import type { MutationOptions, QueryOptions } from "../../lib/hook-options"
import { queryKeysFactory } from "../../lib/query-key-factory"
import type {
  DeadLetterListParams,
  DeadLetterListResponse,
  DeadLetterResponse,
  ScheduledJobsResponse,
} from "../../../types/operations/http"
import { postJson, useAdminQuery, useInvalidatingMutation } from "./factories"
export type {
  DeadLetterStatus,
  DeadLetter,
  DeadLetterListParams,
  DeadLetterListResponse,
  DeadLetterResponse,
  ScheduledJob,
  ScheduledJobsResponse,
} from "../../../types/operations/http"

export const deadLetterQueryKeys = queryKeysFactory<"salon_dead_letter", DeadLetterListParams>(
  "salon_dead_letter"
)
export const scheduledJobQueryKeys = queryKeysFactory("salon_scheduled_job")

export const useDeadLetters = (
  query?: DeadLetterListParams,
  options?: QueryOptions<DeadLetterListResponse>
) =>
  useAdminQuery(
    deadLetterQueryKeys.list(query),
    "/admin/salon-operations/dead-letters",
    query,
    options
  )

export const useScheduledJobs = (options?: QueryOptions<ScheduledJobsResponse>) =>
  useAdminQuery(
    scheduledJobQueryKeys.lists(),
    "/admin/salon-operations/scheduled-jobs",
    undefined,
    options
  )

/** Makes a dead letter due now; the worker's retry job runs it within about 30 s. */
export const useReplayDeadLetter = (options?: MutationOptions<DeadLetterResponse, string>) =>
  useInvalidatingMutation(
    {
      mutationFn: (id) =>
        postJson<DeadLetterResponse>(`/admin/salon-operations/dead-letters/${id}/replay`, {}),
      invalidates: [deadLetterQueryKeys.all],
    },
    options
  )
