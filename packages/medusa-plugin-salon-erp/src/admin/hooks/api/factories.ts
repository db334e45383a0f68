import {
  useMutation,
  useQuery,
  useQueryClient,
  type QueryClient,
  type QueryKey,
} from "@tanstack/react-query"
import { invalidate, type MutationOptions, type QueryOptions } from "../../lib/hook-options"
import { sdk } from "../../lib/sdk"

/** Query defaults a hook may set (the screen's own options still win). */
type QueryDefaults<T> = Omit<QueryOptions<T>, "enabled">

/** A GET of `path` (with `query` as the search params) cached under `queryKey`. */
export const useAdminQuery = <T>(
  queryKey: QueryKey,
  path: string,
  query?: object,
  options?: QueryOptions<T>,
  defaults?: QueryDefaults<T>
) =>
  useQuery({
    queryKey,
    queryFn: () => sdk.client.fetch<T>(path, query ? { query } : undefined),
    ...defaults,
    ...options,
  })

type RequestBody = NonNullable<Parameters<typeof sdk.client.fetch>[1]>["body"]

/** A JSON POST; with a key, it travels as the `Idempotency-Key` header. */
export const postJson = <T>(path: string, body: RequestBody, idempotencyKey?: string) =>
  sdk.client.fetch<T>(path, {
    method: "POST",
    body,
    ...(idempotencyKey ? { headers: { "Idempotency-Key": idempotencyKey } } : {}),
  })

export const deleteAt = <T>(path: string) => sdk.client.fetch<T>(path, { method: "DELETE" })

type Keys<TData, TVariables> =
  readonly QueryKey[] | ((data: TData, variables: TVariables) => readonly QueryKey[])

export type InvalidatingMutation<TData, TVariables> = {
  mutationFn: (variables: TVariables) => Promise<TData>
  /** Refreshed after success, before the caller's own `onSuccess` (which never replaces it). */
  invalidates: Keys<TData, TVariables>
  /** Cache writes done first: the detail from the answer, a deleted detail dropped. */
  update?: (queryClient: QueryClient, data: TData, variables: TVariables) => void
}

/** A mutation that writes the cache, invalidates the keys it moved, then runs the caller's. */
export const useInvalidatingMutation = <TData, TVariables>(
  { mutationFn, invalidates, update }: InvalidatingMutation<TData, TVariables>,
  options?: MutationOptions<TData, TVariables>
) => {
  const queryClient = useQueryClient()
  return useMutation({
    ...options,
    mutationFn,
    onSuccess: async (data, variables, context) => {
      update?.(queryClient, data, variables)
      await invalidate(
        queryClient,
        typeof invalidates === "function" ? invalidates(data, variables) : invalidates
      )
      await options?.onSuccess?.(data, variables, context)
    },
  })
}

/** `update` for a delete: the detail is gone, so it is dropped rather than refetched. */
export const removeDetail = (queryKey: QueryKey) => (queryClient: QueryClient) =>
  queryClient.removeQueries({ queryKey })

/** `update` for a write answering with the detail: the cache gets the answer. */
export const setDetail =
  <TData>(queryKey: QueryKey) =>
  (queryClient: QueryClient, data: TData) =>
    queryClient.setQueryData(queryKey, data)
