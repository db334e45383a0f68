import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { invalidate, type MutationOptions, type QueryOptions } from "../../lib/hook-options"
import { queryKeysFactory } from "../../lib/query-key-factory"
import { sdk } from "../../lib/sdk"
import type {
  DeadLetterListParams,
  DeadLetterListResponse,
  DeadLetterResponse,
  ScheduledJobsResponse,
} from "../../../types/operations/http"
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
  useQuery({
    queryKey: deadLetterQueryKeys.list(query),
    queryFn: () =>
      sdk.client.fetch<DeadLetterListResponse>("/admin/salon-operations/dead-letters", {
        query,
      }),
    ...options,
  })

export const useScheduledJobs = (options?: QueryOptions<ScheduledJobsResponse>) =>
  useQuery({
    queryKey: scheduledJobQueryKeys.lists(),
    queryFn: () =>
      sdk.client.fetch<ScheduledJobsResponse>("/admin/salon-operations/scheduled-jobs"),
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
