import type {
  ClientProfileListParams,
  ClientProfileListResponse,
  ClientProfilePayload,
  ClientProfileResponse,
  ClientTagListParams,
  ClientTagListResponse,
  ClientTagPayload,
  ClientTagResponse,
  CreateCustomFieldDefinitionPayload,
  CreateTreatmentNotePayload,
  CustomFieldDefinitionListParams,
  CustomFieldDefinitionListResponse,
  CustomFieldDefinitionResponse,
  CustomerTagsResponse,
  DeleteCustomFieldDefinitionResponse,
  EraseCustomerPayload,
  EraseCustomerResponse,
  HealthDataAccessListResponse,
  TreatmentNoteListResponse,
  TreatmentNoteResponse,
  UpdateCustomFieldDefinitionPayload,
} from "../../../types/clients/http"
import type { MutationOptions, QueryOptions } from "../../lib/hook-options"
import { sdk } from "../../lib/sdk"
import type { DeleteResponse } from "../../../types/booking/http"
import {
  clientFieldDefinitionQueryKeys,
  clientProfileQueryKeys,
  clientTagQueryKeys,
  healthDataAccessQueryKeys,
  treatmentNoteQueryKeys,
} from "./client-query-keys"
import { downloadFilename, saveBlob } from "../../lib/download"
import {
  deleteAt,
  postJson,
  setDetail,
  useAdminPages,
  useAdminQuery,
  useDeleteMutation,
  useInvalidatingMutation,
  usePostMutation,
} from "./factories"

/**
 * Reads of health data are recorded server side, one audit row per request: these queries do
 * not refetch on focus or reconnect, and stay fresh for a while.
 */
const AUDITED_READ = {
  staleTime: 5 * 60_000,
  refetchOnWindowFocus: false,
  refetchOnReconnect: false,
} as const

// ------------------------------------------------------------------- profile

export const useClientProfile = (
  customerId: string,
  options?: QueryOptions<ClientProfileResponse>
) =>
  useAdminQuery(
    clientProfileQueryKeys.detail(customerId),
    `/admin/customers/${customerId}/client-profile`,
    undefined,
    options,
    AUDITED_READ
  )

export const useUpdateClientProfile = (
  customerId: string,
  options?: MutationOptions<ClientProfileResponse, ClientProfilePayload>
) =>
  usePostMutation(
    `/admin/customers/${customerId}/client-profile`,
    {
      // The response is the refetched profile: no second (audited) read.
      update: setDetail(clientProfileQueryKeys.detail(customerId)),
      invalidates: [clientProfileQueryKeys.lists(), healthDataAccessQueryKeys.detail(customerId)],
    },
    options
  )

/** Profiles for marketing lists: never any health field. */
export const useClientProfiles = (
  query?: ClientProfileListParams,
  options?: QueryOptions<ClientProfileListResponse>
) => useAdminQuery(clientProfileQueryKeys.list(query), "/admin/client-profiles", query, options)

// ------------------------------------------------------------- customer tags

const useCustomerTagsChange = <TVariables,>(
  customerId: string,
  request: (variables: TVariables) => Promise<CustomerTagsResponse>,
  options?: MutationOptions<CustomerTagsResponse, TVariables>
) =>
  useInvalidatingMutation(
    {
      mutationFn: request,
      update: (queryClient, data) =>
        queryClient.setQueryData<ClientProfileResponse>(
          clientProfileQueryKeys.detail(customerId),
          (current) => current && { client_profile: { ...current.client_profile, tags: data.tags } }
        ),
      invalidates: [clientProfileQueryKeys.lists(), clientTagQueryKeys.lists()],
    },
    options
  )

export const useAddCustomerTag = (
  customerId: string,
  options?: MutationOptions<CustomerTagsResponse, string>
) =>
  useCustomerTagsChange(
    customerId,
    (tagId: string) =>
      postJson<CustomerTagsResponse>(`/admin/customers/${customerId}/client-tags`, {
        tag_id: tagId,
      }),
    options
  )

export const useRemoveCustomerTag = (
  customerId: string,
  options?: MutationOptions<CustomerTagsResponse, string>
) =>
  useCustomerTagsChange(
    customerId,
    (tagId: string) =>
      deleteAt<CustomerTagsResponse>(`/admin/customers/${customerId}/client-tags/${tagId}`),
    options
  )

// ----------------------------------------------------------- treatment notes

/** A customer's notes, newest first, a page at a time ("Show more"). */
export const useTreatmentNotes = (customerId: string, pageSize = 5) =>
  useAdminPages(
    treatmentNoteQueryKeys.detail(customerId, { limit: pageSize }),
    `/admin/customers/${customerId}/treatment-notes`,
    pageSize,
    (page: TreatmentNoteListResponse) => page.treatment_notes,
    AUDITED_READ
  )

export const useCreateTreatmentNote = (
  customerId: string,
  options?: MutationOptions<TreatmentNoteResponse, CreateTreatmentNotePayload>
) =>
  usePostMutation(
    `/admin/customers/${customerId}/treatment-notes`,
    {
      invalidates: [
        treatmentNoteQueryKeys.detail(customerId),
        healthDataAccessQueryKeys.detail(customerId),
      ],
    },
    options
  )

// -------------------------------------------------------------- access log

export const useHealthDataAccess = (
  customerId: string,
  pageSize = 20,
  options?: { enabled?: boolean }
) =>
  useAdminPages(
    healthDataAccessQueryKeys.detail(customerId, { limit: pageSize }),
    `/admin/customers/${customerId}/health-data-access`,
    pageSize,
    (page: HealthDataAccessListResponse) => page.health_data_access,
    options
  )

// ---------------------------------------------------- custom field definitions

export const useClientFieldDefinitions = (
  query?: CustomFieldDefinitionListParams,
  options?: QueryOptions<CustomFieldDefinitionListResponse>
) =>
  useAdminQuery(
    clientFieldDefinitionQueryKeys.list(query),
    "/admin/client-field-definitions",
    { limit: 100, ...query },
    options
  )

/** Definitions shape every profile's custom fields: profiles on screen refetch them. */
const definitionChangeKeys = [clientFieldDefinitionQueryKeys.all, clientProfileQueryKeys.details()]

export const useCreateClientFieldDefinition = (
  options?: MutationOptions<CustomFieldDefinitionResponse, CreateCustomFieldDefinitionPayload>
) =>
  usePostMutation("/admin/client-field-definitions", { invalidates: definitionChangeKeys }, options)

export const useUpdateClientFieldDefinition = (
  id: string,
  options?: MutationOptions<CustomFieldDefinitionResponse, UpdateCustomFieldDefinitionPayload>
) =>
  usePostMutation(
    `/admin/client-field-definitions/${id}`,
    { invalidates: definitionChangeKeys },
    options
  )

/** Deletes a definition, or deactivates it when customers hold values for it. */
export const useDeleteClientFieldDefinition = (
  options?: MutationOptions<DeleteCustomFieldDefinitionResponse, string>
) =>
  useDeleteMutation(
    (id) => `/admin/client-field-definitions/${id}`,
    { invalidates: definitionChangeKeys },
    options
  )

// ---------------------------------------------------------------------- tags

export const useClientTags = (
  query?: ClientTagListParams,
  options?: QueryOptions<ClientTagListResponse>
) =>
  useAdminQuery(
    clientTagQueryKeys.list(query),
    "/admin/client-tags",
    { limit: 100, ...query },
    options
  )

/** A tag's name and colour show on every profile and list that carries it. */
const tagChangeKeys = [clientTagQueryKeys.all, clientProfileQueryKeys.all]

export const useCreateClientTag = (
  options?: MutationOptions<ClientTagResponse, ClientTagPayload & { name: string }>
) => usePostMutation("/admin/client-tags", { invalidates: [clientTagQueryKeys.all] }, options)

export const useUpdateClientTag = (
  id: string,
  options?: MutationOptions<ClientTagResponse, ClientTagPayload>
) => usePostMutation(`/admin/client-tags/${id}`, { invalidates: tagChangeKeys }, options)

export const useDeleteClientTag = (options?: MutationOptions<DeleteResponse, string>) =>
  useDeleteMutation((id) => `/admin/client-tags/${id}`, { invalidates: tagChangeKeys }, options)

// ------------------------------------------------------------------- privacy

const exportFilename = (response: Response, customerId: string) =>
  downloadFilename(response, `customer-${customerId}-export.json`)

/**
 * Downloads everything held about the customer as JSON. Fetched through the SDK so the admin
 * session goes along, then saved from a blob; the server records it as an `export` access.
 */
export const useExportCustomerData = (
  customerId: string,
  options?: MutationOptions<{ filename: string; size: number }, void>
) =>
  useInvalidatingMutation(
    {
      mutationFn: async () => {
        // The SDK parses a JSON body and hands back the raw Response otherwise: accept both.
        const response = await sdk.client.fetch<Response | Record<string, unknown>>(
          `/admin/customers/${customerId}/data-export`,
          { headers: { accept: "application/json" } }
        )
        const raw = response instanceof Response
        const blob = raw
          ? await response.blob()
          : new Blob([JSON.stringify(response, null, 2)], { type: "application/json" })
        const filename = raw
          ? exportFilename(response, customerId)
          : `customer-${customerId}-export.json`
        return saveBlob(blob, filename)
      },
      invalidates: [healthDataAccessQueryKeys.detail(customerId)],
    },
    options
  )

/**
 * Erases the customer's personal data (ledgers kept). Every cached query is refreshed after:
 * the customer page, lists and the profile all show the pseudonymised customer.
 */
export const useEraseCustomer = (
  customerId: string,
  options?: MutationOptions<EraseCustomerResponse, EraseCustomerPayload>
) =>
  // The empty key is a prefix of every key: the whole cache is refreshed.
  usePostMutation(`/admin/customers/${customerId}/erase`, { invalidates: [[]] }, options)
