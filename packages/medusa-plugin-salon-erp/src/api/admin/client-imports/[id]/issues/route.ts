import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { csvCell } from "../../../../utils/csv"
import { CLIENT_IMPORT_ISSUE_FIELDS, refetchClientImport } from "../../helpers"
import type { AdminGetClientImportIssuesParamsType } from "../../validators"
import type { ClientImportIssueListResponse } from "../../../../../types/clients/imports"

const REPORT_PAGE = 5000

/**
 * The problems found in an import file by line, as JSON pages or, with `format=csv`, as the
 * whole error report to download (line, column, value, message, severity).
 */
export const GET = async (
  req: AuthenticatedMedusaRequest,
  res: MedusaResponse<ClientImportIssueListResponse>
) => {
  const { limit, offset, severity, format } =
    req.validatedQuery as AdminGetClientImportIssuesParamsType
  const found = await refetchClientImport(req.scope, req.params.id)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const filters = { client_import_id: found.id, ...(severity ? { severity } : {}) }
  const page = (skip: number, take: number) =>
    query.graph({
      entity: "client_import_issue",
      fields: CLIENT_IMPORT_ISSUE_FIELDS,
      filters,
      pagination: { skip, take, order: { line: "ASC", column: "ASC" } },
    })

  if (format === "json") {
    const { data, metadata } = await page(offset, limit)
    res.json({ issues: data, count: metadata!.count, offset, limit })
    return
  }
  const name = found.file_name.replace(/\.csv$/i, "").replace(/[^\w.-]+/g, "_")
  res.setHeader("Content-Type", "text/csv; charset=utf-8")
  res.setHeader("Content-Disposition", `attachment; filename="${name}-issues.csv"`)
  res.write(`${CLIENT_IMPORT_ISSUE_FIELDS.join(",")}\n`)
  for (let skip = 0; ; skip += REPORT_PAGE) {
    const { data } = await page(skip, REPORT_PAGE)
    for (const issue of data) {
      res.write(
        `${CLIENT_IMPORT_ISSUE_FIELDS.map((field) => csvCell((issue as Record<string, unknown>)[field])).join(",")}\n`
      )
    }
    if (data.length < REPORT_PAGE) break
  }
  res.end()
}
