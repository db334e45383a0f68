import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
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
import { invalidate, type MutationOptions, type QueryOptions } from "../../lib/hook-options"
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
import { downloadFilename, saveBlob } from "../../lib/download"

// ------------------------------------------------------------------- rules

export const useCommissionRules = (
  query?: CommissionRuleListParams,
  options?: QueryOptions<CommissionRuleListResponse>
) =>
  useQuery({
    queryKey: commissionRuleQueryKeys.list(query),
    queryFn: () =>
      sdk.client.fetch<CommissionRuleListResponse>("/admin/commission-rules", { query }),
    placeholderData: keepPreviousData,
    ...options,
  })

export const useCommissionRule = (id: string, options?: QueryOptions<CommissionRuleResponse>) =>
  useQuery({
    queryKey: commissionRuleQueryKeys.detail(id),
    queryFn: () => sdk.client.fetch<CommissionRuleResponse>(`/admin/commission-rules/${id}`),
    ...options,
  })

/**
 * Rules price earnings recorded from now on; statements show the tier each rule reaches, so
 * they are refreshed with the rules.
 */
const ruleDependentKeys = [commissionRuleQueryKeys.all, commissionStatementQueryKeys.all] as const

export const useCreateCommissionRule = (
  options?: MutationOptions<CommissionRuleResponse, CreateCommissionRulePayload>
) => {
  const queryClient = useQueryClient()
  return useMutation({
    ...options,
    mutationFn: (payload) =>
      sdk.client.fetch<CommissionRuleResponse>("/admin/commission-rules", {
        method: "POST",
        body: payload,
      }),
    onSuccess: async (data, variables, context) => {
      await invalidate(queryClient, ruleDependentKeys)
      await options?.onSuccess?.(data, variables, context)
    },
  })
}

/** Updates any rule (the id travels with the payload, so one hook serves a whole list). */
export const useUpdateCommissionRule = (
  options?: MutationOptions<CommissionRuleResponse, CommissionRulePayload & { id: string }>
) => {
  const queryClient = useQueryClient()
  return useMutation({
    ...options,
    mutationFn: ({ id, ...payload }) =>
      sdk.client.fetch<CommissionRuleResponse>(`/admin/commission-rules/${id}`, {
        method: "POST",
        body: payload,
      }),
    onSuccess: async (data, variables, context) => {
      queryClient.setQueryData(commissionRuleQueryKeys.detail(variables.id), data)
      await invalidate(queryClient, ruleDependentKeys)
      await options?.onSuccess?.(data, variables, context)
    },
  })
}

export const useDeleteCommissionRule = (options?: MutationOptions<DeleteResponse, string>) => {
  const queryClient = useQueryClient()
  return useMutation({
    ...options,
    mutationFn: (id) =>
      sdk.client.fetch<DeleteResponse>(`/admin/commission-rules/${id}`, { method: "DELETE" }),
    onSuccess: async (data, id, context) => {
      queryClient.removeQueries({ queryKey: commissionRuleQueryKeys.detail(id) })
      await invalidate(queryClient, ruleDependentKeys)
      await options?.onSuccess?.(data, id, context)
    },
  })
}

// ----------------------------------------------------------------- entries

export const useCommissionEntries = (
  query?: CommissionEntryListParams,
  options?: QueryOptions<CommissionEntryListResponse>
) =>
  useQuery({
    queryKey: commissionEntryQueryKeys.list(query),
    queryFn: () =>
      sdk.client.fetch<CommissionEntryListResponse>("/admin/commission-entries", { query }),
    placeholderData: keepPreviousData,
    ...options,
  })

const filenameOf = (response: Response, filters: CommissionEntryFilters) =>
  downloadFilename(
    response,
    `commission-entries-${filters.period ?? new Date().toISOString().slice(0, 10)}.csv`
  )

/**
 * Downloads commission entries as CSV (payroll), with the list's filters. Fetched through the
 * SDK so the admin session cookie goes along, then saved from a blob.
 */
export const useExportCommissionEntries = (
  options?: MutationOptions<{ filename: string; size: number }, CommissionEntryFilters>
) =>
  useMutation({
    ...options,
    mutationFn: async (filters) => {
      const query = Object.fromEntries(Object.entries(filters).filter(([, value]) => !!value))
      const response = await sdk.client.fetch<Response>("/admin/commission-entries/export", {
        query,
        headers: { accept: "text/csv" },
      })
      const blob = await response.blob()
      const filename = filenameOf(response, filters)
      return saveBlob(blob, filename)
    },
  })

// ------------------------------------------------------- statements, periods

/** A month's statement per staff member (and currency), and whether the month is closed. */
export const useCommissionStatements = (
  query: CommissionStatementParams,
  options?: QueryOptions<CommissionStatementsResponse>
) =>
  useQuery({
    queryKey: commissionStatementQueryKeys.list(query),
    queryFn: () =>
      sdk.client.fetch<CommissionStatementsResponse>("/admin/commission-statements", { query }),
    placeholderData: keepPreviousData,
    ...options,
  })

/** Months with entries or a status, newest first. */
export const useCommissionPeriods = (options?: QueryOptions<CommissionPeriodListResponse>) =>
  useQuery({
    queryKey: commissionPeriodQueryKeys.lists(),
    queryFn: () => sdk.client.fetch<CommissionPeriodListResponse>("/admin/commission-periods"),
    ...options,
  })

/**
 * Closes a month for payroll: retroactive tiers are settled and the month is locked. Everything
 * commission-related is refreshed (settlement entries, statuses, attribution locks).
 */
export const useCloseCommissionPeriod = (
  options?: MutationOptions<CloseCommissionPeriodResponse, string>
) => {
  const queryClient = useQueryClient()
  return useMutation({
    ...options,
    mutationFn: (period) =>
      sdk.client.fetch<CloseCommissionPeriodResponse>(`/admin/commission-periods/${period}/close`, {
        method: "POST",
      }),
    onSuccess: async (data, variables, context) => {
      await invalidate(queryClient, commissionEarningKeys)
      await options?.onSuccess?.(data, variables, context)
    },
  })
}

// ------------------------------------------------------------- attribution

const attributionKey = (source: CommissionSource) =>
  commissionAttributionQueryKeys.detail(`${source.source_type}:${source.source_id}`)

/** Who earns each line of a source, and whether each can still change. */
export const useCommissionAttribution = (
  source: CommissionSource,
  options?: QueryOptions<CommissionAttributionResponse>
) =>
  useQuery({
    queryKey: attributionKey(source),
    queryFn: () =>
      sdk.client.fetch<CommissionAttributionResponse>("/admin/commission-attributions", {
        query: source,
      }),
    ...options,
  })

/**
 * Sets who earns a line (shares summing to 100, or none for the default); the source's
 * commissions are recorded again, so entries, statements and reports refresh too.
 */
export const useSetCommissionAttribution = (
  options?: MutationOptions<CommissionAttributionResponse, SetCommissionAttributionPayload>
) => {
  const queryClient = useQueryClient()
  return useMutation({
    ...options,
    mutationFn: (payload) =>
      sdk.client.fetch<CommissionAttributionResponse>("/admin/commission-attributions", {
        method: "POST",
        body: payload,
      }),
    onSuccess: async (data, variables, context) => {
      queryClient.setQueryData(attributionKey(variables), data)
      await invalidate(queryClient, commissionEarningKeys)
      await options?.onSuccess?.(data, variables, context)
    },
  })
}

// ------------------------------------------------------------- performance

/** Staff performance between two local dates, ranked. */
export const useStaffPerformance = (
  query: StaffPerformanceParams,
  options?: QueryOptions<StaffPerformanceResponse>
) =>
  useQuery({
    queryKey: staffPerformanceQueryKeys.list(query),
    queryFn: () =>
      sdk.client.fetch<StaffPerformanceResponse>("/admin/staff-performance", { query }),
    placeholderData: keepPreviousData,
    ...options,
  })

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
