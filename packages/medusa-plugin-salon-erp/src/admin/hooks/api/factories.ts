import {
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryClient,
  type QueryKey,
} from "@tanstack/react-query"
import { invalidate, type MutationOptions, type QueryOptions } from "../../lib/hook-options"
import { downloadFilename, saveBlob } from "../../lib/download"
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

/** Options of a paged list's query (the hook owns the key, the fetch and the paging). */
type PagesOptions = {
  enabled?: boolean
  staleTime?: number
  refetchOnWindowFocus?: boolean
  refetchOnReconnect?: boolean
}

/**
 * Offset pages of a GET of `path`, `pageSize` rows at a time, for a "Show more" list; `rowsOf`
 * picks a page's rows, and the next page is asked for until `count` rows are loaded.
 */
export const useAdminPages = <T extends { count: number }>(
  queryKey: QueryKey,
  path: string,
  pageSize: number,
  rowsOf: (page: T) => unknown[],
  options?: PagesOptions
) =>
  useInfiniteQuery({
    queryKey,
    queryFn: ({ pageParam }) =>
      sdk.client.fetch<T>(path, { query: { limit: pageSize, offset: pageParam } }),
    initialPageParam: 0,
    getNextPageParam: (last, pages) => {
      const loaded = pages.reduce((sum, page) => sum + rowsOf(page).length, 0)
      return rowsOf(last).length && loaded < last.count ? loaded : undefined
    },
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

/** A file saved in the browser: its name and size in bytes. */
export type SavedFile = { filename: string; size: number }

/** What a CSV download fetches, and the file name to save under if the server gives none. */
type CsvRequest = { path: string; query: object; fallbackName: string }

/**
 * A CSV download as a mutation: `request` says what the variables fetch. The file is fetched
 * through the SDK (so the admin session goes along) and saved under the server's file name.
 */
export const useCsvDownload = <TVariables>(
  request: (variables: TVariables) => CsvRequest,
  options?: MutationOptions<SavedFile, TVariables>
) =>
  useMutation({
    ...options,
    mutationFn: async (variables) => {
      const { path, query, fallbackName } = request(variables)
      const response = await sdk.client.fetch<Response>(path, {
        query,
        headers: { accept: "text/csv" },
      })
      return saveBlob(await response.blob(), downloadFilename(response, fallbackName))
    },
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

/** What a mutation does to the cache besides its request. */
type Effects<TData, TVariables> = Omit<InvalidatingMutation<TData, TVariables>, "mutationFn">

/** POSTs the variables, as they are, as the JSON body to `path`. */
export const usePostMutation = <TData, TVariables extends RequestBody>(
  path: string,
  effects: Effects<TData, TVariables>,
  options?: MutationOptions<TData, TVariables>
) =>
  useInvalidatingMutation(
    { ...effects, mutationFn: (body) => postJson<TData>(path, body) },
    options
  )

/** DELETEs `path`, or the path of the variables (an id) when it is a function. */
export const useDeleteMutation = <TData, TVariables = void>(
  path: string | ((variables: TVariables) => string),
  effects: Effects<TData, TVariables>,
  options?: MutationOptions<TData, TVariables>
) =>
  useInvalidatingMutation(
    {
      ...effects,
      mutationFn: (variables) => deleteAt<TData>(typeof path === "string" ? path : path(variables)),
    },
    options
  )

/** `update` for a delete: the detail is gone, so it is dropped rather than refetched. */
export const removeDetail = (queryKey: QueryKey) => (queryClient: QueryClient) =>
  queryClient.removeQueries({ queryKey })

/** `update` for a write answering with the detail: the cache gets the answer. */
export const setDetail =
  <TData>(queryKey: QueryKey) =>
  (queryClient: QueryClient, data: TData) =>
    queryClient.setQueryData(queryKey, data)
