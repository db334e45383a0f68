import type { MutationOptions, QueryOptions } from "../../lib/hook-options"
import type {
  CreateSalonServicePayload,
  DeleteResponse,
  SalonServiceListParams,
  SalonServiceListResponse,
  SalonServicePayload,
  SalonServiceResponse,
} from "../../../types/booking/http"
import { removeDetail, useAdminQuery, useDeleteMutation, usePostMutation } from "./factories"
import { availabilityQueryKeys, salonServiceQueryKeys, staffMemberQueryKeys } from "./query-keys"

export const useSalonServices = (
  query?: SalonServiceListParams,
  options?: QueryOptions<SalonServiceListResponse>
) => useAdminQuery(salonServiceQueryKeys.list(query), "/admin/salon-services", query, options)

export const useSalonService = (id: string, options?: QueryOptions<SalonServiceResponse>) =>
  useAdminQuery(salonServiceQueryKeys.detail(id), `/admin/salon-services/${id}`, undefined, options)

/** Qualified staff is one set seen from both sides; durations change the free slots. */
const serviceDependentKeys = [
  salonServiceQueryKeys.all,
  staffMemberQueryKeys.all,
  availabilityQueryKeys.all,
] as const

export const useCreateSalonService = (
  options?: MutationOptions<SalonServiceResponse, CreateSalonServicePayload>
) => usePostMutation("/admin/salon-services", { invalidates: serviceDependentKeys }, options)

export const useUpdateSalonService = (
  id: string,
  options?: MutationOptions<SalonServiceResponse, SalonServicePayload>
) => usePostMutation(`/admin/salon-services/${id}`, { invalidates: serviceDependentKeys }, options)

export const useDeleteSalonService = (
  id: string,
  options?: MutationOptions<DeleteResponse, void>
) =>
  useDeleteMutation(
    `/admin/salon-services/${id}`,
    { update: removeDetail(salonServiceQueryKeys.detail(id)), invalidates: serviceDependentKeys },
    options
  )
