import { model } from "@medusajs/framework/utils"
import { CLIENT_IMPORT_PHASES, CLIENT_IMPORT_SEVERITIES } from "../lib/constants"
import { ClientImport } from "./client-import"

/** One problem found in an import file: the line (header = 1), the column, the value and why. */
export const ClientImportIssue = model
  .define("client_import_issue", {
    id: model.id({ prefix: "cimpi" }).primaryKey(),
    line: model.number(),
    column: model.text().nullable(),
    value: model.text().nullable(),
    message: model.text(),
    /** An error skips the row; a warning reports what was left unchanged in an imported row. */
    severity: model.enum([...CLIENT_IMPORT_SEVERITIES]).default("error"),
    /** Found by the check (dry run) or while writing (real run). */
    phase: model.enum([...CLIENT_IMPORT_PHASES]),
    client_import: model.belongsTo(() => ClientImport, { mappedBy: "issues" }),
  })
  .indexes([{ on: ["client_import_id", "line"] }])
