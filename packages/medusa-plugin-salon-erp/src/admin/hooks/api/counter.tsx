import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type {
  AdminCloseCounterShiftRequest,
  AdminCounterCashEntryResponse,
  AdminCounterRegisterDeleteResponse,
  AdminCounterRegisterListResponse,
  AdminCounterRegisterResponse,
  AdminCounterShiftListResponse,
  AdminCounterShiftResponse,
  AdminCreateCounterRegisterRequest,
  AdminOpenCounterShiftRequest,
  AdminRecordCounterCashEntryRequest,
  AdminRecordCounterShiftCorrectionRequest,
  AdminUpdateCounterRegisterRequest,
  CounterShiftStatus,
} from "../../../types/counter/http"
import { invalidate, type MutationOptions, type QueryOptions } from "../../lib/hook-options"
import { queryKeysFactory } from "../../lib/query-key-factory"
import { sdk } from "../../lib/sdk"

/** Query of `GET /admin/counter-registers` (see docs/checkout.md). */
export type CounterRegisterListParams = {
  branch_id?: string
  is_active?: boolean
  limit?: number
  offset?: number
  order?: string
  fields?: string
}

/** Query of `GET /admin/counter-shifts`: newest first unless `order` says otherwise. */
export type CounterShiftListParams = {
  register_id?: string
  branch_id?: string
  status?: CounterShiftStatus
  limit?: number
  offset?: number
  order?: string
}

/** A write that takes an idempotency key: the screen keeps one per submission. */
type WithIdempotencyKey<T> = T & { idempotency_key: string }

export const counterRegisterQueryKeys = queryKeysFactory<
  "salon_counter_register",
  CounterRegisterListParams
>("salon_counter_register")
export const counterShiftQueryKeys = queryKeysFactory<
  "salon_counter_shift",
  CounterShiftListParams
>("salon_counter_shift")

// ------------------------------------------------------------------ registers

export const useCounterRegisters = (
  query?: CounterRegisterListParams,
  options?: QueryOptions<AdminCounterRegisterListResponse>
) =>
  useQuery({
    queryKey: counterRegisterQueryKeys.list(query),
    queryFn: () =>
      sdk.client.fetch<AdminCounterRegisterListResponse>("/admin/counter-registers", { query }),
    ...options,
  })

export const useCounterRegister = (
  id: string,
  options?: QueryOptions<AdminCounterRegisterResponse>
) =>
  useQuery({
    queryKey: counterRegisterQueryKeys.detail(id),
    queryFn: () => sdk.client.fetch<AdminCounterRegisterResponse>(`/admin/counter-registers/${id}`),
    ...options,
  })

export const useCreateCounterRegister = (
  options?: MutationOptions<AdminCounterRegisterResponse, AdminCreateCounterRegisterRequest>
) => {
  const queryClient = useQueryClient()
  return useMutation({
    ...options,
    mutationFn: (body) =>
      sdk.client.fetch<AdminCounterRegisterResponse>("/admin/counter-registers", {
        method: "POST",
        body,
      }),
    onSuccess: async (data, variables, context) => {
      await invalidate(queryClient, [counterRegisterQueryKeys.lists()])
      await options?.onSuccess?.(data, variables, context)
    },
  })
}

export type UpdateCounterRegisterVariables = {
  id: string
  body: AdminUpdateCounterRegisterRequest
}

export const useUpdateCounterRegister = (
  options?: MutationOptions<AdminCounterRegisterResponse, UpdateCounterRegisterVariables>
) => {
  const queryClient = useQueryClient()
  return useMutation({
    ...options,
    mutationFn: ({ id, body }) =>
      sdk.client.fetch<AdminCounterRegisterResponse>(`/admin/counter-registers/${id}`, {
        method: "POST",
        body,
      }),
    onSuccess: async (data, variables, context) => {
      await invalidate(queryClient, [counterRegisterQueryKeys.all])
      await options?.onSuccess?.(data, variables, context)
    },
  })
}

/** Soft-deletes a register (409 while a shift is open); its shifts stay readable. */
export const useDeleteCounterRegister = (
  options?: MutationOptions<AdminCounterRegisterDeleteResponse, string>
) => {
  const queryClient = useQueryClient()
  return useMutation({
    ...options,
    mutationFn: (id) =>
      sdk.client.fetch<AdminCounterRegisterDeleteResponse>(`/admin/counter-registers/${id}`, {
        method: "DELETE",
      }),
    onSuccess: async (data, variables, context) => {
      queryClient.removeQueries({ queryKey: counterRegisterQueryKeys.detail(variables) })
      await invalidate(queryClient, [counterRegisterQueryKeys.lists(), counterShiftQueryKeys.all])
      await options?.onSuccess?.(data, variables, context)
    },
  })
}

// ------------------------------------------------------------------ shifts

export const useCounterShifts = (
  query?: CounterShiftListParams,
  options?: QueryOptions<AdminCounterShiftListResponse>
) =>
  useQuery({
    queryKey: counterShiftQueryKeys.list(query),
    queryFn: () =>
      sdk.client.fetch<AdminCounterShiftListResponse>("/admin/counter-shifts", { query }),
    ...options,
  })

/** A shift with its cash entries, corrections and totals (expected cash now, if open). */
export const useCounterShift = (id: string, options?: QueryOptions<AdminCounterShiftResponse>) =>
  useQuery({
    queryKey: counterShiftQueryKeys.detail(id),
    queryFn: () => sdk.client.fetch<AdminCounterShiftResponse>(`/admin/counter-shifts/${id}`),
    ...options,
  })

export type OpenCounterShiftVariables = {
  register_id: string
  body: WithIdempotencyKey<AdminOpenCounterShiftRequest>
}

/** Opens a shift on a register: 201, or 200 with the same shift on a replayed key. */
export const useOpenCounterShift = (
  options?: MutationOptions<AdminCounterShiftResponse, OpenCounterShiftVariables>
) => {
  const queryClient = useQueryClient()
  return useMutation({
    ...options,
    mutationFn: ({ register_id, body }) =>
      sdk.client.fetch<AdminCounterShiftResponse>(
        `/admin/counter-registers/${register_id}/shifts`,
        {
          method: "POST",
          headers: { "Idempotency-Key": body.idempotency_key },
          body,
        }
      ),
    onSuccess: async (data, variables, context) => {
      queryClient.setQueryData(counterShiftQueryKeys.detail(data.counter_shift.id), data)
      await invalidate(queryClient, [counterShiftQueryKeys.lists()])
      await options?.onSuccess?.(data, variables, context)
    },
  })
}

/** After a write on a shift: its detail from the answer, and every shift list read again. */
const useShiftWriteSuccess = (shiftId: string) => {
  const queryClient = useQueryClient()
  return async (shift: AdminCounterShiftResponse["counter_shift"]) => {
    queryClient.setQueryData<AdminCounterShiftResponse>(counterShiftQueryKeys.detail(shiftId), {
      counter_shift: shift,
    })
    await invalidate(queryClient, [counterShiftQueryKeys.all])
  }
}

/** A paid in or paid out on an open shift (409 if closed or above the cash available). */
export const useRecordCounterCashEntry = (
  shiftId: string,
  options?: MutationOptions<
    AdminCounterCashEntryResponse,
    WithIdempotencyKey<AdminRecordCounterCashEntryRequest>
  >
) => {
  const refresh = useShiftWriteSuccess(shiftId)
  return useMutation({
    ...options,
    mutationFn: (body) =>
      sdk.client.fetch<AdminCounterCashEntryResponse>(
        `/admin/counter-shifts/${shiftId}/cash-entries`,
        { method: "POST", headers: { "Idempotency-Key": body.idempotency_key }, body }
      ),
    onSuccess: async (data, variables, context) => {
      await refresh(data.counter_shift)
      await options?.onSuccess?.(data, variables, context)
    },
  })
}

/** Cashes up an open shift (no key: closing a closed shift is a 409). */
export const useCloseCounterShift = (
  shiftId: string,
  options?: MutationOptions<AdminCounterShiftResponse, AdminCloseCounterShiftRequest>
) => {
  const refresh = useShiftWriteSuccess(shiftId)
  return useMutation({
    ...options,
    mutationFn: (body) =>
      sdk.client.fetch<AdminCounterShiftResponse>(`/admin/counter-shifts/${shiftId}/close`, {
        method: "POST",
        body,
      }),
    onSuccess: async (data, variables, context) => {
      await refresh(data.counter_shift)
      await options?.onSuccess?.(data, variables, context)
    },
  })
}

/** A signed correction on a closed shift; the close figures stay, the totals show it. */
export const useRecordCounterShiftCorrection = (
  shiftId: string,
  options?: MutationOptions<
    AdminCounterCashEntryResponse,
    WithIdempotencyKey<AdminRecordCounterShiftCorrectionRequest>
  >
) => {
  const refresh = useShiftWriteSuccess(shiftId)
  return useMutation({
    ...options,
    mutationFn: (body) =>
      sdk.client.fetch<AdminCounterCashEntryResponse>(
        `/admin/counter-shifts/${shiftId}/corrections`,
        { method: "POST", headers: { "Idempotency-Key": body.idempotency_key }, body }
      ),
    onSuccess: async (data, variables, context) => {
      await refresh(data.counter_shift)
      await options?.onSuccess?.(data, variables, context)
    },
  })
}
