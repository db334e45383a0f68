import { keepPreviousData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { useEffect, useRef } from "react"
import { clientProfileQueryKeys } from "../hooks/api/client-query-keys"
import type {
  ClientImportIssueListParams,
  ClientImportIssueListResponse,
  ClientImportListParams,
  ClientImportListResponse,
  ClientImportResponse,
  ClientImportStatus,
  CreateClientImportPayload,
} from "../../types/clients/imports"
import { invalidate, type MutationOptions, type QueryOptions } from "./hook-options"
import { queryKeysFactory } from "./query-key-factory"
import { sdk } from "./sdk"
import { downloadFilename, saveBlob } from "./download"

// ------------------------------------------------------------------- labels

/** The largest file the API takes (it answers 400 above it): refused before reading it. */
export const MAX_IMPORT_FILE_BYTES = 50 * 1024 * 1024

export const IMPORT_STATUS_LABELS: Record<ClientImportStatus, string> = {
  queued: "Queued",
  validating: "Checking",
  validated: "Checked",
  importing: "Importing",
  completed: "Imported",
  failed: "Failed",
}

export const IMPORT_STATUS_COLORS: Record<
  ClientImportStatus,
  "grey" | "blue" | "orange" | "green" | "red"
> = {
  queued: "grey",
  validating: "blue",
  // Checked and waiting for someone to run the import.
  validated: "orange",
  importing: "blue",
  completed: "green",
  failed: "red",
}

/** What the worker is doing while an import is not settled. */
export const IMPORT_PHASE_LABELS: Partial<Record<ClientImportStatus, string>> = {
  queued: "Waiting to start",
  validating: "Checking rows",
  importing: "Importing rows",
}

/** Whether the import is still moving on its own (queued, checking or importing). */
export const isImportRunning = (status: ClientImportStatus | undefined) =>
  status === "queued" || status === "validating" || status === "importing"

/** "1.2 MB" for a file size. */
export const formatFileSize = (bytes: number) => {
  if (bytes < 1024) return `${bytes} B`
  const [value, unit] = bytes < 1024 * 1024 ? [bytes / 1024, "KB"] : [bytes / (1024 * 1024), "MB"]
  return `${value.toFixed(1).replace(/\.0$/, "")} ${unit}`
}

export type ImportColumnDoc = { name: string; description: string }

const DATE = "YYYY-MM-DD"
const LIST = "separated by ; (or |)"

/** The columns an import file may have, for the page's "File format" help. */
export const IMPORT_COLUMN_GROUPS: { title: string; columns: ImportColumnDoc[] }[] = [
  {
    title: "Customer",
    columns: [
      {
        name: "email",
        description:
          "Each row needs an email or a phone. Existing customers are found by email first.",
      },
      {
        name: "phone",
        description:
          "6 to 15 digits, optionally with a leading +; spaces and dashes are ignored. Finds the customer when no email matches.",
      },
      { name: "first_name", description: "Up to 200 characters." },
      { name: "last_name", description: "Up to 200 characters." },
    ],
  },
  {
    title: "Profile",
    columns: [
      { name: "gender", description: "female, male, other or undisclosed." },
      { name: "birthday", description: `${DATE}, e.g. 1990-04-12.` },
      { name: "skin_type", description: "dry, oily, combination, normal or sensitive." },
      { name: "skin_concerns", description: `A list ${LIST}, e.g. redness; dryness.` },
      { name: "allergies", description: `A list ${LIST}.` },
      { name: "contraindications", description: `A list ${LIST}.` },
      { name: "health_notes", description: "Free text, up to 2,000 characters." },
      { name: "preferences_text", description: "Free text, up to 2,000 characters." },
      {
        name: "source",
        description: "walk_in, referral, social_media, online, advertising or other.",
      },
      {
        name: "home_branch",
        description: "The branch's name or id (a name two branches share needs the id).",
      },
      { name: "preferred_staff", description: `Staff names or ids ${LIST}.` },
    ],
  },
  {
    title: "Consent and tags",
    columns: [
      { name: "consent_version", description: "Which consent text the client accepted." },
      {
        name: "consent_given_at",
        description: `When: ${DATE} or an ISO date-time. Needs consent_version.`,
      },
      {
        name: "tags",
        description: `Tag names ${LIST}. A name not found creates a manual tag; automatic tags cannot be imported.`,
      },
    ],
  },
  {
    title: "Opening stored value balance",
    columns: [
      {
        name: "stored_value_currency",
        description: "A 3-letter code such as CNY; blank: the store's default currency.",
      },
      {
        name: "stored_value_principal",
        description: "The amount the client paid in, e.g. 1200 or 99.50 (no currency sign).",
      },
      { name: "stored_value_bonus", description: "Bonus credit, in the same form." },
      {
        name: "stored_value_bonus_expires_at",
        description: `${DATE}, in the future. Needs stored_value_bonus.`,
      },
    ],
  },
  {
    title: "Open package",
    columns: [
      { name: "package_template", description: "The package template's name or id." },
      {
        name: "package_sessions_remaining",
        description:
          "A number, or Service: n; Service: n for a package of several services. Only packages with sessions left are imported.",
      },
      { name: "package_purchased_at", description: `${DATE}; blank: today.` },
      {
        name: "package_expires_at",
        description: `${DATE}; blank: from the template's validity. Expired packages are not imported.`,
      },
      {
        name: "package_price_paid",
        description: "e.g. 1980 or 99.50; blank: the template's price.",
      },
      {
        name: "package_template_2 …",
        description:
          "A second package: the same five columns ending in _2 (package_sessions_remaining_2 …), a third in _3.",
      },
    ],
  },
]

// --------------------------------------------------------------- query keys

export const clientImportQueryKeys = queryKeysFactory<"client_import", ClientImportListParams>(
  "client_import"
)
/** An import's issues: `detail(importId, query)`. */
export const clientImportIssueQueryKeys = queryKeysFactory<
  "client_import_issue",
  never,
  ClientImportIssueListParams
>("client_import_issue")

// -------------------------------------------------------------------- reads

/** Imports, newest first. While one of them is running the list refreshes every 2 seconds. */
export const useClientImports = (
  query?: ClientImportListParams,
  options?: QueryOptions<ClientImportListResponse>
) =>
  useQuery({
    queryKey: clientImportQueryKeys.list(query),
    queryFn: () => sdk.client.fetch<ClientImportListResponse>("/admin/client-imports", { query }),
    placeholderData: keepPreviousData,
    refetchInterval: (current) =>
      current.state.data?.client_imports.some((item) => isImportRunning(item.status))
        ? 2000
        : false,
    ...options,
  })

/**
 * One import, polled every second while it runs. When its status moves on, the lists, its issues
 * and (once imported) the client lists are refreshed.
 */
export const useClientImport = (id: string, options?: QueryOptions<ClientImportResponse>) => {
  const queryClient = useQueryClient()
  const result = useQuery({
    queryKey: clientImportQueryKeys.detail(id),
    queryFn: () => sdk.client.fetch<ClientImportResponse>(`/admin/client-imports/${id}`),
    enabled: !!id,
    refetchInterval: (current) =>
      isImportRunning(current.state.data?.client_import.status) ? 1000 : false,
    ...options,
  })

  const status = result.data?.client_import.status
  const seen = useRef<{ id: string; status?: ClientImportStatus }>({ id, status })
  useEffect(() => {
    const previous = seen.current
    seen.current = { id, status }
    if (previous.id !== id || !previous.status || !status || previous.status === status) return
    void invalidate(queryClient, [
      clientImportQueryKeys.lists(),
      clientImportIssueQueryKeys.detail(id),
      ...(status === "completed" ? [clientProfileQueryKeys.lists()] : []),
    ])
  }, [id, status, queryClient])

  return result
}

/** An import's issues, ordered by line. */
export const useClientImportIssues = (
  id: string,
  query?: ClientImportIssueListParams,
  options?: QueryOptions<ClientImportIssueListResponse>
) =>
  useQuery({
    queryKey: clientImportIssueQueryKeys.detail(id, query),
    queryFn: () =>
      sdk.client.fetch<ClientImportIssueListResponse>(`/admin/client-imports/${id}/issues`, {
        query,
      }),
    placeholderData: keepPreviousData,
    ...options,
  })

// ------------------------------------------------------------------- writes

/** Uploads a file's text; as a dry run (the default) every row is checked and nothing written. */
export const useCreateClientImport = (
  options?: MutationOptions<ClientImportResponse, CreateClientImportPayload>
) => {
  const queryClient = useQueryClient()
  return useMutation({
    ...options,
    mutationFn: (payload) =>
      sdk.client.fetch<ClientImportResponse>("/admin/client-imports", {
        method: "POST",
        body: payload,
      }),
    onSuccess: async (data, variables, context) => {
      queryClient.setQueryData(clientImportQueryKeys.detail(data.client_import.id), data)
      await invalidate(queryClient, [clientImportQueryKeys.lists()])
      await options?.onSuccess?.(data, variables, context)
    },
  })
}

/** Imports the valid rows of a checked file (409 unless it is checked and not yet run). */
export const useRunClientImport = (
  id: string,
  options?: MutationOptions<ClientImportResponse, void>
) => {
  const queryClient = useQueryClient()
  return useMutation({
    ...options,
    mutationFn: () =>
      sdk.client.fetch<ClientImportResponse>(`/admin/client-imports/${id}/run`, {
        method: "POST",
        body: {},
      }),
    onSuccess: async (data, variables, context) => {
      queryClient.setQueryData(clientImportQueryKeys.detail(id), data)
      await invalidate(queryClient, [
        clientImportQueryKeys.lists(),
        clientImportIssueQueryKeys.detail(id),
      ])
      await options?.onSuccess?.(data, variables, context)
    },
  })
}

// ---------------------------------------------------------------- downloads

/**
 * Fetches a CSV through the SDK (same origin, admin session cookie included; a non-JSON answer
 * comes back as the raw Response) and saves it from a blob under the server's file name.
 */
const downloadCsv = async (path: string, fallbackName: string, query?: Record<string, string>) => {
  const response = await sdk.client.fetch<Response>(path, {
    query,
    headers: { accept: "text/csv" },
  })
  return saveBlob(await response.blob(), downloadFilename(response, fallbackName))
}

/** Downloads an empty file with every accepted column (custom fields included) and an example row. */
export const useDownloadClientImportTemplate = (
  options?: MutationOptions<{ filename: string; size: number }, void>
) =>
  useMutation({
    ...options,
    mutationFn: () => downloadCsv("/admin/client-imports/template", "client-import-template.csv"),
  })

/** Downloads every issue of an import as CSV (line, column, value, message). */
export const useDownloadClientImportIssues = (
  id: string,
  options?: MutationOptions<{ filename: string; size: number }, void>
) =>
  useMutation({
    ...options,
    mutationFn: () =>
      downloadCsv(`/admin/client-imports/${id}/issues`, `client-import-${id}-issues.csv`, {
        format: "csv",
      }),
  })
