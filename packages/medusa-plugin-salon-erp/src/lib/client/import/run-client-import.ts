import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { CLIENT_MODULE } from "../../../modules/client"
import { CLIENT_IMPORT_EVENTS } from "../../../modules/client/events"
import { parseCsv } from "../../../modules/client/lib/import/csv"
import type ClientModuleService from "../../../modules/client/service"
import { mapColumns } from "./columns"
import { loadImportLookups } from "./load-lookups"
import { type PlannedClientRow, findRepeatedCustomers, planRows } from "./plan-rows"
import { type ImportIssue, type ImportedClient, readRow } from "./read-row"
import { refreshCustomerFacts } from "../source-facts"
import { recomputeClientTagsWorkflow } from "../../../workflows/client/workflows/recompute-client-tags"
import { importClientRowsWorkflow } from "../../../workflows/client/workflows/import-client-rows"

/** Rows checked and written together (one workflow run, one progress update). */
export const IMPORT_CHUNK_ROWS = 500
/** An import whose worker wrote no progress for this long is taken over (a restarted server). */
export const IMPORT_STALE_AFTER_SECONDS = 120

// The client module stages the worker's triggers itself (in its outbox), so the names live there.
export { CLIENT_IMPORT_EVENTS }

type Issue = ImportIssue & { severity: "error" | "warning"; phase: "check" | "import" }

const COUNTER_FIELDS = [
  "processed_rows",
  "valid_rows",
  "error_rows",
  "created_customers",
  "updated_customers",
  "stored_value_openings",
  "packages_opened",
] as const

type Counters = Record<(typeof COUNTER_FIELDS)[number], number>

/**
 * Works through one client import: the check of every row (a dry run ends there, having written
 * nothing but its report), then, for a real run, the import of the valid rows in chunks of
 * {@link IMPORT_CHUNK_ROWS}, each by `importClientRowsWorkflow`. Progress and issues are saved
 * after every chunk, so staff watch it advance and a stopped server's import is resumed from
 * its last chunk (the writes are keyed, so a chunk done twice changes nothing).
 */
export async function runClientImport(container: MedusaContainer, importId: string) {
  const client: ClientModuleService = container.resolve(CLIENT_MODULE)
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  if (!(await client.claimClientImport(importId, IMPORT_STALE_AFTER_SECONDS))) return

  const record = await client.retrieveClientImport(importId)
  const phase: "check" | "import" =
    record.status === "importing" || (record.status === "queued" && !record.dry_run)
      ? "import"
      : "check"
  try {
    await work(container, client, record, phase)
  } catch (error) {
    logger.error(`Client import ${importId} failed: ${(error as Error).stack ?? error}`)
    await client.saveClientImportProgress(importId, {
      status: "failed",
      failure_reason: `The import stopped on an unexpected error: ${(error as Error).message}`,
      content: null,
      finished_at: new Date(),
    })
    await emit(container, CLIENT_IMPORT_EVENTS.FAILED, importId)
  }
}

async function emit(container: MedusaContainer, name: string, id: string) {
  await container.resolve(Modules.EVENT_BUS).emit({ name, data: { id } })
}

async function work(
  container: MedusaContainer,
  client: ClientModuleService,
  record: Awaited<ReturnType<ClientModuleService["retrieveClientImport"]>>,
  phase: "check" | "import"
) {
  const importId = record.id
  const parsed = parseCsv(record.content ?? "")
  const lookups = await loadImportLookups(container)
  const activeKeys = new Set(
    lookups.definitions.filter((definition) => definition.is_active).map((d) => d.key)
  )
  const { map, issues: headerIssues } = mapColumns(parsed.header, activeKeys)
  const fileIssues: Issue[] = headerIssues.map((issue) => ({
    line: 1,
    column: issue.column,
    value: null,
    message: issue.message,
    severity: "error",
    phase,
  }))
  if (parsed.unterminated_quote_line) {
    fileIssues.push({
      line: parsed.unterminated_quote_line,
      column: null,
      value: null,
      message: "a quote opened on this line is never closed, so the rest of the file is one cell",
      severity: "error",
      phase,
    })
  }
  if (!parsed.records.length && !fileIssues.length) {
    fileIssues.push({
      line: 2,
      column: null,
      value: null,
      message: "the file has a header but no rows",
      severity: "error",
      phase,
    })
  }
  if (fileIssues.length) {
    await client.recordClientImportIssues(importId, 0, fileIssues)
    await client.saveClientImportProgress(importId, {
      status: "failed",
      columns: parsed.header,
      total_rows: parsed.records.length,
      failure_reason: `The file cannot be imported: ${fileIssues
        .slice(0, 3)
        .map((issue) => `${issue.column ?? `line ${issue.line}`} ${issue.message}`)
        .join(
          "; "
        )}${fileIssues.length > 3 ? ` (and ${fileIssues.length - 3} more, see the issues)` : ""}`,
      finished_at: new Date(),
      // A failed file cannot be run; it holds personal and health data.
      content: null,
    })
    await emit(container, CLIENT_IMPORT_EVENTS.FAILED, importId)
    return
  }

  const counters: Counters = Object.fromEntries(
    COUNTER_FIELDS.map((field) => [field, Number(record[field] ?? 0)])
  ) as Counters
  if (record.status === "queued") {
    for (const field of COUNTER_FIELDS) counters[field] = 0
    await client.recordClientImportIssues(importId, 0, [])
    await client.saveClientImportProgress(importId, {
      status: phase === "check" ? "validating" : "importing",
      columns: parsed.header,
      total_rows: parsed.records.length,
      ...counters,
      failure_reason: null,
      started_at: new Date(),
      finished_at: null,
    })
  }

  // Rows are matched to customers by the read model's contact keys: bring them up to date first.
  await refreshCustomerFacts(container)

  // Rows are read chunk by chunk (a large file's rows at once would crowd memory); the customers
  // seen so far carry over, so a customer repeated chunks later is still caught. A resumed
  // import first replays the rows it had done into them.
  const records = parsed.records
  const seen = { email: new Map<string, number>(), phone: new Map<string, number>() }
  for (let start = 0; start < counters.processed_rows; start += IMPORT_CHUNK_ROWS) {
    const done = records.slice(start, Math.min(start + IMPORT_CHUNK_ROWS, counters.processed_rows))
    findRepeatedCustomers(
      done.flatMap((record) => readRow(record, map, lookups).row ?? []),
      seen
    )
  }
  const locking = container.resolve(Modules.LOCKING)

  for (let start = counters.processed_rows; start < records.length; start += IMPORT_CHUNK_ROWS) {
    const chunk = records
      .slice(start, start + IMPORT_CHUNK_ROWS)
      .map((record) => readRow(record, map, lookups))
    const repeated = findRepeatedCustomers(
      chunk.flatMap((result) => result.row ?? []),
      seen
    )
    const issues: Issue[] = []
    const candidates: ImportedClient[] = []
    for (const { row, issues: rowIssues } of chunk) {
      issues.push(...rowIssues.map((issue) => ({ ...issue, severity: "error" as const, phase })))
      if (!row) continue
      const repeat = repeated.get(row.line)
      if (repeat) issues.push({ ...repeat, severity: "error", phase })
      else candidates.push(row)
    }
    const checkAndWrite = async () => {
      const planned = await planRows(
        container,
        candidates,
        lookups.definitions,
        map.custom_fields.size > 0
      )
      const valid = planned.filter((row) => !row.issues.length)
      for (const row of planned) {
        issues.push(...row.issues.map((issue) => ({ ...issue, severity: "error" as const, phase })))
      }
      if (phase === "import" && valid.length) {
        issues.push(
          ...(await writeRows(container, importId, record.created_by ?? null, valid, counters))
        )
      }
    }
    if (phase === "import") {
      // Chunks of concurrent imports take turns, so two files cannot both create one customer.
      await locking.execute("client-import:write", checkAndWrite, { timeout: 300 })
    } else {
      await checkAndWrite()
    }

    const errorLines = new Set(
      issues.filter((issue) => issue.severity === "error").map((i) => i.line)
    )
    counters.error_rows += errorLines.size
    counters.valid_rows += chunk.length - errorLines.size
    counters.processed_rows = Math.min(start + IMPORT_CHUNK_ROWS, records.length)
    issues.sort((a, b) => a.line - b.line)
    await client.recordClientImportIssues(
      importId,
      chunk[0] ? parsed.records[start].line : 0,
      issues
    )
    await client.saveClientImportProgress(importId, { ...counters })
  }

  const done = phase === "check" && record.dry_run
  await client.saveClientImportProgress(importId, {
    status: phase === "import" ? "completed" : done ? "validated" : "importing",
    finished_at: phase === "import" || done ? new Date() : null,
    // The file holds personal and health data: once imported, only the report is kept.
    ...(phase === "import" ? { content: null } : {}),
  })
  if (phase === "import") {
    await refreshAutomaticTags(container)
    await emit(container, CLIENT_IMPORT_EVENTS.COMPLETED, importId)
  } else if (done) {
    await emit(container, CLIENT_IMPORT_EVENTS.VALIDATED, importId)
  }
}

/**
 * Writes checked rows in one workflow run; if it fails (a customer registered meanwhile with an
 * email of the chunk, say), each row is retried alone so only the rows at fault are reported.
 */
async function writeRows(
  container: MedusaContainer,
  importId: string,
  userId: string | null,
  rows: PlannedClientRow[],
  counters: Counters
): Promise<Issue[]> {
  const run = async (batch: PlannedClientRow[]) => {
    const { result } = await importClientRowsWorkflow(container).run({
      input: { import_id: importId, user_id: userId, rows: batch },
    })
    counters.created_customers += result.created_customers
    counters.updated_customers += result.updated_customers
    counters.stored_value_openings += result.stored_value_openings
    counters.packages_opened += result.packages_opened
    return result.warnings.map((warning) => ({
      ...warning,
      severity: "warning" as const,
      phase: "import" as const,
    }))
  }
  try {
    return await run(rows)
  } catch {
    const issues: Issue[] = []
    for (const row of rows) {
      try {
        issues.push(...(await run([row])))
      } catch (error) {
        issues.push({
          line: row.line,
          column: null,
          value: null,
          message: `could not be imported: ${(error as Error).message}`,
          severity: "error",
          phase: "import",
        })
      }
    }
    return issues
  }
}

/**
 * Imported customers get their automatic tags and RFM scores now rather than at night (one
 * set-based run, seconds for 100,000 customers). The import itself is done: a failure here is
 * logged and left to the nightly job.
 */
async function refreshAutomaticTags(container: MedusaContainer) {
  try {
    await recomputeClientTagsWorkflow(container).run({ input: {} })
  } catch (error) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .warn(`Client tags were not recomputed after an import: ${(error as Error).message}`)
  }
}
