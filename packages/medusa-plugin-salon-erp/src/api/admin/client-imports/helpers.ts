import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/** What the API shows of an import (never the file itself: it holds health data). */
export const CLIENT_IMPORT_FIELDS = [
  "id",
  "file_name",
  "status",
  "dry_run",
  "columns",
  "total_rows",
  "processed_rows",
  "valid_rows",
  "error_rows",
  "created_customers",
  "updated_customers",
  "stored_value_openings",
  "packages_opened",
  "issue_count",
  "warning_count",
  "failure_reason",
  "created_by",
  "started_at",
  "finished_at",
  "created_at",
  "updated_at",
]

export const CLIENT_IMPORT_ISSUE_FIELDS = ["line", "column", "value", "message", "severity"]

/** The import, or 404. */
export async function refetchClientImport(scope: MedusaContainer, id: string) {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [found],
  } = await query.graph({ entity: "client_import", fields: CLIENT_IMPORT_FIELDS, filters: { id } })
  if (!found) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Client import with id: ${id} was not found`)
  }
  return found
}
