import { useQuery } from "@tanstack/react-query"
import type { MutationOptions, QueryOptions } from "../../lib/hook-options"
import { queryKeysFactory } from "../../lib/query-key-factory"
import { sdk } from "../../lib/sdk"
import { deleteAt, postJson, setDetail, useAdminQuery, useInvalidatingMutation } from "./factories"
import type {
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
import type {
  ComplaintCategory,
  ComplaintListParams,
  AnalyticsParams,
  Analytics,
  Lookups,
  AttachmentUpload,
  CreateComplaintPayload,
  ComplaintChange,
  CategoryChange,
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

/** A complaint's change shows in the lists and moves the analytics. */
const complaintChangeKeys = [complaintQueryKeys.lists(), feedbackAnalyticsQueryKeys.all]

// ------------------------------------------------------------------ complaints

export const useComplaints = (
  query: ComplaintListParams,
  options?: QueryOptions<ComplaintListResponse>
) => useAdminQuery(complaintQueryKeys.list(query), "/admin/complaints", query, options)

export const useComplaint = (id: string, options?: QueryOptions<ComplaintResponse>) =>
  useAdminQuery(complaintQueryKeys.detail(id), `/admin/complaints/${id}`, undefined, options)

export const useCreateComplaint = (
  options?: MutationOptions<ComplaintResponse, CreateComplaintPayload>
) =>
  useInvalidatingMutation(
    {
      mutationFn: ({ idempotency_key, ...body }) =>
        postJson<ComplaintResponse>("/admin/complaints", body, idempotency_key),
      invalidates: complaintChangeKeys,
    },
    options
  )

export const useComplaintChange = (
  id: string,
  options?: MutationOptions<ComplaintResponse, ComplaintChange>
) =>
  useInvalidatingMutation(
    {
      mutationFn: ({ path, body }) =>
        postJson<ComplaintResponse>(`/admin/complaints/${id}${path ? `/${path}` : ""}`, body),
      update: setDetail(complaintQueryKeys.detail(id)),
      invalidates: complaintChangeKeys,
    },
    options
  )

// ------------------------------------------------------------------ categories

export const useComplaintCategories = (
  query: { is_active?: boolean; limit?: number } = {},
  options?: QueryOptions<ComplaintCategoryListResponse>
) =>
  useAdminQuery(
    complaintCategoryQueryKeys.list(query),
    "/admin/complaint-categories",
    { limit: 100, ...query },
    options
  )

export const useComplaintCategoryChange = (options?: MutationOptions<unknown, CategoryChange>) =>
  useInvalidatingMutation(
    {
      mutationFn: (change) => {
        if (change.action === "create") {
          return postJson("/admin/complaint-categories", change.body)
        }
        if (change.action === "update") {
          return postJson(`/admin/complaint-categories/${change.id}`, change.body)
        }
        return deleteAt(`/admin/complaint-categories/${change.id}`)
      },
      invalidates: [complaintCategoryQueryKeys.all, lookupKeys],
    },
    options
  )

// ------------------------------------------------------------------ analytics & surveys

/** Complaint and survey analytics share a key space: `group_by` tells them apart. */
const useAnalytics = <TRow,>(
  kind: "complaints" | "surveys",
  path: string,
  params: AnalyticsParams,
  options?: QueryOptions<Analytics<TRow>>
) =>
  useAdminQuery(
    feedbackAnalyticsQueryKeys.list({ ...params, group_by: `${kind}:${params.group_by ?? ""}` }),
    path,
    params,
    options
  )

export const useComplaintAnalytics = (
  params: AnalyticsParams,
  options?: QueryOptions<ComplaintAnalyticsResponse>
) => useAnalytics("complaints", "/admin/complaints/analytics", params, options)

export const useSatisfactionAnalytics = (
  params: AnalyticsParams,
  options?: QueryOptions<SatisfactionAnalyticsResponse>
) => useAnalytics("surveys", "/admin/satisfaction/analytics", params, options)

export const useSurveys = (
  query: Record<string, string | number | boolean | undefined>,
  options?: QueryOptions<SurveyListResponse>
) => useAdminQuery(surveyQueryKeys.list(query), "/admin/satisfaction/surveys", query, options)

export const useFollowUpVisits = (
  query: Record<string, string | number | undefined>,
  options?: QueryOptions<FollowUpVisitListResponse>
) =>
  useAdminQuery(
    followUpVisitQueryKeys.list(query),
    "/admin/satisfaction/follow-up-visits",
    query,
    options
  )

export const useUpdateFollowUpVisit = (
  options?: MutationOptions<
    FollowUpVisitResponse,
    { id: string; status?: string; outcome?: string | null; note?: string | null }
  >
) =>
  useInvalidatingMutation(
    {
      mutationFn: ({ id, ...body }) =>
        postJson<FollowUpVisitResponse>(`/admin/satisfaction/follow-up-visits/${id}`, body),
      invalidates: [followUpVisitQueryKeys.all],
    },
    options
  )

export const useFeedbackSettings = () =>
  useAdminQuery<FeedbackSettingsResponse>(
    settingsKeys,
    "/admin/satisfaction/settings",
    undefined,
    undefined,
    { staleTime: 5 * 60_000 }
  )

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
