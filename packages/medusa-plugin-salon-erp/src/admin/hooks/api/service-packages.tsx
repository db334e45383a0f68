import { useQuery } from "@tanstack/react-query"
import type { MutationOptions, QueryOptions } from "../../lib/hook-options"
import { sdk } from "../../lib/sdk"
import type {
  PackageTemplatePayload,
  CreatePackageTemplatePayload,
  Option,
  PackageResponse,
  Keyed,
} from "../../../types/service-packages/http"
import { deleteAt, postJson, useAdminQuery, useInvalidatingMutation } from "./factories"
import type {
  PackageTemplateResponse,
  RefundQuoteResponse,
  AppointmentPackageSessionsResponse,
  PackageLedgerEntryListResponse,
  PackageOperationListResponse,
  PackageTemplateListResponse,
  ServicePackageListResponse,
} from "../../../types/service-packages/http"
export type {
  PackageTemplateItem,
  PackageTemplate,
  PackageTemplatePayload,
  CreatePackageTemplatePayload,
  ServicePackageItem,
  ServicePackage,
  PackageLedgerEntry,
  PackageOperation,
  RefundQuote,
  AppointmentPackageSessions,
} from "../../../types/service-packages/http"

// ------------------------------------------------------------------ keys & helpers

export const packageQueryKeys = {
  all: ["service-packages"] as const,
  templates: (query?: object) => ["service-packages", "templates", query ?? {}] as const,
  template: (id: string) => ["service-packages", "templates", "detail", id] as const,
  list: (query?: object) => ["service-packages", "list", query ?? {}] as const,
  detail: (id: string) => ["service-packages", "detail", id] as const,
  entries: (id: string) => ["service-packages", "detail", id, "entries"] as const,
  operations: (id: string) => ["service-packages", "detail", id, "operations"] as const,
  refund: (id: string) => ["service-packages", "detail", id, "refund"] as const,
  appointment: (id: string) => ["service-packages", "appointment", id] as const,
  options: (name: string, query?: object) =>
    ["service-packages", "options", name, query ?? {}] as const,
}

/** A fresh idempotency key: one per user action, reused if that action is retried. */
export const newIdempotencyKey = () =>
  typeof crypto !== "undefined" && "randomUUID" in crypto
    ? crypto.randomUUID()
    : `${Date.now()}-${Math.random().toString(36).slice(2)}`

/** The API's message for a failed request (the SDK throws errors carrying it). */
export const errorMessage = (error: unknown) =>
  (error as { message?: string } | null)?.message ?? "Something went wrong"

/** A package write: sessions, reservations and appointment views move together, so all is refreshed. */
const usePackageMutation = <T, V>(
  mutationFn: (variables: V) => Promise<T>,
  options?: MutationOptions<T, V>
) => useInvalidatingMutation({ mutationFn, invalidates: [packageQueryKeys.all] }, options)

// ------------------------------------------------------------------ templates

export const usePackageTemplates = (
  query?: Record<string, unknown>,
  options?: QueryOptions<PackageTemplateListResponse>
) => useAdminQuery(packageQueryKeys.templates(query), "/admin/package-templates", query, options)

export const usePackageTemplate = (id: string, options?: QueryOptions<PackageTemplateResponse>) =>
  useAdminQuery(packageQueryKeys.template(id), `/admin/package-templates/${id}`, undefined, options)

export const useCreatePackageTemplate = (
  options?: MutationOptions<PackageTemplateResponse, CreatePackageTemplatePayload>
) =>
  usePackageMutation(
    (body) => postJson<PackageTemplateResponse>("/admin/package-templates", body),
    options
  )

export const useUpdatePackageTemplate = (
  id: string,
  options?: MutationOptions<PackageTemplateResponse, PackageTemplatePayload>
) =>
  usePackageMutation(
    (body) => postJson<PackageTemplateResponse>(`/admin/package-templates/${id}`, body),
    options
  )

export const useDeletePackageTemplate = (id: string, options?: MutationOptions<unknown, void>) =>
  usePackageMutation(() => deleteAt(`/admin/package-templates/${id}`), options)

// ------------------------------------------------------------------ packages

export const useServicePackages = (
  query?: Record<string, unknown>,
  options?: QueryOptions<ServicePackageListResponse>
) => useAdminQuery(packageQueryKeys.list(query), "/admin/service-packages", query, options)

export const usePackageEntries = (
  id: string,
  options?: QueryOptions<PackageLedgerEntryListResponse>
) =>
  useAdminQuery(
    packageQueryKeys.entries(id),
    `/admin/service-packages/${id}/entries`,
    { limit: 200, order: "-created_at" },
    options
  )

export const usePackageOperations = (
  id: string,
  options?: QueryOptions<PackageOperationListResponse>
) =>
  useAdminQuery(
    packageQueryKeys.operations(id),
    `/admin/service-packages/${id}/operations`,
    { limit: 100 },
    options
  )

export const useRefundQuote = (id: string, options?: QueryOptions<RefundQuoteResponse>) =>
  useAdminQuery(
    packageQueryKeys.refund(id),
    `/admin/service-packages/${id}/refund`,
    undefined,
    options
  )

export const useSellServicePackage = (
  options?: MutationOptions<
    PackageResponse,
    Keyed<{
      customer_id: string
      template_id: string
      branch_id: string
      sold_by_staff_member_id: string
      payment_method: string
      amount_paid?: number
    }>
  >
) =>
  usePackageMutation(
    ({ idempotency_key, ...body }) =>
      postJson<PackageResponse>("/admin/service-packages", body, idempotency_key),
    options
  )

/** Posts one of the package's value-moving actions with its idempotency key. */
const usePackageAction = <V extends { idempotency_key: string }>(
  id: string,
  path: string,
  options?: MutationOptions<PackageResponse, V>
) =>
  usePackageMutation(
    ({ idempotency_key, ...body }: V) =>
      postJson<PackageResponse>(`/admin/service-packages/${id}/${path}`, body, idempotency_key),
    options
  )

export const useRedeemSessions = (
  id: string,
  options?: MutationOptions<
    PackageResponse,
    Keyed<{
      salon_service_id: string
      branch_id: string
      staff_member_id: string
      quantity?: number
      reason?: string | null
    }>
  >
) => usePackageAction(id, "redeem", options)

export const useRefundPackage = (
  id: string,
  options?: MutationOptions<
    PackageResponse,
    Keyed<{ refund_method: string; reason?: string | null }>
  >
) => usePackageAction(id, "refund", options)

export const useFreezePackage = (
  id: string,
  options?: MutationOptions<PackageResponse, Keyed<{ reason: string }>>
) => usePackageAction(id, "freeze", options)

export const useUnfreezePackage = (
  id: string,
  options?: MutationOptions<PackageResponse, Keyed<{ reason: string }>>
) => usePackageAction(id, "unfreeze", options)

export const useExtendPackage = (
  id: string,
  options?: MutationOptions<PackageResponse, Keyed<{ expires_at: string; reason: string }>>
) => usePackageAction(id, "extend", options)

export const useTransferSessions = (
  id: string,
  options?: MutationOptions<PackageResponse, Keyed<{ to_customer_id: string; reason: string }>>
) => usePackageAction(id, "transfer", options)

export const useAdjustSessions = (
  id: string,
  options?: MutationOptions<
    PackageResponse,
    Keyed<{ package_item_id: string; quantity: number; reason: string }>
  >
) => usePackageAction(id, "adjust", options)

export const useReverseEntry = (
  id: string,
  options?: MutationOptions<PackageResponse, Keyed<{ entry_id: string; reason: string }>>
) =>
  usePackageMutation(
    ({ idempotency_key, entry_id, reason }) =>
      postJson<PackageResponse>(
        `/admin/service-packages/${id}/entries/${entry_id}/reverse`,
        { reason },
        idempotency_key
      ),
    options
  )

// ------------------------------------------------------------------ appointments

/**
 * The package sessions of an appointment: per service, the reserved session and the customer's
 * other eligible packages. For the calendar's appointment drawer.
 */
export const useAppointmentPackageSessions = (
  appointmentId: string,
  options?: QueryOptions<AppointmentPackageSessionsResponse>
) =>
  useAdminQuery(
    packageQueryKeys.appointment(appointmentId),
    `/admin/appointments/${appointmentId}/package-reservations`,
    undefined,
    options
  )

/** Chooses the package for one service of an appointment, or none (`package_id: null`). */
export const useSetAppointmentPackage = (
  appointmentId: string,
  options?: MutationOptions<
    AppointmentPackageSessionsResponse,
    { appointment_item_id: string; package_id: string | null }
  >
) =>
  usePackageMutation(
    (body) =>
      postJson<AppointmentPackageSessionsResponse>(
        `/admin/appointments/${appointmentId}/package-reservations`,
        body
      ),
    options
  )

// ------------------------------------------------------------------ choices for forms

const useOptions = (path: string, key: string, query: Record<string, unknown> = {}) =>
  useQuery({
    queryKey: packageQueryKeys.options(path, query),
    queryFn: async () => {
      const data = await sdk.client.fetch<Record<string, Option[]>>(path, {
        query: { limit: 200, fields: "id,name", ...query },
      })
      return data[key] ?? []
    },
    staleTime: 60_000,
  })

export const useSalonServiceOptions = () =>
  useOptions("/admin/salon-services", "salon_services", { is_active: true })
export const useBranchOptions = () => useOptions("/admin/branches", "branches", { is_active: true })
export const useStaffOptions = (branchId?: string) =>
  useOptions("/admin/staff-members", "staff_members", {
    is_active: true,
    ...(branchId ? { branch_id: branchId } : {}),
  })

/** Customers matching a search (email or name), for transfers. */
export const useCustomerSearch = (q: string) =>
  useQuery({
    queryKey: packageQueryKeys.options("customers", { q }),
    queryFn: () =>
      sdk.admin.customer.list({ q, limit: 10, fields: "id,email,first_name,last_name" }),
    enabled: q.trim().length >= 2,
  })
