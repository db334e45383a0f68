/** Types of the client import API (`/admin/client-imports`): customers brought over from a CSV. */

export const CLIENT_IMPORT_STATUSES = [
  "queued",
  "validating",
  "validated",
  "importing",
  "completed",
  "failed",
] as const
export type ClientImportStatus = (typeof CLIENT_IMPORT_STATUSES)[number]

type ListResponse = { count: number; offset: number; limit: number }
type ListParams = { limit?: number; offset?: number }

/**
 * One uploaded file. A dry run goes queued → validating → validated (or failed when the header
 * is unusable); running it goes on to importing → completed on the same record.
 */
export type ClientImport = {
  id: string
  file_name: string
  status: ClientImportStatus
  /** True until staff run the real import of this file. */
  dry_run: boolean
  total_rows: number
  /** Rows done in the current phase: restarts at 0 when importing begins. */
  processed_rows: number
  valid_rows: number
  error_rows: number
  /** Known once the real run has completed. */
  created_customers: number
  updated_customers: number
  stored_value_openings: number
  packages_opened: number
  /** Issues of either severity. */
  issue_count: number
  /** Issues that did not stop their row (e.g. a balance already opened by an earlier import). */
  warning_count: number
  failure_reason: string | null
  /** The file's header, as read. */
  columns: string[]
  created_by: string | null
  started_at: string | null
  finished_at: string | null
  created_at: string
  updated_at: string
}

export type ClientImportIssueSeverity = "error" | "warning"

/**
 * One problem in the file: `line` counts the header as 1; `column` is the CSV column name. An
 * error skips its row; a warning does not.
 */
export type ClientImportIssue = {
  line: number
  column: string | null
  value: string | null
  message: string
  severity: ClientImportIssueSeverity
}

export type ClientImportListParams = ListParams
export type ClientImportListResponse = ListResponse & { client_imports: ClientImport[] }
export type ClientImportResponse = { client_import: ClientImport }

export type ClientImportIssueListParams = ListParams & { severity?: ClientImportIssueSeverity }
export type ClientImportIssueListResponse = ListResponse & { issues: ClientImportIssue[] }

export type CreateClientImportPayload = {
  file_name: string
  /** The file's text. */
  csv: string
  /** Check every row and write nothing (the default). */
  dry_run?: boolean
}
