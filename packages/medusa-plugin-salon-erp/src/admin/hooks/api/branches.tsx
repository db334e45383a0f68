import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { invalidate, type MutationOptions, type QueryOptions } from "../../lib/hook-options"
import { sdk } from "../../lib/sdk"
import type {
  BranchClosurePayload,
  BranchListParams,
  BranchListResponse,
  BranchPayload,
  BranchResponse,
  CalendarResponse,
  DeleteResponse,
} from "../../../types/booking/http"
import { availabilityQueryKeys, branchQueryKeys, calendarQueryKeys } from "./query-keys"

export const useBranches = (query?: BranchListParams, options?: QueryOptions<BranchListResponse>) =>
  useQuery({
    queryKey: branchQueryKeys.list(query),
    queryFn: () => sdk.client.fetch<BranchListResponse>("/admin/branches", { query }),
    ...options,
  })

export const useBranch = (id: string, options?: QueryOptions<BranchResponse>) =>
  useQuery({
    queryKey: branchQueryKeys.detail(id),
    queryFn: () => sdk.client.fetch<BranchResponse>(`/admin/branches/${id}`),
    ...options,
  })

/** A day at a branch: staff columns, working hours, rooms and appointments. */
export const useBranchCalendar = (
  branchId: string,
  date: string,
  options?: QueryOptions<CalendarResponse>
) =>
  useQuery({
    queryKey: calendarQueryKeys.detail(branchId, { date }),
    queryFn: () =>
      sdk.client.fetch<CalendarResponse>(`/admin/branches/${branchId}/calendar`, {
        query: { date },
      }),
    ...options,
  })

export const useCreateBranch = (options?: MutationOptions<BranchResponse, BranchPayload>) => {
  const queryClient = useQueryClient()
  return useMutation({
    ...options,
    mutationFn: (payload) =>
      sdk.client.fetch<BranchResponse>("/admin/branches", { method: "POST", body: payload }),
    onSuccess: async (data, variables, context) => {
      await invalidate(queryClient, [branchQueryKeys.lists()])
      await options?.onSuccess?.(data, variables, context)
    },
  })
}

export const useUpdateBranch = (
  id: string,
  options?: MutationOptions<BranchResponse, BranchPayload>
) => {
  const queryClient = useQueryClient()
  return useMutation({
    ...options,
    mutationFn: (payload) =>
      sdk.client.fetch<BranchResponse>(`/admin/branches/${id}`, { method: "POST", body: payload }),
    onSuccess: async (data, variables, context) => {
      // Opening hours and time zone shape the calendar and every free slot.
      await invalidate(queryClient, [
        branchQueryKeys.all,
        calendarQueryKeys.detail(id),
        availabilityQueryKeys.all,
      ])
      await options?.onSuccess?.(data, variables, context)
    },
  })
}

export const useDeleteBranch = (id: string, options?: MutationOptions<DeleteResponse, void>) => {
  const queryClient = useQueryClient()
  return useMutation({
    ...options,
    mutationFn: () =>
      sdk.client.fetch<DeleteResponse>(`/admin/branches/${id}`, { method: "DELETE" }),
    onSuccess: async (data, variables, context) => {
      queryClient.removeQueries({ queryKey: branchQueryKeys.detail(id) })
      await invalidate(queryClient, [
        branchQueryKeys.lists(),
        calendarQueryKeys.detail(id),
        availabilityQueryKeys.all,
      ])
      await options?.onSuccess?.(data, variables, context)
    },
  })
}

export const useCreateBranchClosure = (
  branchId: string,
  options?: MutationOptions<BranchResponse, BranchClosurePayload>
) => {
  const queryClient = useQueryClient()
  return useMutation({
    ...options,
    mutationFn: (payload) =>
      sdk.client.fetch<BranchResponse>(`/admin/branches/${branchId}/closures`, {
        method: "POST",
        body: payload,
      }),
    onSuccess: async (data, variables, context) => {
      await invalidate(queryClient, [
        branchQueryKeys.detail(branchId),
        calendarQueryKeys.detail(branchId),
        availabilityQueryKeys.all,
      ])
      await options?.onSuccess?.(data, variables, context)
    },
  })
}

export const useDeleteBranchClosure = (
  branchId: string,
  options?: MutationOptions<DeleteResponse, string>
) => {
  const queryClient = useQueryClient()
  return useMutation({
    ...options,
    mutationFn: (closureId) =>
      sdk.client.fetch<DeleteResponse>(`/admin/branches/${branchId}/closures/${closureId}`, {
        method: "DELETE",
      }),
    onSuccess: async (data, variables, context) => {
      await invalidate(queryClient, [
        branchQueryKeys.detail(branchId),
        calendarQueryKeys.detail(branchId),
        availabilityQueryKeys.all,
      ])
      await options?.onSuccess?.(data, variables, context)
    },
  })
}
