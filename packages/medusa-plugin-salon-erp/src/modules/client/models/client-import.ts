import { model } from "@medusajs/framework/utils"
import { CLIENT_IMPORT_STATUSES } from "../lib/constants"
import { ClientImportIssue } from "./client-import-issue"

/**
 * One uploaded CSV of existing customers: its dry run (every row checked, nothing written) and,
 * once staff confirm, its real run. Progress counters are updated after every chunk.
 */
export const ClientImport = model
  .define("client_import", {
    id: model.id({ prefix: "cimp" }).primaryKey(),
    file_name: model.text(),
    status: model.enum([...CLIENT_IMPORT_STATUSES]).default("queued"),
    /** True until staff run the real import of this file. */
    dry_run: model.boolean().default(true),
    /** The file's text; cleared when the real run finishes (it holds personal and health data). */
    content: model.text().nullable(),
    columns: model.json(),
    total_rows: model.number().default(0),
    /** Rows done in the current phase (validating or importing). */
    processed_rows: model.number().default(0),
    valid_rows: model.number().default(0),
    error_rows: model.number().default(0),
    created_customers: model.number().default(0),
    updated_customers: model.number().default(0),
    stored_value_openings: model.number().default(0),
    packages_opened: model.number().default(0),
    issue_count: model.number().default(0),
    warning_count: model.number().default(0),
    failure_reason: model.text().nullable(),
    /** The admin user who uploaded it (and whose name the migration entries carry). */
    created_by: model.text().nullable(),
    started_at: model.dateTime().nullable(),
    finished_at: model.dateTime().nullable(),
    /** Last progress write: an import whose heartbeat stops is resumed by the job. */
    heartbeat_at: model.dateTime().nullable(),
    issues: model.hasMany(() => ClientImportIssue, { mappedBy: "client_import" }),
  })
  .indexes([{ on: ["status"] }, { on: ["created_at"] }])
