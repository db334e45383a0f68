import type { FetchError } from "@medusajs/js-sdk"
import {
  type QueryKey,
  type UseMutationOptions,
  type UseQueryOptions,
  useMutation,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query"
import { queryKeysFactory } from "../../lib/query-key-factory"
import { sdk } from "../../lib/sdk"
import type {
  ComplaintCategory,
  ComplaintListParams,
  AnalyticsParams,
  Lookups,
  AttachmentUpload,
  CreateComplaintPayload,
  ComplaintChange,
  CategoryChange,
  ComplaintListResponse,
  ComplaintResponse,
  ComplaintCategoryListResponse,
  ComplaintAnalyticsResponse,
  SatisfactionAnalyticsResponse,
  SurveyListResponse,
  FollowUpVisitListResponse,
  FollowUpVisitResponse,
  FeedbackSettingsResponse,
} from "../../../types/feedback/http"
export type {
  ComplaintStatus,
  ComplaintSeverity,
  ComplaintChannel,
  SlaState,
  RemedyKind,
  ComplaintCategory,
  ComplaintEvent,
  ComplaintAttachment,
  ComplaintRemedy,
  Complaint,
  ComplaintListParams,
  ComplaintAnalyticsRow,
  SatisfactionAnalyticsRow,
  Labelled,
  AnalyticsParams,
  Survey,
  FollowUpVisit,
  FeedbackSettings,
  Lookups,
  AttachmentUpload,
  CreateComplaintPayload,
  ComplaintChange,
  CategoryChange,
} from "../../../types/feedback/http"

// ------------------------------------------------------------------ keys

export const complaintQueryKeys = queryKeysFactory<"complaint", ComplaintListParams>("complaint")
export const complaintCategoryQueryKeys = queryKeysFactory("complaint_category")
export const feedbackAnalyticsQueryKeys = queryKeysFactory<"feedback_analytics", AnalyticsParams>(
  "feedback_analytics"
)
export const surveyQueryKeys = queryKeysFactory("satisfaction_survey")
export const followUpVisitQueryKeys = queryKeysFactory("follow_up_visit")
const lookupKeys = ["feedback_lookups"] as const
const settingsKeys = ["feedback_settings"] as const

type QueryOptions<T> = Omit<UseQueryOptions<T, FetchError, T, QueryKey>, "queryKey" | "queryFn">
type MutationOptions<TData, TVariables> = Omit<
  UseMutationOptions<TData, FetchError, TVariables>,
  "mutationFn"
>

// ------------------------------------------------------------------ complaints

export const useComplaints = (
  query: ComplaintListParams,
  options?: QueryOptions<ComplaintListResponse>
) =>
  useQuery({
    queryKey: complaintQueryKeys.list(query),
    queryFn: () => sdk.client.fetch<ComplaintListResponse>("/admin/complaints", { query }),
    ...options,
  })

export const useComplaint = (id: string, options?: QueryOptions<ComplaintResponse>) =>
  useQuery({
    queryKey: complaintQueryKeys.detail(id),
    queryFn: () => sdk.client.fetch<ComplaintResponse>(`/admin/complaints/${id}`),
    ...options,
  })

export const useCreateComplaint = (
  options?: MutationOptions<ComplaintResponse, CreateComplaintPayload>
) => {
  const queryClient = useQueryClient()
  return useMutation({
    ...options,
    mutationFn: ({ idempotency_key, ...body }) =>
      sdk.client.fetch<ComplaintResponse>("/admin/complaints", {
        method: "POST",
        body,
        headers: { "Idempotency-Key": idempotency_key },
      }),
    onSuccess: async (data, variables, context) => {
      await queryClient.invalidateQueries({ queryKey: complaintQueryKeys.lists() })
      await queryClient.invalidateQueries({ queryKey: feedbackAnalyticsQueryKeys.all })
      await options?.onSuccess?.(data, variables, context)
    },
  })
}

export const useComplaintChange = (
  id: string,
  options?: MutationOptions<ComplaintResponse, ComplaintChange>
) => {
  const queryClient = useQueryClient()
  return useMutation({
    ...options,
    mutationFn: ({ path, body }) =>
      sdk.client.fetch<ComplaintResponse>(`/admin/complaints/${id}${path ? `/${path}` : ""}`, {
        method: "POST",
        body,
      }),
    onSuccess: async (data, variables, context) => {
      queryClient.setQueryData(complaintQueryKeys.detail(id), data)
      await queryClient.invalidateQueries({ queryKey: complaintQueryKeys.lists() })
      await queryClient.invalidateQueries({ queryKey: feedbackAnalyticsQueryKeys.all })
      await options?.onSuccess?.(data, variables, context)
    },
  })
}

// ------------------------------------------------------------------ categories

export const useComplaintCategories = (
  query: { is_active?: boolean; limit?: number } = {},
  options?: QueryOptions<ComplaintCategoryListResponse>
) =>
  useQuery({
    queryKey: complaintCategoryQueryKeys.list(query),
    queryFn: () =>
      sdk.client.fetch<ComplaintCategoryListResponse>("/admin/complaint-categories", {
        query: { limit: 100, ...query },
      }),
    ...options,
  })

export const useComplaintCategoryChange = (options?: MutationOptions<unknown, CategoryChange>) => {
  const queryClient = useQueryClient()
  return useMutation({
    ...options,
    mutationFn: (change) => {
      if (change.action === "create") {
        return sdk.client.fetch("/admin/complaint-categories", {
          method: "POST",
          body: change.body,
        })
      }
      if (change.action === "update") {
        return sdk.client.fetch(`/admin/complaint-categories/${change.id}`, {
          method: "POST",
          body: change.body,
        })
      }
      return sdk.client.fetch(`/admin/complaint-categories/${change.id}`, { method: "DELETE" })
    },
    onSuccess: async (data, variables, context) => {
      await queryClient.invalidateQueries({ queryKey: complaintCategoryQueryKeys.all })
      await queryClient.invalidateQueries({ queryKey: lookupKeys })
      await options?.onSuccess?.(data, variables, context)
    },
  })
}

// ------------------------------------------------------------------ analytics & surveys

export const useComplaintAnalytics = (
  params: AnalyticsParams,
  options?: QueryOptions<ComplaintAnalyticsResponse>
) =>
  useQuery({
    queryKey: feedbackAnalyticsQueryKeys.list({
      ...params,
      group_by: `complaints:${params.group_by ?? ""}`,
    }),
    queryFn: () =>
      sdk.client.fetch<ComplaintAnalyticsResponse>("/admin/complaints/analytics", {
        query: params,
      }),
    ...options,
  })

export const useSatisfactionAnalytics = (
  params: AnalyticsParams,
  options?: QueryOptions<SatisfactionAnalyticsResponse>
) =>
  useQuery({
    queryKey: feedbackAnalyticsQueryKeys.list({
      ...params,
      group_by: `surveys:${params.group_by ?? ""}`,
    }),
    queryFn: () =>
      sdk.client.fetch<SatisfactionAnalyticsResponse>("/admin/satisfaction/analytics", {
        query: params,
      }),
    ...options,
  })

export const useSurveys = (
  query: Record<string, string | number | boolean | undefined>,
  options?: QueryOptions<SurveyListResponse>
) =>
  useQuery({
    queryKey: surveyQueryKeys.list(query),
    queryFn: () => sdk.client.fetch<SurveyListResponse>("/admin/satisfaction/surveys", { query }),
    ...options,
  })

export const useFollowUpVisits = (
  query: Record<string, string | number | undefined>,
  options?: QueryOptions<FollowUpVisitListResponse>
) =>
  useQuery({
    queryKey: followUpVisitQueryKeys.list(query),
    queryFn: () =>
      sdk.client.fetch<FollowUpVisitListResponse>("/admin/satisfaction/follow-up-visits", {
        query,
      }),
    ...options,
  })

export const useUpdateFollowUpVisit = (
  options?: MutationOptions<
    FollowUpVisitResponse,
    { id: string; status?: string; outcome?: string | null; note?: string | null }
  >
) => {
  const queryClient = useQueryClient()
  return useMutation({
    ...options,
    mutationFn: ({ id, ...body }) =>
      sdk.client.fetch<FollowUpVisitResponse>(`/admin/satisfaction/follow-up-visits/${id}`, {
        method: "POST",
        body,
      }),
    onSuccess: async (data, variables, context) => {
      await queryClient.invalidateQueries({ queryKey: followUpVisitQueryKeys.all })
      await options?.onSuccess?.(data, variables, context)
    },
  })
}

export const useFeedbackSettings = () =>
  useQuery({
    queryKey: settingsKeys,
    queryFn: () => sdk.client.fetch<FeedbackSettingsResponse>("/admin/satisfaction/settings"),
    staleTime: 5 * 60_000,
  })

/** Branches, staff, admin users and categories for filters and forms (one cached load). */
export const useFeedbackLookups = () =>
  useQuery({
    queryKey: lookupKeys,
    staleTime: 60_000,
    queryFn: async (): Promise<Lookups> => {
      const [branches, staff, users, categories] = await Promise.all([
        sdk.client.fetch<{ branches: Lookups["branches"] }>("/admin/branches", {
          query: { limit: 100, fields: "id,name" },
        }),
        sdk.client.fetch<{ staff_members: Lookups["staff"] }>("/admin/staff-members", {
          query: { limit: 200, fields: "id,name" },
        }),
        sdk.admin.user.list({ limit: 200 }),
        sdk.client.fetch<{ complaint_categories: ComplaintCategory[] }>(
          "/admin/complaint-categories",
          { query: { limit: 100 } }
        ),
      ])
      return {
        branches: branches.branches,
        staff: staff.staff_members,
        users: users.users.map((user) => ({
          id: user.id,
          first_name: user.first_name ?? null,
          last_name: user.last_name ?? null,
          email: user.email,
        })),
        categories: categories.complaint_categories,
      }
    },
  })

/** Customers matching a search, for the "log a complaint" form. */
export const useCustomerSearch = (q: string) =>
  useQuery({
    queryKey: ["feedback_customer_search", q],
    queryFn: () =>
      sdk.admin.customer.list({
        q: q || undefined,
        limit: 10,
        fields: "id,first_name,last_name,email,phone",
      }),
  })

/** Reads a browser File as base64 (without the data: prefix). */
export function fileToUpload(file: File): Promise<AttachmentUpload> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onerror = () => reject(reader.error)
    reader.onload = () => {
      const result = String(reader.result)
      resolve({
        filename: file.name,
        mime_type: file.type || "application/octet-stream",
        content: result.slice(result.indexOf(",") + 1),
      })
    }
    reader.readAsDataURL(file)
  })
}
