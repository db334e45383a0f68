import { keepPreviousData, useQuery } from "@tanstack/react-query"
import type {
  CloseCommissionPeriodResponse,
  CommissionAttributionResponse,
  CommissionEntryFilters,
  CommissionEntryListParams,
  CommissionEntryListResponse,
  CommissionPeriodListResponse,
  CommissionRuleListParams,
  CommissionRuleListResponse,
  CommissionRulePayload,
  CommissionRuleResponse,
  CommissionSource,
  CommissionStatementParams,
  CommissionStatementsResponse,
  CreateCommissionRulePayload,
  SetCommissionAttributionPayload,
  StaffPerformanceParams,
  StaffPerformanceResponse,
} from "../../../types/commissions/http"
import type { MutationOptions, QueryOptions } from "../../lib/hook-options"
import { queryKeysFactory } from "../../lib/query-key-factory"
import { sdk } from "../../lib/sdk"
import type { DeleteResponse } from "../../../types/booking/http"
import {
  commissionAttributionQueryKeys,
  commissionEarningKeys,
  commissionEntryQueryKeys,
  commissionPeriodQueryKeys,
  commissionRuleQueryKeys,
  commissionStatementQueryKeys,
  staffPerformanceQueryKeys,
} from "./commission-query-keys"
import {
  type SavedFile,
  postJson,
  setDetail,
  useAdminQuery,
  useCsvDownload,
  useDeleteMutation,
  useInvalidatingMutation,
  usePostMutation,
} from "./factories"

/** Reports and lists keep showing the last page while the next loads. */
const KEEP_PREVIOUS = { placeholderData: keepPreviousData } as const

// ------------------------------------------------------------------- rules

export const useCommissionRules = (
  query?: CommissionRuleListParams,
  options?: QueryOptions<CommissionRuleListResponse>
) =>
  useAdminQuery(
    commissionRuleQueryKeys.list(query),
    "/admin/commission-rules",
    query,
    options,
    KEEP_PREVIOUS
  )

export const useCommissionRule = (id: string, options?: QueryOptions<CommissionRuleResponse>) =>
  useAdminQuery(
    commissionRuleQueryKeys.detail(id),
    `/admin/commission-rules/${id}`,
    undefined,
    options
  )

/**
 * Rules price earnings recorded from now on; statements show the tier each rule reaches, so
 * they are refreshed with the rules.
 */
const ruleDependentKeys = [commissionRuleQueryKeys.all, commissionStatementQueryKeys.all] as const

export const useCreateCommissionRule = (
  options?: MutationOptions<CommissionRuleResponse, CreateCommissionRulePayload>
) => usePostMutation("/admin/commission-rules", { invalidates: ruleDependentKeys }, options)

/** Updates any rule (the id travels with the payload, so one hook serves a whole list). */
export const useUpdateCommissionRule = (
  options?: MutationOptions<CommissionRuleResponse, CommissionRulePayload & { id: string }>
) =>
  useInvalidatingMutation(
    {
      mutationFn: ({ id, ...payload }) =>
        postJson<CommissionRuleResponse>(`/admin/commission-rules/${id}`, payload),
      update: (queryClient, data, { id }) =>
        setDetail(commissionRuleQueryKeys.detail(id))(queryClient, data),
      invalidates: ruleDependentKeys,
    },
    options
  )

export const useDeleteCommissionRule = (options?: MutationOptions<DeleteResponse, string>) =>
  useDeleteMutation(
    (id) => `/admin/commission-rules/${id}`,
    {
      update: (queryClient, _data, id) =>
        queryClient.removeQueries({ queryKey: commissionRuleQueryKeys.detail(id) }),
      invalidates: ruleDependentKeys,
    },
    options
  )

// ----------------------------------------------------------------- entries

export const useCommissionEntries = (
  query?: CommissionEntryListParams,
  options?: QueryOptions<CommissionEntryListResponse>
) =>
  useAdminQuery(
    commissionEntryQueryKeys.list(query),
    "/admin/commission-entries",
    query,
    options,
    KEEP_PREVIOUS
  )

/** Downloads commission entries as CSV (payroll), with the list's filters. */
export const useExportCommissionEntries = (
  options?: MutationOptions<SavedFile, CommissionEntryFilters>
) =>
  useCsvDownload(
    (filters) => ({
      path: "/admin/commission-entries/export",
      query: Object.fromEntries(Object.entries(filters).filter(([, value]) => !!value)),
      fallbackName: `commission-entries-${filters.period ?? new Date().toISOString().slice(0, 10)}.csv`,
    }),
    options
  )

// ------------------------------------------------------- statements, periods

/** A month's statement per staff member (and currency), and whether the month is closed. */
export const useCommissionStatements = (
  query: CommissionStatementParams,
  options?: QueryOptions<CommissionStatementsResponse>
) =>
  useAdminQuery(
    commissionStatementQueryKeys.list(query),
    "/admin/commission-statements",
    query,
    options,
    KEEP_PREVIOUS
  )

/** Months with entries or a status, newest first. */
export const useCommissionPeriods = (options?: QueryOptions<CommissionPeriodListResponse>) =>
  useAdminQuery(commissionPeriodQueryKeys.lists(), "/admin/commission-periods", undefined, options)

/**
 * Closes a month for payroll: retroactive tiers are settled and the month is locked. Everything
 * commission-related is refreshed (settlement entries, statuses, attribution locks).
 */
export const useCloseCommissionPeriod = (
  options?: MutationOptions<CloseCommissionPeriodResponse, string>
) =>
  useInvalidatingMutation(
    {
      mutationFn: (period) =>
        sdk.client.fetch<CloseCommissionPeriodResponse>(
          `/admin/commission-periods/${period}/close`,
          { method: "POST" }
        ),
      invalidates: commissionEarningKeys,
    },
    options
  )

// ------------------------------------------------------------- attribution

const attributionKey = (source: CommissionSource) =>
  commissionAttributionQueryKeys.detail(`${source.source_type}:${source.source_id}`)

/** Who earns each line of a source, and whether each can still change. */
export const useCommissionAttribution = (
  source: CommissionSource,
  options?: QueryOptions<CommissionAttributionResponse>
) => useAdminQuery(attributionKey(source), "/admin/commission-attributions", source, options)

/**
 * Sets who earns a line (shares summing to 100, or none for the default); the source's
 * commissions are recorded again, so entries, statements and reports refresh too.
 */
export const useSetCommissionAttribution = (
  options?: MutationOptions<CommissionAttributionResponse, SetCommissionAttributionPayload>
) =>
  usePostMutation(
    "/admin/commission-attributions",
    {
      update: (queryClient, data, source) => setDetail(attributionKey(source))(queryClient, data),
      invalidates: commissionEarningKeys,
    },
    options
  )

// ------------------------------------------------------------- performance

/** Staff performance between two local dates, ranked. */
export const useStaffPerformance = (
  query: StaffPerformanceParams,
  options?: QueryOptions<StaffPerformanceResponse>
) =>
  useAdminQuery(
    staffPerformanceQueryKeys.list(query),
    "/admin/staff-performance",
    query,
    options,
    KEEP_PREVIOUS
  )

// ------------------------------------------------- choices for rule targets

/** What rule forms pick from (products, variants, categories, templates). */
const choiceKeys = queryKeysFactory("commission_ui_choice")

type Named = { id: string; name: string }

/** Package templates, for package rules. */
export const usePackageTemplateChoices = (enabled = true) =>
  useQuery({
    queryKey: choiceKeys.list({ resource: "package_template" }),
    queryFn: async () => {
      const data = await sdk.client.fetch<{
        package_templates: (Named & { is_active: boolean })[]
      }>("/admin/package-templates", { query: { limit: 200, fields: "id,name,is_active" } })
      return data.package_templates
    },
    staleTime: 60_000,
    enabled,
  })

/** Product categories, for category rules on products. */
export const useProductCategoryChoices = (enabled = true) =>
  useQuery({
    queryKey: choiceKeys.list({ resource: "product_category" }),
    queryFn: async () => {
      const data = await sdk.admin.productCategory.list({ limit: 500, fields: "id,name" })
      return data.product_categories.map((category) => ({ id: category.id, name: category.name }))
    },
    staleTime: 60_000,
    enabled,
  })

/** Products matching a search, for product rules. */
export const useProductSearch = (q: string, enabled = true) =>
  useQuery({
    queryKey: choiceKeys.list({ resource: "product", q }),
    queryFn: async () => {
      const data = await sdk.admin.product.list({
        q: q || undefined,
        limit: 10,
        fields: "id,title",
      })
      return data.products.map((product) => ({ id: product.id, name: product.title }))
    },
    placeholderData: keepPreviousData,
    enabled,
  })

/** Names of products and variants that rules point at (other targets come from short lists). */
export const useProductTargetNames = (productIds: string[], variantIds: string[]) =>
  useQuery({
    queryKey: choiceKeys.list({ resource: "target_names", productIds, variantIds }),
    queryFn: async () => {
      const [products, variants] = await Promise.all([
        productIds.length
          ? sdk.admin.product.list({ id: productIds, limit: productIds.length, fields: "id,title" })
          : null,
        variantIds.length
          ? sdk.admin.productVariant.list({
              id: variantIds,
              limit: variantIds.length,
              fields: "id,title,sku,*product",
            })
          : null,
      ])
      const names = new Map<string, string>()
      for (const product of products?.products ?? []) names.set(product.id, product.title)
      for (const variant of variants?.variants ?? []) {
        const product = variant.product?.title
        names.set(
          variant.id,
          [product, variant.title].filter(Boolean).join(" · ") || variant.sku || variant.id
        )
      }
      return names
    },
    enabled: productIds.length + variantIds.length > 0,
    staleTime: 60_000,
  })
