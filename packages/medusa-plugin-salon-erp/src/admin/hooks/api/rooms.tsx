import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { invalidate, type MutationOptions, type QueryOptions } from "../../lib/hook-options"
import { sdk } from "../../lib/sdk"
import type {
  DeleteResponse,
  RoomListParams,
  RoomListResponse,
  RoomPayload,
  RoomResponse,
} from "../../../types/booking/http"
import { availabilityQueryKeys, calendarQueryKeys, roomQueryKeys } from "./query-keys"

export const useRooms = (query?: RoomListParams, options?: QueryOptions<RoomListResponse>) =>
  useQuery({
    queryKey: roomQueryKeys.list(query),
    queryFn: () => sdk.client.fetch<RoomListResponse>("/admin/rooms", { query }),
    ...options,
  })

/** Rooms decide which slots are free and appear in the day view. */
const roomDependentKeys = [
  roomQueryKeys.all,
  calendarQueryKeys.all,
  availabilityQueryKeys.all,
] as const

export const useCreateRoom = (options?: MutationOptions<RoomResponse, RoomPayload>) => {
  const queryClient = useQueryClient()
  return useMutation({
    ...options,
    mutationFn: (payload) =>
      sdk.client.fetch<RoomResponse>("/admin/rooms", { method: "POST", body: payload }),
    onSuccess: async (data, variables, context) => {
      await invalidate(queryClient, roomDependentKeys)
      await options?.onSuccess?.(data, variables, context)
    },
  })
}

export const useUpdateRoom = (
  options?: MutationOptions<RoomResponse, RoomPayload & { id: string }>
) => {
  const queryClient = useQueryClient()
  return useMutation({
    ...options,
    mutationFn: ({ id, ...payload }) =>
      sdk.client.fetch<RoomResponse>(`/admin/rooms/${id}`, { method: "POST", body: payload }),
    onSuccess: async (data, variables, context) => {
      await invalidate(queryClient, roomDependentKeys)
      await options?.onSuccess?.(data, variables, context)
    },
  })
}

export const useDeleteRoom = (options?: MutationOptions<DeleteResponse, string>) => {
  const queryClient = useQueryClient()
  return useMutation({
    ...options,
    mutationFn: (id) =>
      sdk.client.fetch<DeleteResponse>(`/admin/rooms/${id}`, { method: "DELETE" }),
    onSuccess: async (data, variables, context) => {
      await invalidate(queryClient, roomDependentKeys)
      await options?.onSuccess?.(data, variables, context)
    },
  })
}
