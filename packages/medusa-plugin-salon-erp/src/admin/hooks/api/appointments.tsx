import type { StatusAction } from "../../lib/appointment-status"
import type { MutationOptions, QueryOptions } from "../../lib/hook-options"
import type {
  AppointmentListParams,
  AppointmentListResponse,
  AppointmentResponse,
  BookAppointmentPayload,
  ReschedulePayload,
} from "../../../types/booking/http"
import { postJson, setDetail, useAdminQuery, useInvalidatingMutation } from "./factories"
import { appointmentQueryKeys, availabilityQueryKeys, calendarQueryKeys } from "./query-keys"

export const useAppointments = (
  query?: AppointmentListParams,
  options?: QueryOptions<AppointmentListResponse>
) => useAdminQuery(appointmentQueryKeys.list(query), "/admin/appointments", query, options)

export const useAppointment = (id: string, options?: QueryOptions<AppointmentResponse>) =>
  useAdminQuery(appointmentQueryKeys.detail(id), `/admin/appointments/${id}`, undefined, options)

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
) =>
  useInvalidatingMutation(
    {
      mutationFn: ({ idempotency_key, ...payload }) =>
        postJson<AppointmentResponse>("/admin/appointments", payload, idempotency_key),
      invalidates: bookingKeys,
    },
    options
  )

/** A write on one appointment: its detail comes from the answer, then the booking views. */
const useAppointmentWrite = <TVariables,>(
  id: string,
  request: (variables: TVariables) => { path: string; body: Record<string, unknown> },
  options?: MutationOptions<AppointmentResponse, TVariables>
) =>
  useInvalidatingMutation(
    {
      mutationFn: (variables) => {
        const { path, body } = request(variables)
        return postJson<AppointmentResponse>(`/admin/appointments/${id}/${path}`, body)
      },
      update: setDetail(appointmentQueryKeys.detail(id)),
      invalidates: bookingKeys,
    },
    options
  )

/** Confirm, check in, start, complete or mark as a no-show. */
export const useAppointmentAction = (
  id: string,
  options?: MutationOptions<AppointmentResponse, StatusAction>
) => useAppointmentWrite(id, (action) => ({ path: action, body: {} }), options)

export const useCancelAppointment = (
  id: string,
  options?: MutationOptions<AppointmentResponse, { reason?: string | null }>
) => useAppointmentWrite(id, (payload) => ({ path: "cancel", body: payload }), options)

export const useRescheduleAppointment = (
  id: string,
  options?: MutationOptions<AppointmentResponse, ReschedulePayload>
) => useAppointmentWrite(id, (payload) => ({ path: "reschedule", body: payload }), options)
