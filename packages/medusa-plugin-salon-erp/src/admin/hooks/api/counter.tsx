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
import type { MutationOptions, QueryOptions } from "../../lib/hook-options"
import { queryKeysFactory } from "../../lib/query-key-factory"
import {
  deleteAt,
  postJson,
  setDetail,
  useAdminQuery,
  useInvalidatingMutation,
  usePostMutation,
} from "./factories"

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
) => useAdminQuery(counterRegisterQueryKeys.list(query), "/admin/counter-registers", query, options)

export const useCounterRegister = (
  id: string,
  options?: QueryOptions<AdminCounterRegisterResponse>
) =>
  useAdminQuery(
    counterRegisterQueryKeys.detail(id),
    `/admin/counter-registers/${id}`,
    undefined,
    options
  )

export const useCreateCounterRegister = (
  options?: MutationOptions<AdminCounterRegisterResponse, AdminCreateCounterRegisterRequest>
) =>
  usePostMutation(
    "/admin/counter-registers",
    { invalidates: [counterRegisterQueryKeys.lists()] },
    options
  )

export type UpdateCounterRegisterVariables = {
  id: string
  body: AdminUpdateCounterRegisterRequest
}

export const useUpdateCounterRegister = (
  options?: MutationOptions<AdminCounterRegisterResponse, UpdateCounterRegisterVariables>
) =>
  useInvalidatingMutation(
    {
      mutationFn: ({ id, body }) =>
        postJson<AdminCounterRegisterResponse>(`/admin/counter-registers/${id}`, body),
      invalidates: [counterRegisterQueryKeys.all],
    },
    options
  )

/** Soft-deletes a register (409 while a shift is open); its shifts stay readable. */
export const useDeleteCounterRegister = (
  options?: MutationOptions<AdminCounterRegisterDeleteResponse, string>
) =>
  useInvalidatingMutation(
    {
      mutationFn: (id) =>
        deleteAt<AdminCounterRegisterDeleteResponse>(`/admin/counter-registers/${id}`),
      update: (queryClient, _data, id) =>
        queryClient.removeQueries({ queryKey: counterRegisterQueryKeys.detail(id) }),
      invalidates: [counterRegisterQueryKeys.lists(), counterShiftQueryKeys.all],
    },
    options
  )

// ------------------------------------------------------------------ shifts

export const useCounterShifts = (
  query?: CounterShiftListParams,
  options?: QueryOptions<AdminCounterShiftListResponse>
) => useAdminQuery(counterShiftQueryKeys.list(query), "/admin/counter-shifts", query, options)

/** A shift with its cash entries, corrections and totals (expected cash now, if open). */
export const useCounterShift = (id: string, options?: QueryOptions<AdminCounterShiftResponse>) =>
  useAdminQuery(counterShiftQueryKeys.detail(id), `/admin/counter-shifts/${id}`, undefined, options)

export type OpenCounterShiftVariables = {
  register_id: string
  body: WithIdempotencyKey<AdminOpenCounterShiftRequest>
}

/** Opens a shift on a register: 201, or 200 with the same shift on a replayed key. */
export const useOpenCounterShift = (
  options?: MutationOptions<AdminCounterShiftResponse, OpenCounterShiftVariables>
) =>
  useInvalidatingMutation(
    {
      mutationFn: ({ register_id, body }) =>
        postJson<AdminCounterShiftResponse>(
          `/admin/counter-registers/${register_id}/shifts`,
          body,
          body.idempotency_key
        ),
      update: (queryClient, data) =>
        setDetail(counterShiftQueryKeys.detail(data.counter_shift.id))(queryClient, data),
      invalidates: [counterShiftQueryKeys.lists()],
    },
    options
  )

/**
 * A write on a shift, posted to `path` under the shift (with the body's idempotency key when it
 * has one): the shift's detail from the answer, and every shift list read again.
 */
const useShiftWrite = <
  TData extends { counter_shift: AdminCounterShiftResponse["counter_shift"] },
  TVariables extends Record<string, unknown>,
>(
  shiftId: string,
  path: string,
  options?: MutationOptions<TData, TVariables>
) =>
  useInvalidatingMutation(
    {
      mutationFn: (body) =>
        postJson<TData>(
          `/admin/counter-shifts/${shiftId}/${path}`,
          body,
          typeof body.idempotency_key === "string" ? body.idempotency_key : undefined
        ),
      update: (queryClient, data) =>
        queryClient.setQueryData<AdminCounterShiftResponse>(counterShiftQueryKeys.detail(shiftId), {
          counter_shift: data.counter_shift,
        }),
      invalidates: [counterShiftQueryKeys.all],
    },
    options
  )

/** A paid in or paid out on an open shift (409 if closed or above the cash available). */
export const useRecordCounterCashEntry = (
  shiftId: string,
  options?: MutationOptions<
    AdminCounterCashEntryResponse,
    WithIdempotencyKey<AdminRecordCounterCashEntryRequest>
  >
) => useShiftWrite(shiftId, "cash-entries", options)

/** Cashes up an open shift (no key: closing a closed shift is a 409). */
export const useCloseCounterShift = (
  shiftId: string,
  options?: MutationOptions<AdminCounterShiftResponse, AdminCloseCounterShiftRequest>
) => useShiftWrite(shiftId, "close", options)

/** A signed correction on a closed shift; the close figures stay, the totals show it. */
export const useRecordCounterShiftCorrection = (
  shiftId: string,
  options?: MutationOptions<
    AdminCounterCashEntryResponse,
    WithIdempotencyKey<AdminRecordCounterShiftCorrectionRequest>
  >
) => useShiftWrite(shiftId, "corrections", options)
