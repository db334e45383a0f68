import type { MutationOptions, QueryOptions } from "../../lib/hook-options"
import type {
  DeleteResponse,
  RoomListParams,
  RoomListResponse,
  RoomPayload,
  RoomResponse,
} from "../../../types/booking/http"
import {
  postJson,
  useAdminQuery,
  useDeleteMutation,
  useInvalidatingMutation,
  usePostMutation,
} from "./factories"
import { availabilityQueryKeys, calendarQueryKeys, roomQueryKeys } from "./query-keys"

export const useRooms = (query?: RoomListParams, options?: QueryOptions<RoomListResponse>) =>
  useAdminQuery(roomQueryKeys.list(query), "/admin/rooms", query, options)

/** Rooms decide which slots are free and appear in the day view. */
const roomDependentKeys = [
  roomQueryKeys.all,
  calendarQueryKeys.all,
  availabilityQueryKeys.all,
] as const

export const useCreateRoom = (options?: MutationOptions<RoomResponse, RoomPayload>) =>
  usePostMutation("/admin/rooms", { invalidates: roomDependentKeys }, options)

export const useUpdateRoom = (
  options?: MutationOptions<RoomResponse, RoomPayload & { id: string }>
) =>
  useInvalidatingMutation(
    {
      mutationFn: ({ id, ...payload }) => postJson<RoomResponse>(`/admin/rooms/${id}`, payload),
      invalidates: roomDependentKeys,
    },
    options
  )

export const useDeleteRoom = (options?: MutationOptions<DeleteResponse, string>) =>
  useDeleteMutation((id) => `/admin/rooms/${id}`, { invalidates: roomDependentKeys }, options)
