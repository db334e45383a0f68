import type { MutationOptions, QueryOptions } from "../../lib/hook-options"
import type {
  BranchClosurePayload,
  BranchListParams,
  BranchListResponse,
  BranchPayload,
  BranchResponse,
  CalendarResponse,
  DeleteResponse,
} from "../../../types/booking/http"
import { removeDetail, useAdminQuery, useDeleteMutation, usePostMutation } from "./factories"
import { availabilityQueryKeys, branchQueryKeys, calendarQueryKeys } from "./query-keys"

export const useBranches = (query?: BranchListParams, options?: QueryOptions<BranchListResponse>) =>
  useAdminQuery(branchQueryKeys.list(query), "/admin/branches", query, options)

export const useBranch = (id: string, options?: QueryOptions<BranchResponse>) =>
  useAdminQuery(branchQueryKeys.detail(id), `/admin/branches/${id}`, undefined, options)

/** A day at a branch: staff columns, working hours, rooms and appointments. */
export const useBranchCalendar = (
  branchId: string,
  date: string,
  options?: QueryOptions<CalendarResponse>
) =>
  useAdminQuery(
    calendarQueryKeys.detail(branchId, { date }),
    `/admin/branches/${branchId}/calendar`,
    { date },
    options
  )

export const useCreateBranch = (options?: MutationOptions<BranchResponse, BranchPayload>) =>
  usePostMutation("/admin/branches", { invalidates: [branchQueryKeys.lists()] }, options)

export const useUpdateBranch = (
  id: string,
  options?: MutationOptions<BranchResponse, BranchPayload>
) =>
  usePostMutation(
    `/admin/branches/${id}`,
    // Opening hours and time zone shape the calendar and every free slot.
    { invalidates: [branchQueryKeys.all, calendarQueryKeys.detail(id), availabilityQueryKeys.all] },
    options
  )

export const useDeleteBranch = (id: string, options?: MutationOptions<DeleteResponse, void>) =>
  useDeleteMutation(
    `/admin/branches/${id}`,
    {
      update: removeDetail(branchQueryKeys.detail(id)),
      invalidates: [
        branchQueryKeys.lists(),
        calendarQueryKeys.detail(id),
        availabilityQueryKeys.all,
      ],
    },
    options
  )

/** A closure changes the branch's detail, its day views and the free slots. */
const closureDependentKeys = (branchId: string) => [
  branchQueryKeys.detail(branchId),
  calendarQueryKeys.detail(branchId),
  availabilityQueryKeys.all,
]

export const useCreateBranchClosure = (
  branchId: string,
  options?: MutationOptions<BranchResponse, BranchClosurePayload>
) =>
  usePostMutation(
    `/admin/branches/${branchId}/closures`,
    { invalidates: closureDependentKeys(branchId) },
    options
  )

export const useDeleteBranchClosure = (
  branchId: string,
  options?: MutationOptions<DeleteResponse, string>
) =>
  useDeleteMutation(
    (closureId) => `/admin/branches/${branchId}/closures/${closureId}`,
    { invalidates: closureDependentKeys(branchId) },
    options
  )
