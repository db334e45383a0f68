import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import type { StatusAction } from "../../lib/appointment-status"
import { invalidate, type MutationOptions, type QueryOptions } from "../../lib/hook-options"
import { sdk } from "../../lib/sdk"
import type {
  AppointmentListParams,
  AppointmentListResponse,
  AppointmentResponse,
  BookAppointmentPayload,
  ReschedulePayload,
} from "../../../types/booking/http"
import { appointmentQueryKeys, availabilityQueryKeys, calendarQueryKeys } from "./query-keys"

export const useAppointments = (
  query?: AppointmentListParams,
  options?: QueryOptions<AppointmentListResponse>
) =>
  useQuery({
    queryKey: appointmentQueryKeys.list(query),
    queryFn: () => sdk.client.fetch<AppointmentListResponse>("/admin/appointments", { query }),
    ...options,
  })

export const useAppointment = (id: string, options?: QueryOptions<AppointmentResponse>) =>
  useQuery({
    queryKey: appointmentQueryKeys.detail(id),
    queryFn: () => sdk.client.fetch<AppointmentResponse>(`/admin/appointments/${id}`),
    ...options,
  })

/** Any booking change moves blocks in the day view and frees or takes slots. */
const bookingKeys = [
  appointmentQueryKeys.all,
  calendarQueryKeys.all,
  availabilityQueryKeys.all,
] as const

export type BookAppointmentVariables = BookAppointmentPayload & {
  /** Sent as the `Idempotency-Key` header: a repeated request returns the first booking. */
  idempotency_key: string
}

export const useBookAppointment = (
  options?: MutationOptions<AppointmentResponse, BookAppointmentVariables>
) => {
  const queryClient = useQueryClient()
  return useMutation({
    ...options,
    mutationFn: ({ idempotency_key, ...payload }) =>
      sdk.client.fetch<AppointmentResponse>("/admin/appointments", {
        method: "POST",
        body: payload,
        headers: { "Idempotency-Key": idempotency_key },
      }),
    onSuccess: async (data, variables, context) => {
      await invalidate(queryClient, bookingKeys)
      await options?.onSuccess?.(data, variables, context)
    },
  })
}

/** Confirm, check in, start, complete or mark as a no-show. */
export const useAppointmentAction = (
  id: string,
  options?: MutationOptions<AppointmentResponse, StatusAction>
) => {
  const queryClient = useQueryClient()
  return useMutation({
    ...options,
    mutationFn: (action) =>
      sdk.client.fetch<AppointmentResponse>(`/admin/appointments/${id}/${action}`, {
        method: "POST",
        body: {},
      }),
    onSuccess: async (data, variables, context) => {
      queryClient.setQueryData(appointmentQueryKeys.detail(id), data)
      await invalidate(queryClient, bookingKeys)
      await options?.onSuccess?.(data, variables, context)
    },
  })
}

export const useCancelAppointment = (
  id: string,
  options?: MutationOptions<AppointmentResponse, { reason?: string | null }>
) => {
  const queryClient = useQueryClient()
  return useMutation({
    ...options,
    mutationFn: (payload) =>
      sdk.client.fetch<AppointmentResponse>(`/admin/appointments/${id}/cancel`, {
        method: "POST",
        body: payload,
      }),
    onSuccess: async (data, variables, context) => {
      queryClient.setQueryData(appointmentQueryKeys.detail(id), data)
      await invalidate(queryClient, bookingKeys)
      await options?.onSuccess?.(data, variables, context)
    },
  })
}

export const useRescheduleAppointment = (
  id: string,
  options?: MutationOptions<AppointmentResponse, ReschedulePayload>
) => {
  const queryClient = useQueryClient()
  return useMutation({
    ...options,
    mutationFn: (payload) =>
      sdk.client.fetch<AppointmentResponse>(`/admin/appointments/${id}/reschedule`, {
        method: "POST",
        body: payload,
      }),
    onSuccess: async (data, variables, context) => {
      queryClient.setQueryData(appointmentQueryKeys.detail(id), data)
      await invalidate(queryClient, bookingKeys)
      await options?.onSuccess?.(data, variables, context)
    },
  })
}
