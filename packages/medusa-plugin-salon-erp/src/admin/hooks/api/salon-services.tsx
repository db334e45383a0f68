import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { invalidate, type MutationOptions, type QueryOptions } from "../../lib/hook-options"
import { sdk } from "../../lib/sdk"
import type {
  CreateSalonServicePayload,
  DeleteResponse,
  SalonServiceListParams,
  SalonServiceListResponse,
  SalonServicePayload,
  SalonServiceResponse,
} from "../../../types/booking/http"
import { availabilityQueryKeys, salonServiceQueryKeys, staffMemberQueryKeys } from "./query-keys"

export const useSalonServices = (
  query?: SalonServiceListParams,
  options?: QueryOptions<SalonServiceListResponse>
) =>
  useQuery({
    queryKey: salonServiceQueryKeys.list(query),
    queryFn: () => sdk.client.fetch<SalonServiceListResponse>("/admin/salon-services", { query }),
    ...options,
  })

export const useSalonService = (id: string, options?: QueryOptions<SalonServiceResponse>) =>
  useQuery({
    queryKey: salonServiceQueryKeys.detail(id),
    queryFn: () => sdk.client.fetch<SalonServiceResponse>(`/admin/salon-services/${id}`),
    ...options,
  })

/** Qualified staff is one set seen from both sides; durations change the free slots. */
const serviceDependentKeys = [
  salonServiceQueryKeys.all,
  staffMemberQueryKeys.all,
  availabilityQueryKeys.all,
] as const

export const useCreateSalonService = (
  options?: MutationOptions<SalonServiceResponse, CreateSalonServicePayload>
) => {
  const queryClient = useQueryClient()
  return useMutation({
    ...options,
    mutationFn: (payload) =>
      sdk.client.fetch<SalonServiceResponse>("/admin/salon-services", {
        method: "POST",
        body: payload,
      }),
    onSuccess: async (data, variables, context) => {
      await invalidate(queryClient, serviceDependentKeys)
      await options?.onSuccess?.(data, variables, context)
    },
  })
}

export const useUpdateSalonService = (
  id: string,
  options?: MutationOptions<SalonServiceResponse, SalonServicePayload>
) => {
  const queryClient = useQueryClient()
  return useMutation({
    ...options,
    mutationFn: (payload) =>
      sdk.client.fetch<SalonServiceResponse>(`/admin/salon-services/${id}`, {
        method: "POST",
        body: payload,
      }),
    onSuccess: async (data, variables, context) => {
      await invalidate(queryClient, serviceDependentKeys)
      await options?.onSuccess?.(data, variables, context)
    },
  })
}

export const useDeleteSalonService = (
  id: string,
  options?: MutationOptions<DeleteResponse, void>
) => {
  const queryClient = useQueryClient()
  return useMutation({
    ...options,
    mutationFn: () =>
      sdk.client.fetch<DeleteResponse>(`/admin/salon-services/${id}`, { method: "DELETE" }),
    onSuccess: async (data, variables, context) => {
      queryClient.removeQueries({ queryKey: salonServiceQueryKeys.detail(id) })
      await invalidate(queryClient, serviceDependentKeys)
      await options?.onSuccess?.(data, variables, context)
    },
  })
}
