import type { MutationOptions, QueryOptions } from "../../lib/hook-options"
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
import { removeDetail, useAdminQuery, useDeleteMutation, usePostMutation } from "./factories"
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
) => useAdminQuery(staffMemberQueryKeys.list(query), "/admin/staff-members", query, options)

export const useStaffMember = (id: string, options?: QueryOptions<StaffMemberResponse>) =>
  useAdminQuery(staffMemberQueryKeys.detail(id), `/admin/staff-members/${id}`, undefined, options)

/** Weekly shifts at every branch and dated exceptions (optionally between two local dates). */
export const useStaffSchedule = (
  id: string,
  query?: StaffScheduleParams,
  options?: QueryOptions<StaffScheduleResponse>
) => useAdminQuery(scheduleKey(id, query), `/admin/staff-members/${id}/schedule`, query, options)

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
) => usePostMutation("/admin/staff-members", { invalidates: staffDependentKeys }, options)

export const useUpdateStaffMember = (
  id: string,
  options?: MutationOptions<StaffMemberResponse, StaffMemberPayload>
) => usePostMutation(`/admin/staff-members/${id}`, { invalidates: staffDependentKeys }, options)

export const useDeleteStaffMember = (id: string, options?: MutationOptions<DeleteResponse, void>) =>
  useDeleteMutation(
    `/admin/staff-members/${id}`,
    { update: removeDetail(staffMemberQueryKeys.detail(id)), invalidates: staffDependentKeys },
    options
  )

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
) =>
  usePostMutation(
    `/admin/staff-members/${id}/schedule`,
    { invalidates: scheduleDependentKeys(id) },
    options
  )

export const useCreateScheduleException = (
  id: string,
  options?: MutationOptions<ScheduleExceptionResponse, ScheduleExceptionPayload>
) =>
  usePostMutation(
    `/admin/staff-members/${id}/schedule-exceptions`,
    { invalidates: scheduleDependentKeys(id) },
    options
  )

export const useDeleteScheduleException = (
  id: string,
  options?: MutationOptions<DeleteResponse, string>
) =>
  useDeleteMutation(
    (exceptionId) => `/admin/staff-members/${id}/schedule-exceptions/${exceptionId}`,
    { invalidates: scheduleDependentKeys(id) },
    options
  )
