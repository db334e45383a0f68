import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type {
  AdminCounterSaleListResponse,
  CounterSaleStatus,
  AdminCounterSaleResponse,
  AdminCreateCounterSaleRequest,
  AdminRefundCounterSaleRequest,
  AdminVoidCounterSaleRequest,
} from "../../../types/counter/sales"
import { invalidate, type MutationOptions, type QueryOptions } from "../../lib/hook-options"
import { queryKeysFactory } from "../../lib/query-key-factory"
import { sdk } from "../../lib/sdk"
import { counterRegisterQueryKeys, counterShiftQueryKeys } from "./counter"
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
  useQuery({
    queryKey: counterSaleQueryKeys.list(query),
    queryFn: () =>
      sdk.client.fetch<AdminCounterSaleListResponse>("/admin/counter-sales", { query }),
    placeholderData: keepPreviousData,
    ...options,
  })

export const useCounterSale = (id: string, options?: QueryOptions<AdminCounterSaleResponse>) =>
  useQuery({
    queryKey: counterSaleQueryKeys.detail(id),
    queryFn: () => sdk.client.fetch<AdminCounterSaleResponse>(`/admin/counter-sales/${id}`),
    ...options,
  })

/** Submits a sale: 201, or 200 with the first sale when the key is replayed. */
export const useCreateCounterSale = (
  options?: MutationOptions<
    AdminCounterSaleResponse,
    WithIdempotencyKey<AdminCreateCounterSaleRequest>
  >
) => {
  const queryClient = useQueryClient()
  return useMutation({
    ...options,
    mutationFn: (body) =>
      sdk.client.fetch<AdminCounterSaleResponse>("/admin/counter-sales", {
        method: "POST",
        headers: { "Idempotency-Key": body.idempotency_key },
        body,
      }),
    onSuccess: async (data, variables, context) => {
      queryClient.setQueryData(counterSaleQueryKeys.detail(data.counter_sale.id), data)
      await invalidate(queryClient, saleDependentKeys)
      await options?.onSuccess?.(data, variables, context)
    },
  })
}

/** After a refund or void: the sale's detail from the answer, and everything it moved. */
const useSaleWriteSuccess = () => {
  const queryClient = useQueryClient()
  return async (data: AdminCounterSaleResponse) => {
    queryClient.setQueryData(counterSaleQueryKeys.detail(data.counter_sale.id), data)
    await invalidate(queryClient, [
      counterSaleQueryKeys.detail(data.counter_sale.id),
      ...saleDependentKeys,
    ])
  }
}

/** Refunds some units of some lines; cash goes back from `shift_id`'s drawer. */
export const useRefundCounterSale = (
  saleId: string,
  options?: MutationOptions<
    AdminCounterSaleResponse,
    WithIdempotencyKey<AdminRefundCounterSaleRequest>
  >
) => {
  const refresh = useSaleWriteSuccess()
  return useMutation({
    ...options,
    mutationFn: (body) =>
      sdk.client.fetch<AdminCounterSaleResponse>(`/admin/counter-sales/${saleId}/refunds`, {
        method: "POST",
        headers: { "Idempotency-Key": body.idempotency_key },
        body,
      }),
    onSuccess: async (data, variables, context) => {
      await refresh(data)
      await options?.onSuccess?.(data, variables, context)
    },
  })
}

/** Voids a whole sale: every tender goes back and every session is restored. */
export const useVoidCounterSale = (
  saleId: string,
  options?: MutationOptions<
    AdminCounterSaleResponse,
    WithIdempotencyKey<AdminVoidCounterSaleRequest>
  >
) => {
  const refresh = useSaleWriteSuccess()
  return useMutation({
    ...options,
    mutationFn: (body) =>
      sdk.client.fetch<AdminCounterSaleResponse>(`/admin/counter-sales/${saleId}/void`, {
        method: "POST",
        headers: { "Idempotency-Key": body.idempotency_key },
        body,
      }),
    onSuccess: async (data, variables, context) => {
      await refresh(data)
      await options?.onSuccess?.(data, variables, context)
    },
  })
}
