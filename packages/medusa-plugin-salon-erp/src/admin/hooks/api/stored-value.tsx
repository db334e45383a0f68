import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { invalidate, type MutationOptions, type QueryOptions } from "../../lib/hook-options"
import { sdk } from "../../lib/sdk"
import type {
  AdjustAccountPayload,
  CloseAccountPayload,
  CreateRechargePlanPayload,
  OrderStoredValueRefundPayload,
  RechargePlanListParams,
  RechargePlanListResponse,
  RechargePlanResponse,
  ReconciliationResponse,
  RefundOperationPayload,
  ReverseOperationPayload,
  SpendPayload,
  StoredValueAccountListParams,
  StoredValueAccountListResponse,
  StoredValueAccountResponse,
  StoredValueEntry,
  StoredValueEntryFilters,
  StoredValueEntryListParams,
  StoredValueEntryListResponse,
  StoredValueOperationResponse,
  TopUpPayload,
  UpdateRechargePlanPayload,
} from "../../../types/stored-value/http"
import type { DeleteResponse } from "../../../types/booking/http"
import {
  rechargePlanQueryKeys,
  storedValueAccountQueryKeys,
  storedValueEntryQueryKeys,
  storedValueMovementKeys,
  storedValueReconciliationQueryKeys,
} from "./stored-value-query-keys"
import { downloadFilename, saveBlob } from "../../lib/download"

// ------------------------------------------------------------------- reads

export const useStoredValueAccounts = (
  query?: StoredValueAccountListParams,
  options?: QueryOptions<StoredValueAccountListResponse>
) =>
  useQuery({
    queryKey: storedValueAccountQueryKeys.list(query),
    queryFn: () =>
      sdk.client.fetch<StoredValueAccountListResponse>("/admin/stored-value/accounts", { query }),
    ...options,
  })

export const useStoredValueAccount = (
  id: string,
  options?: QueryOptions<StoredValueAccountResponse>
) =>
  useQuery({
    queryKey: storedValueAccountQueryKeys.detail(id),
    queryFn: () =>
      sdk.client.fetch<StoredValueAccountResponse>(`/admin/stored-value/accounts/${id}`),
    ...options,
  })

/** Ledger entries; `type` takes several types comma-separated. */
export const useStoredValueEntries = (
  query?: StoredValueEntryListParams,
  options?: QueryOptions<StoredValueEntryListResponse>
) =>
  useQuery({
    queryKey: storedValueEntryQueryKeys.list(query),
    queryFn: () =>
      sdk.client.fetch<StoredValueEntryListResponse>("/admin/stored-value/entries", { query }),
    placeholderData: keepPreviousData,
    ...options,
  })

/** Every account's balances proved against the sum of its entries. */
export const useStoredValueReconciliation = (options?: QueryOptions<ReconciliationResponse>) =>
  useQuery({
    queryKey: storedValueReconciliationQueryKeys.all,
    queryFn: () => sdk.client.fetch<ReconciliationResponse>("/admin/stored-value/reconciliation"),
    // It sums the whole ledger: once a minute is plenty.
    staleTime: 60_000,
    ...options,
  })

export type OrderStoredValue = {
  /** Spends against the order, and refunds or reversals of them (however they were made). */
  entries: StoredValueEntry[]
}

/**
 * What an order paid with stored value and what came back. Spends carry the order as their
 * reference; refunds made from the order do too, but a refund or reversal made from the
 * customer's history points at the spend entry instead, so those are found through
 * `reverses_entry_id` among the account's refunds and reversals.
 */
export const useOrderStoredValue = (orderId: string, options?: QueryOptions<OrderStoredValue>) =>
  useQuery({
    queryKey: [...storedValueEntryQueryKeys.lists(), "order", orderId],
    queryFn: async (): Promise<OrderStoredValue> => {
      const { stored_value_entries: byOrder } =
        await sdk.client.fetch<StoredValueEntryListResponse>("/admin/stored-value/entries", {
          query: {
            reference_type: "order",
            reference_id: orderId,
            limit: 200,
            order: "created_at",
          },
        })
      const spendIds = new Set(byOrder.filter((e) => e.type === "spend").map((e) => e.id))
      if (!spendIds.size) return { entries: byOrder }
      const accountIds = [...new Set(byOrder.map((entry) => entry.account_id))]
      const undone = await Promise.all(
        accountIds.map((accountId) =>
          sdk.client.fetch<StoredValueEntryListResponse>("/admin/stored-value/entries", {
            query: { account_id: accountId, type: "refund,reversal", limit: 200 },
          })
        )
      )
      const seen = new Set(byOrder.map((entry) => entry.id))
      const extra = undone
        .flatMap((page) => page.stored_value_entries)
        .filter(
          (entry) =>
            !seen.has(entry.id) &&
            !!entry.reverses_entry_id &&
            spendIds.has(entry.reverses_entry_id)
        )
      const entries = [...byOrder, ...extra].sort(
        (a, b) => Date.parse(a.created_at) - Date.parse(b.created_at) || a.sequence - b.sequence
      )
      return { entries }
    },
    ...options,
  })

export const useRechargePlans = (
  query?: RechargePlanListParams,
  options?: QueryOptions<RechargePlanListResponse>
) =>
  useQuery({
    queryKey: rechargePlanQueryKeys.list(query),
    queryFn: () => sdk.client.fetch<RechargePlanListResponse>("/admin/recharge-plans", { query }),
    placeholderData: keepPreviousData,
    ...options,
  })

const planDetailFields = "+product_variant.product.title,+product_variant.product.sales_channels.*"

export const useRechargePlan = (id: string, options?: QueryOptions<RechargePlanResponse>) =>
  useQuery({
    queryKey: rechargePlanQueryKeys.detail(id),
    queryFn: () =>
      sdk.client.fetch<RechargePlanResponse>(`/admin/recharge-plans/${id}`, {
        query: { fields: planDetailFields },
      }),
    ...options,
  })

// ---------------------------------------------------------- value movements

/**
 * A value-moving POST: the idempotency key travels as the `Idempotency-Key` header, so a
 * double click or a retry of the same dialog gets the first result and moves nothing.
 */
const moveValue = (path: string, idempotencyKey: string, body: Record<string, unknown>) =>
  sdk.client.fetch<StoredValueOperationResponse>(path, {
    method: "POST",
    body,
    headers: { "Idempotency-Key": idempotencyKey },
  })

/**
 * Mutation options for every value movement: balances, the ledger and the reconciliation are
 * refreshed first, then the caller's own `onSuccess` runs (it never replaces the refresh).
 */
const useMovement = <TVariables,>(
  mutationFn: (variables: TVariables) => Promise<StoredValueOperationResponse>,
  options?: MutationOptions<StoredValueOperationResponse, TVariables>
) => {
  const queryClient = useQueryClient()
  return useMutation({
    ...options,
    mutationFn,
    onSuccess: async (data, variables, context) => {
      queryClient.setQueryData(storedValueAccountQueryKeys.detail(data.stored_value_account.id), {
        stored_value_account: data.stored_value_account,
      })
      await invalidate(queryClient, storedValueMovementKeys)
      await options?.onSuccess?.(data, variables, context)
    },
  })
}

/** A counter top-up, from a recharge plan or given principal (+ bonus). */
export const useTopUpStoredValue = (
  options?: MutationOptions<StoredValueOperationResponse, TopUpPayload>
) =>
  useMovement(
    ({ idempotency_key, ...body }) =>
      moveValue("/admin/stored-value/top-ups", idempotency_key, body),
    options
  )

/** A counter charge; 400 "Insufficient stored value: …" when the balance does not cover it. */
export const useSpendStoredValue = (
  options?: MutationOptions<StoredValueOperationResponse, SpendPayload>
) =>
  useMovement(
    ({ idempotency_key, ...body }) =>
      moveValue("/admin/stored-value/spends", idempotency_key, body),
    options
  )

/** Credits back (part of) a spend in its own principal/bonus split. */
export const useRefundStoredValueOperation = (
  options?: MutationOptions<StoredValueOperationResponse, RefundOperationPayload>
) =>
  useMovement(
    ({ idempotency_key, operation_id, ...body }) =>
      moveValue(`/admin/stored-value/operations/${operation_id}/refund`, idempotency_key, body),
    options
  )

/** Undoes a top-up, spend, refund or adjustment entirely, with reversing entries. */
export const useReverseStoredValueOperation = (
  options?: MutationOptions<StoredValueOperationResponse, ReverseOperationPayload>
) =>
  useMovement(
    ({ idempotency_key, operation_id, ...body }) =>
      moveValue(`/admin/stored-value/operations/${operation_id}/reverse`, idempotency_key, body),
    options
  )

/** A manager's signed correction to principal and/or bonus, with a reason. */
export const useAdjustStoredValue = (
  options?: MutationOptions<StoredValueOperationResponse, AdjustAccountPayload>
) =>
  useMovement(
    ({ idempotency_key, account_id, ...body }) =>
      moveValue(`/admin/stored-value/accounts/${account_id}/adjustments`, idempotency_key, body),
    options
  )

/** Cancels a card (退卡): principal refunded, bonus forfeited, account closed. */
export const useCloseStoredValueAccount = (
  options?: MutationOptions<StoredValueOperationResponse, CloseAccountPayload>
) =>
  useMovement(
    ({ idempotency_key, account_id, ...body }) =>
      moveValue(`/admin/stored-value/accounts/${account_id}/close`, idempotency_key, body),
    options
  )

/** Refunds (part of) what an order paid with stored value to the member's balance. */
export const useRefundOrderStoredValue = (
  orderId: string,
  options?: MutationOptions<StoredValueOperationResponse, OrderStoredValueRefundPayload>
) =>
  useMovement(
    ({ idempotency_key, ...body }) =>
      moveValue(`/admin/orders/${orderId}/stored-value-refunds`, idempotency_key, body),
    options
  )

// ---------------------------------------------------------------- plans

export const useCreateRechargePlan = (
  options?: MutationOptions<RechargePlanResponse, CreateRechargePlanPayload>
) => {
  const queryClient = useQueryClient()
  return useMutation({
    ...options,
    mutationFn: (payload) =>
      sdk.client.fetch<RechargePlanResponse>("/admin/recharge-plans", {
        method: "POST",
        body: payload,
      }),
    onSuccess: async (data, variables, context) => {
      await invalidate(queryClient, [rechargePlanQueryKeys.lists()])
      await options?.onSuccess?.(data, variables, context)
    },
  })
}

export const useUpdateRechargePlan = (
  id: string,
  options?: MutationOptions<RechargePlanResponse, UpdateRechargePlanPayload>
) => {
  const queryClient = useQueryClient()
  return useMutation({
    ...options,
    mutationFn: (payload) =>
      sdk.client.fetch<RechargePlanResponse>(`/admin/recharge-plans/${id}`, {
        method: "POST",
        body: payload,
        query: { fields: planDetailFields },
      }),
    onSuccess: async (data, variables, context) => {
      queryClient.setQueryData(rechargePlanQueryKeys.detail(id), data)
      await invalidate(queryClient, [rechargePlanQueryKeys.all])
      await options?.onSuccess?.(data, variables, context)
    },
  })
}

export const useDeleteRechargePlan = (
  id: string,
  options?: MutationOptions<DeleteResponse, void>
) => {
  const queryClient = useQueryClient()
  return useMutation({
    ...options,
    mutationFn: () =>
      sdk.client.fetch<DeleteResponse>(`/admin/recharge-plans/${id}`, { method: "DELETE" }),
    onSuccess: async (data, variables, context) => {
      queryClient.removeQueries({ queryKey: rechargePlanQueryKeys.detail(id) })
      await invalidate(queryClient, [rechargePlanQueryKeys.lists()])
      await options?.onSuccess?.(data, variables, context)
    },
  })
}

// ---------------------------------------------------------------- export

const filenameOf = (response: Response) =>
  downloadFilename(response, `stored-value-ledger-${new Date().toISOString().slice(0, 10)}.csv`)

/**
 * Downloads the ledger as CSV with the same filters as the list. Fetched through the SDK (so the
 * admin session cookie goes along) and saved from a blob.
 */
export const useExportStoredValueEntries = (
  options?: MutationOptions<{ filename: string; size: number }, StoredValueEntryFilters>
) =>
  useMutation({
    ...options,
    mutationFn: async (filters) => {
      const response = await sdk.client.fetch<Response>("/admin/stored-value/entries/export", {
        query: filters,
        headers: { accept: "text/csv" },
      })
      const blob = await response.blob()
      const filename = filenameOf(response)
      return saveBlob(blob, filename)
    },
  })
