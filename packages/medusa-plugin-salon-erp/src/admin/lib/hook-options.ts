import type { FetchError } from "@medusajs/js-sdk"
import type {
  QueryClient,
  QueryKey,
  UseMutationOptions,
  UseQueryOptions,
} from "@tanstack/react-query"

/** Options a screen may pass to a query hook; the hook owns the key and the fetch. */
export type QueryOptions<T> = Omit<
  UseQueryOptions<T, FetchError, T, QueryKey>,
  "queryKey" | "queryFn"
>

/** Options a screen may pass to a mutation hook; the hook owns `mutationFn`. */
export type MutationOptions<TData, TVariables> = Omit<
  UseMutationOptions<TData, FetchError, TVariables>,
  "mutationFn"
>

/** Invalidates every key (and all keys under it). */
export const invalidate = (queryClient: QueryClient, keys: readonly QueryKey[]) =>
  Promise.all(keys.map((queryKey) => queryClient.invalidateQueries({ queryKey })))
