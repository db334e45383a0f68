import { keepPreviousData, useQuery } from "@tanstack/react-query"
import type { MutationOptions, QueryOptions } from "../../lib/hook-options"
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
import {
  type SavedFile,
  postJson,
  removeDetail,
  setDetail,
  useAdminQuery,
  useCsvDownload,
  useDeleteMutation,
  useInvalidatingMutation,
  usePostMutation,
} from "./factories"

// ------------------------------------------------------------------- reads

export const useStoredValueAccounts = (
  query?: StoredValueAccountListParams,
  options?: QueryOptions<StoredValueAccountListResponse>
) =>
  useAdminQuery(
    storedValueAccountQueryKeys.list(query),
    "/admin/stored-value/accounts",
    query,
    options
  )

export const useStoredValueAccount = (
  id: string,
  options?: QueryOptions<StoredValueAccountResponse>
) =>
  useAdminQuery(
    storedValueAccountQueryKeys.detail(id),
    `/admin/stored-value/accounts/${id}`,
    undefined,
    options
  )

/** Ledger entries; `type` takes several types comma-separated. */
export const useStoredValueEntries = (
  query?: StoredValueEntryListParams,
  options?: QueryOptions<StoredValueEntryListResponse>
) =>
  useAdminQuery(
    storedValueEntryQueryKeys.list(query),
    "/admin/stored-value/entries",
    query,
    options,
    { placeholderData: keepPreviousData }
  )

/** Every account's balances proved against the sum of its entries. */
export const useStoredValueReconciliation = (options?: QueryOptions<ReconciliationResponse>) =>
  useAdminQuery(
    storedValueReconciliationQueryKeys.all,
    "/admin/stored-value/reconciliation",
    undefined,
    options,
    // It sums the whole ledger: once a minute is plenty.
    { staleTime: 60_000 }
  )

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
  useAdminQuery(rechargePlanQueryKeys.list(query), "/admin/recharge-plans", query, options, {
    placeholderData: keepPreviousData,
  })

const planDetailFields = "+product_variant.product.title,+product_variant.product.sales_channels.*"

export const useRechargePlan = (id: string, options?: QueryOptions<RechargePlanResponse>) =>
  useAdminQuery(
    rechargePlanQueryKeys.detail(id),
    `/admin/recharge-plans/${id}`,
    { fields: planDetailFields },
    options
  )

// ---------------------------------------------------------- value movements

/**
 * A value-moving POST: the idempotency key travels as the `Idempotency-Key` header, so a
 * double click or a retry of the same dialog gets the first result and moves nothing.
 */
const moveValue = (path: string, idempotencyKey: string, body: Record<string, unknown>) =>
  postJson<StoredValueOperationResponse>(path, body, idempotencyKey)

/**
 * Mutation options for every value movement: balances, the ledger and the reconciliation are
 * refreshed first, then the caller's own `onSuccess` runs (it never replaces the refresh).
 */
const useMovement = <TVariables,>(
  mutationFn: (variables: TVariables) => Promise<StoredValueOperationResponse>,
  options?: MutationOptions<StoredValueOperationResponse, TVariables>
) =>
  useInvalidatingMutation(
    {
      mutationFn,
      // The answer carries the account's own fields; its lots and customer stay until the refetch.
      update: (queryClient, data) =>
        queryClient.setQueryData<StoredValueAccountResponse>(
          storedValueAccountQueryKeys.detail(data.stored_value_account.id),
          (cached) =>
            cached && {
              stored_value_account: {
                ...cached.stored_value_account,
                ...data.stored_value_account,
              },
            }
        ),
      invalidates: storedValueMovementKeys,
    },
    options
  )

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
) =>
  usePostMutation(
    "/admin/recharge-plans",
    { invalidates: [rechargePlanQueryKeys.lists()] },
    options
  )

export const useUpdateRechargePlan = (
  id: string,
  options?: MutationOptions<RechargePlanResponse, UpdateRechargePlanPayload>
) =>
  useInvalidatingMutation(
    {
      mutationFn: (payload) =>
        sdk.client.fetch<RechargePlanResponse>(`/admin/recharge-plans/${id}`, {
          method: "POST",
          body: payload,
          query: { fields: planDetailFields },
        }),
      update: setDetail(rechargePlanQueryKeys.detail(id)),
      invalidates: [rechargePlanQueryKeys.all],
    },
    options
  )

export const useDeleteRechargePlan = (
  id: string,
  options?: MutationOptions<DeleteResponse, void>
) =>
  useDeleteMutation(
    `/admin/recharge-plans/${id}`,
    {
      update: removeDetail(rechargePlanQueryKeys.detail(id)),
      invalidates: [rechargePlanQueryKeys.lists()],
    },
    options
  )

// ---------------------------------------------------------------- export

/** Downloads the ledger as CSV with the same filters as the list. */
export const useExportStoredValueEntries = (
  options?: MutationOptions<SavedFile, StoredValueEntryFilters>
) =>
  useCsvDownload(
    (filters) => ({
      path: "/admin/stored-value/entries/export",
      query: filters,
      fallbackName: `stored-value-ledger-${new Date().toISOString().slice(0, 10)}.csv`,
    }),
    options
  )
