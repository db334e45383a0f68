import { keepPreviousData, type QueryClient } from "@tanstack/react-query"
import type {
  AdminCounterSaleListResponse,
  CounterSaleStatus,
  AdminCounterSaleResponse,
  AdminCreateCounterSaleRequest,
  AdminRefundCounterSaleRequest,
  AdminVoidCounterSaleRequest,
} from "../../../types/counter/sales"
import type { MutationOptions, QueryOptions } from "../../lib/hook-options"
import { queryKeysFactory } from "../../lib/query-key-factory"
import { counterRegisterQueryKeys, counterShiftQueryKeys } from "./counter"
import { postJson, setDetail, useAdminQuery, useInvalidatingMutation } from "./factories"
import { appointmentQueryKeys } from "./query-keys"
import { packageQueryKeys } from "./service-packages"
import { storedValueMovementKeys } from "./stored-value-query-keys"

/** Query of `GET /admin/counter-sales` (see docs/checkout.md). */
export type CounterSaleListParams = {
  shift_id?: string
  branch_id?: string
  customer_id?: string
  order_id?: string
  /** The branch's local date, "YYYY-MM-DD". */
  business_date?: string
  status?: CounterSaleStatus
  limit?: number
  offset?: number
}

/** A write that takes an idempotency key: sent as the `Idempotency-Key` header too. */
type WithIdempotencyKey<T> = T & { idempotency_key: string }

export const counterSaleQueryKeys = queryKeysFactory<"salon_counter_sale", CounterSaleListParams>(
  "salon_counter_sale"
)

/**
 * Everything a sale, refund or void moves besides the sale itself: the shift's cash totals, the
 * registers' open shifts, the client's stored value and package sessions, and the appointments
 * it settled.
 */
const saleDependentKeys = [
  counterSaleQueryKeys.lists(),
  counterShiftQueryKeys.all,
  counterRegisterQueryKeys.lists(),
  appointmentQueryKeys.all,
  packageQueryKeys.all,
  ...storedValueMovementKeys,
] as const

export const useCounterSales = (
  query?: CounterSaleListParams,
  options?: QueryOptions<AdminCounterSaleListResponse>
) =>
  useAdminQuery(counterSaleQueryKeys.list(query), "/admin/counter-sales", query, options, {
    placeholderData: keepPreviousData,
  })

export const useCounterSale = (id: string, options?: QueryOptions<AdminCounterSaleResponse>) =>
  useAdminQuery(counterSaleQueryKeys.detail(id), `/admin/counter-sales/${id}`, undefined, options)

/** The sale's detail from the answer. */
const setSaleDetail = (queryClient: QueryClient, data: AdminCounterSaleResponse) =>
  setDetail(counterSaleQueryKeys.detail(data.counter_sale.id))(queryClient, data)

/** Submits a sale: 201, or 200 with the first sale when the key is replayed. */
export const useCreateCounterSale = (
  options?: MutationOptions<
    AdminCounterSaleResponse,
    WithIdempotencyKey<AdminCreateCounterSaleRequest>
  >
) =>
  useInvalidatingMutation(
    {
      mutationFn: (body) =>
        postJson<AdminCounterSaleResponse>("/admin/counter-sales", body, body.idempotency_key),
      update: setSaleDetail,
      invalidates: saleDependentKeys,
    },
    options
  )

/** A refund or void: the sale's detail from the answer, and everything it moved. */
const useSaleReversal = <TVariables extends { idempotency_key: string }>(
  path: string,
  options?: MutationOptions<AdminCounterSaleResponse, TVariables>
) =>
  useInvalidatingMutation(
    {
      mutationFn: (body) => postJson<AdminCounterSaleResponse>(path, body, body.idempotency_key),
      update: setSaleDetail,
      invalidates: (data) => [
        counterSaleQueryKeys.detail(data.counter_sale.id),
        ...saleDependentKeys,
      ],
    },
    options
  )

/** Refunds some units of some lines; cash goes back from `shift_id`'s drawer. */
export const useRefundCounterSale = (
  saleId: string,
  options?: MutationOptions<
    AdminCounterSaleResponse,
    WithIdempotencyKey<AdminRefundCounterSaleRequest>
  >
) => useSaleReversal(`/admin/counter-sales/${saleId}/refunds`, options)

/** Voids a whole sale: every tender goes back and every session is restored. */
export const useVoidCounterSale = (
  saleId: string,
  options?: MutationOptions<
    AdminCounterSaleResponse,
    WithIdempotencyKey<AdminVoidCounterSaleRequest>
  >
) => useSaleReversal(`/admin/counter-sales/${saleId}/void`, options)
