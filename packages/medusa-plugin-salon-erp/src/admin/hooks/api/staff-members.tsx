import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { invalidate, type MutationOptions, type QueryOptions } from "../../lib/hook-options"
import { sdk } from "../../lib/sdk"
import type {
  DeleteResponse,
  ScheduleExceptionPayload,
  ScheduleExceptionResponse,
  StaffMemberListParams,
  StaffMemberListResponse,
  StaffMemberPayload,
  StaffMemberResponse,
  StaffScheduleParams,
  StaffSchedulePayload,
  StaffScheduleResponse,
} from "../../../types/booking/http"
import {
  availabilityQueryKeys,
  calendarQueryKeys,
  salonServiceQueryKeys,
  staffMemberQueryKeys,
} from "./query-keys"

const scheduleKey = (id: string, query?: StaffScheduleParams) =>
  [...staffMemberQueryKeys.detail(id), "schedule", query ?? {}] as const

export const useStaffMembers = (
  query?: StaffMemberListParams,
  options?: QueryOptions<StaffMemberListResponse>
) =>
  useQuery({
    queryKey: staffMemberQueryKeys.list(query),
    queryFn: () => sdk.client.fetch<StaffMemberListResponse>("/admin/staff-members", { query }),
    ...options,
  })

export const useStaffMember = (id: string, options?: QueryOptions<StaffMemberResponse>) =>
  useQuery({
    queryKey: staffMemberQueryKeys.detail(id),
    queryFn: () => sdk.client.fetch<StaffMemberResponse>(`/admin/staff-members/${id}`),
    ...options,
  })

/** Weekly shifts at every branch and dated exceptions (optionally between two local dates). */
export const useStaffSchedule = (
  id: string,
  query?: StaffScheduleParams,
  options?: QueryOptions<StaffScheduleResponse>
) =>
  useQuery({
    queryKey: scheduleKey(id, query),
    queryFn: () =>
      sdk.client.fetch<StaffScheduleResponse>(`/admin/staff-members/${id}/schedule`, { query }),
    ...options,
  })

/**
 * A staff member's branches, services and hours shape the day view, the free slots and each
 * service's qualified staff, so every change refreshes all of them.
 */
const staffDependentKeys = [
  staffMemberQueryKeys.all,
  salonServiceQueryKeys.all,
  calendarQueryKeys.all,
  availabilityQueryKeys.all,
] as const

export const useCreateStaffMember = (
  options?: MutationOptions<StaffMemberResponse, StaffMemberPayload>
) => {
  const queryClient = useQueryClient()
  return useMutation({
    ...options,
    mutationFn: (payload) =>
      sdk.client.fetch<StaffMemberResponse>("/admin/staff-members", {
        method: "POST",
        body: payload,
      }),
    onSuccess: async (data, variables, context) => {
      await invalidate(queryClient, staffDependentKeys)
      await options?.onSuccess?.(data, variables, context)
    },
  })
}

export const useUpdateStaffMember = (
  id: string,
  options?: MutationOptions<StaffMemberResponse, StaffMemberPayload>
) => {
  const queryClient = useQueryClient()
  return useMutation({
    ...options,
    mutationFn: (payload) =>
      sdk.client.fetch<StaffMemberResponse>(`/admin/staff-members/${id}`, {
        method: "POST",
        body: payload,
      }),
    onSuccess: async (data, variables, context) => {
      await invalidate(queryClient, staffDependentKeys)
      await options?.onSuccess?.(data, variables, context)
    },
  })
}

export const useDeleteStaffMember = (
  id: string,
  options?: MutationOptions<DeleteResponse, void>
) => {
  const queryClient = useQueryClient()
  return useMutation({
    ...options,
    mutationFn: () =>
      sdk.client.fetch<DeleteResponse>(`/admin/staff-members/${id}`, { method: "DELETE" }),
    onSuccess: async (data, variables, context) => {
      queryClient.removeQueries({ queryKey: staffMemberQueryKeys.detail(id) })
      await invalidate(queryClient, staffDependentKeys)
      await options?.onSuccess?.(data, variables, context)
    },
  })
}

/** Working hours change the calendar shading and every free slot. */
const scheduleDependentKeys = (id: string) =>
  [
    [...staffMemberQueryKeys.detail(id), "schedule"],
    calendarQueryKeys.all,
    availabilityQueryKeys.all,
  ] as const

export const useSetStaffSchedule = (
  id: string,
  options?: MutationOptions<StaffScheduleResponse, StaffSchedulePayload>
) => {
  const queryClient = useQueryClient()
  return useMutation({
    ...options,
    mutationFn: (payload) =>
      sdk.client.fetch<StaffScheduleResponse>(`/admin/staff-members/${id}/schedule`, {
        method: "POST",
        body: payload,
      }),
    onSuccess: async (data, variables, context) => {
      await invalidate(queryClient, scheduleDependentKeys(id))
      await options?.onSuccess?.(data, variables, context)
    },
  })
}

export const useCreateScheduleException = (
  id: string,
  options?: MutationOptions<ScheduleExceptionResponse, ScheduleExceptionPayload>
) => {
  const queryClient = useQueryClient()
  return useMutation({
    ...options,
    mutationFn: (payload) =>
      sdk.client.fetch<ScheduleExceptionResponse>(
        `/admin/staff-members/${id}/schedule-exceptions`,
        { method: "POST", body: payload }
      ),
    onSuccess: async (data, variables, context) => {
      await invalidate(queryClient, scheduleDependentKeys(id))
      await options?.onSuccess?.(data, variables, context)
    },
  })
}

export const useDeleteScheduleException = (
  id: string,
  options?: MutationOptions<DeleteResponse, string>
) => {
  const queryClient = useQueryClient()
  return useMutation({
    ...options,
    mutationFn: (exceptionId) =>
      sdk.client.fetch<DeleteResponse>(
        `/admin/staff-members/${id}/schedule-exceptions/${exceptionId}`,
        { method: "DELETE" }
      ),
    onSuccess: async (data, variables, context) => {
      await invalidate(queryClient, scheduleDependentKeys(id))
      await options?.onSuccess?.(data, variables, context)
    },
  })
}
