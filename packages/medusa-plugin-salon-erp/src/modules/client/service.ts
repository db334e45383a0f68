import type { Context } from "@medusajs/framework/types"
import { type ClientOptions, parseClientOptions } from "./lib/options"
import {
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaService,
} from "@medusajs/framework/utils"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import type { RuleScope, TagRuleType } from "./lib/tag-rules"
import type { JsonbCondition } from "./lib/custom-field-filter"
import {
  ClientCustomerFact,
  ClientImport,
  ClientImportIssue,
  ClientOrderFact,
  ClientOutboxEvent,
  ClientProfile,
  ClientRfm,
  ClientTag,
  ClientVisitFact,
  CustomFieldDefinition,
  CustomerTag,
  HealthDataAccess,
  TreatmentNote,
} from "./models"

import { stageOutboxEvents, withOutbox } from "../../lib/outbox"
import { CLIENT_ERASED_EVENT, CLIENT_IMPORT_EVENTS } from "./events"
import { FULL_RUN_PLANNER, connectionOf, sqlId, transactionOf } from "./lib/db"
import {
  type ContactMatch,
  type FactKind,
  type FactRows,
  type FactWriteCounts,
  deleteFacts,
  findCustomersByContact,
  pruneFacts,
  upsertFacts,
} from "./repositories/fact-repository"
import {
  type TagRuleChanges,
  applyTagRule,
  revertTagRuleChanges,
} from "./repositories/tag-rule-repository"
import {
  type ClientRfmRow,
  listRfmRows,
  restoreRfmRows,
  upsertRfmRows,
} from "./repositories/rfm-repository"

export type { ClientRfmRow, FactKind, FactRows, FactWriteCounts, TagRuleChanges }

type SharedContext = Context<EntityManager>
type Knex = ReturnType<EntityManager["getKnex"]>

const OUTBOX_TABLE = "client_outbox_event"
const OUTBOX_ID_PREFIX = "clob"

/**
 * Client profiles, custom field definitions, tags, treatment notes and the health data access
 * log, with the generated CRUD plus the counts the rules and lists need.
 */
class ClientModuleService extends withOutbox(
  MedusaService({
    ClientProfile,
    CustomFieldDefinition,
    ClientTag,
    CustomerTag,
    TreatmentNote,
    HealthDataAccess,
    ClientRfm,
    ClientImport,
    ClientImportIssue,
    ClientOutboxEvent,
    ClientCustomerFact,
    ClientVisitFact,
    ClientOrderFact,
  }),
  OUTBOX_TABLE
) {
  protected readonly options_: ClientOptions

  constructor(container: Record<string, unknown>, options?: unknown) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.options_ = parseClientOptions(options)
  }

  /** The client settings (plugin options merged with defaults). */
  async getClientSettings(): Promise<ClientOptions> {
    return { ...this.options_ }
  }

  /**
   * Writes a profile's object-valued json columns exactly as given. Module updates merge objects
   * into the stored value, so a key removed from `custom_fields` or `preferences` would survive.
   */
  @InjectTransactionManager()
  async replaceProfileObjects(
    id: string,
    values: { custom_fields?: Record<string, unknown>; preferences?: Record<string, unknown> },
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<void> {
    const changes = Object.fromEntries(
      Object.entries(values)
        .filter(([, value]) => value !== undefined)
        .map(([column, value]) => [column, JSON.stringify(value)])
    )
    if (!Object.keys(changes).length) return
    const trx = sharedContext.transactionManager!.getTransactionContext()!
    await trx("client_profile").where({ id }).whereNull("deleted_at").update(changes)
  }

  // ---------------------------------------------------------------- events

  protected async stageEvent_(trx: Knex, eventName: string, aggregateId: string, data: unknown) {
    const [id] = await stageOutboxEvents(trx, OUTBOX_TABLE, OUTBOX_ID_PREFIX, [
      { event_name: eventName, aggregate_id: aggregateId, data },
    ])
    return id
  }

  /**
   * Records that a customer's erasure finished: `client.erased` goes to the outbox. The erasure
   * spans several modules, so this is its own write, made after the others succeeded.
   * Returns the outbox event's id (the workflow's compensation discards it).
   */
  @InjectTransactionManager()
  async stageClientErased(
    customerId: string,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<string> {
    const trx = sharedContext.transactionManager!.getTransactionContext()!
    return await this.stageEvent_(trx, CLIENT_ERASED_EVENT, customerId, {
      customer_id: customerId,
    })
  }

  /** Drops outbox events not yet published (a failed workflow undoing what it announced). */
  @InjectTransactionManager()
  async discardPendingOutboxEvents(
    ids: string[],
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<void> {
    const trx = sharedContext.transactionManager!.getTransactionContext()!
    await trx(OUTBOX_TABLE).whereIn("id", ids).where({ status: "pending" }).delete()
  }

  // ---------------------------------------------------------------- client import bookkeeping

  /** Stores an uploaded file as a queued import and, with it, `client_import.created` for the worker. */
  @InjectTransactionManager()
  async createQueuedClientImport(
    data: {
      file_name: string
      content: string
      dry_run: boolean
      columns: Record<string, unknown>
      created_by: string | null
    },
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<{ id: string }> {
    const created = await this.createClientImports({ ...data, status: "queued" }, sharedContext)
    const trx = sharedContext.transactionManager!.getTransactionContext()!
    await this.stageEvent_(trx, CLIENT_IMPORT_EVENTS.CREATED, created.id, { id: created.id })
    return { id: created.id }
  }

  /** Queues the real run of a checked dry run, with `client_import.run_requested` for the worker. */
  @InjectTransactionManager()
  async queueClientImportRun(
    id: string,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<{ id: string }> {
    await this.updateClientImports(
      { id, status: "queued", dry_run: false, heartbeat_at: null },
      sharedContext
    )
    const trx = sharedContext.transactionManager!.getTransactionContext()!
    await this.stageEvent_(trx, CLIENT_IMPORT_EVENTS.RUN_REQUESTED, id, { id })
    return { id }
  }

  /**
   * Takes an import to work on: one that nobody works on, or whose worker stopped writing
   * progress `staleAfterSeconds` ago (a restarted server resumes it). Returns null if another
   * worker has it, so an import never runs twice at once.
   */
  @InjectManager()
  async claimClientImport(
    id: string,
    staleAfterSeconds: number,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<boolean> {
    const knex = sharedContext.manager!.getKnex()
    const claimed = await knex("client_import")
      .where({ id })
      .whereNull("deleted_at")
      .whereIn("status", ["queued", "validating", "importing"])
      .where((where) =>
        where
          .whereNull("heartbeat_at")
          .orWhereRaw("heartbeat_at < now() - make_interval(secs => ?)", [staleAfterSeconds])
      )
      .update({ heartbeat_at: knex.fn.now() })
    return Number(claimed) > 0
  }

  /**
   * Saves an import's status, counters and progress without reading the row (it holds the whole
   * file), and renews the heartbeat that tells the resume job the worker is alive.
   */
  @InjectManager()
  async saveClientImportProgress(
    id: string,
    fields: Record<string, unknown>,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<void> {
    const knex = sharedContext.manager!.getKnex()
    const values = Object.fromEntries(
      Object.entries(fields).map(([key, value]) => [
        key,
        key === "columns" ? JSON.stringify(value) : value,
      ])
    )
    await knex("client_import")
      .where({ id })
      .update({ ...values, heartbeat_at: knex.fn.now(), updated_at: knex.fn.now() })
  }

  /**
   * Deletes the stored files (they hold personal and health data) of imports that were checked
   * but not run within `retentionDays`; their reports stay. Returns how many were deleted.
   */
  @InjectManager()
  async purgeClientImportFiles(
    retentionDays: number,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<number> {
    const knex = sharedContext.manager!.getKnex()
    const purged = await knex("client_import")
      .whereNull("deleted_at")
      .whereNotNull("content")
      .whereIn("status", ["validated", "completed", "failed"])
      .whereRaw("coalesce(finished_at, updated_at) < now() - make_interval(days => ?)", [
        retentionDays,
      ])
      .update({ content: null, updated_at: knex.fn.now() })
    return Number(purged)
  }

  /** Whether an import still holds its file (it is deleted once run, failed or kept too long). */
  @InjectManager()
  async clientImportFileKept(
    id: string,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<boolean> {
    const knex = sharedContext.manager!.getKnex()
    const row = await knex("client_import")
      .where({ id })
      .whereNull("deleted_at")
      .whereNotNull("content")
      .first(knex.raw("1 AS kept"))
    return !!row
  }

  /** Imports left behind by a stopped worker (no progress for `staleAfterSeconds`). */
  @InjectManager()
  async listStalledClientImports(
    staleAfterSeconds: number,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<string[]> {
    const knex = sharedContext.manager!.getKnex()
    const rows = await knex("client_import")
      .select("id")
      .whereNull("deleted_at")
      .whereIn("status", ["queued", "validating", "importing"])
      .where((where) =>
        where.whereRaw("coalesce(heartbeat_at, created_at) < now() - make_interval(secs => ?)", [
          staleAfterSeconds,
        ])
      )
      .orderBy("created_at")
    return rows.map((row: { id: string }) => row.id)
  }

  /**
   * Replaces the issues an import recorded from `fromLine` on (a resumed chunk reports again)
   * with `issues`, and keeps the import's issue and warning counts equal to its rows.
   */
  @InjectTransactionManager()
  async recordClientImportIssues(
    importId: string,
    fromLine: number,
    issues: {
      line: number
      column: string | null
      value: string | null
      message: string
      severity: "error" | "warning"
      phase: "check" | "import"
    }[],
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<void> {
    const trx = sharedContext.transactionManager!.getTransactionContext()!
    const removed: { severity: string }[] = await trx("client_import_issue")
      .where({ client_import_id: importId })
      .where("line", ">=", fromLine)
      .del()
      .returning("severity")
    for (let start = 0; start < issues.length; start += 1000) {
      await trx("client_import_issue").insert(
        issues.slice(start, start + 1000).map((issue) => ({
          id: trx.raw(sqlId("cimpi")),
          client_import_id: importId,
          line: issue.line,
          column: issue.column,
          value: issue.value === null ? null : issue.value.slice(0, 500),
          message: issue.message,
          severity: issue.severity,
          phase: issue.phase,
        }))
      )
    }
    // Counted as they change: recounting a large file's issues after every chunk adds up.
    const warnings = (list: { severity: string }[]) =>
      list.filter((issue) => issue.severity === "warning").length
    await trx("client_import")
      .where({ id: importId })
      .update({
        issue_count: trx.raw("issue_count + ?", [issues.length - removed.length]),
        warning_count: trx.raw("warning_count + ?", [warnings(issues) - warnings(removed)]),
        heartbeat_at: trx.fn.now(),
      })
  }

  /**
   * How many profiles store a value for a custom field; with `option`, how many use that option
   * (a select equal to it, a multi-select containing it).
   */
  @InjectManager()
  async countCustomFieldUsage(
    key: string,
    option?: string,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<number> {
    const knex = sharedContext.manager!.getKnex()
    const builder = knex("client_profile")
      .whereNull("deleted_at")
      .whereRaw("custom_fields \\? ?", [key])
      .whereRaw("custom_fields -> ? <> 'null'::jsonb", [key])
    if (option !== undefined) {
      builder.where((where) =>
        where
          .whereRaw("custom_fields ->> ? = ?", [key, option])
          .orWhereRaw("(jsonb_typeof(custom_fields -> ?) = 'array' AND custom_fields -> ? \\? ?)", [
            key,
            key,
            option,
          ])
      )
    }
    const row = await builder.count<{ count: string }[]>("id as count").first()
    return Number(row?.count ?? 0)
  }

  /** The customers whose profile matches a custom field condition (see `customFieldFilter`). */
  @InjectManager()
  async listCustomerIdsByCustomFields(
    condition: JsonbCondition,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<string[]> {
    const rows: { customer_id: string }[] = await connectionOf(sharedContext)("client_profile")
      .select("customer_id")
      .whereNull("deleted_at")
      .whereRaw(condition.sql, condition.bindings)
    return rows.map((row) => row.customer_id)
  }

  /** Number of customers carrying each tag, by tag id (tags no one carries are absent). */
  @InjectManager()
  async countCustomersByTag(
    tagIds: string[],
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<Record<string, number>> {
    if (!tagIds.length) return {}
    const knex = sharedContext.manager!.getKnex()
    const rows: { tag_id: string; count: string }[] = await knex("customer_tag")
      .select("tag_id")
      .count("id as count")
      .whereIn("tag_id", tagIds)
      .whereNull("deleted_at")
      .groupBy("tag_id")
    return Object.fromEntries(rows.map((row) => [row.tag_id, Number(row.count)]))
  }

  // ---------------------------------------------------------------- read model (facts)

  /**
   * Writes facts copied from their sources (customer, booking and order modules), keyed by the
   * source id: writing the same source again replaces its row. Returns what changed.
   */
  @InjectTransactionManager()
  async upsertClientFacts<K extends FactKind>(
    kind: K,
    rows: FactRows[K][],
    syncedAt: Date = new Date(),
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<FactWriteCounts> {
    return await upsertFacts(transactionOf(sharedContext), kind, rows, syncedAt)
  }

  /** Deletes the facts of these source ids (their source no longer counts). */
  @InjectTransactionManager()
  async deleteClientFacts(
    kind: FactKind,
    sourceIds: string[],
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<number> {
    return await deleteFacts(transactionOf(sharedContext), kind, sourceIds)
  }

  /**
   * The customers with one of these contact keys (`lib/contact-keys`), from the read model in
   * one query: those with an account first, then the oldest.
   */
  @InjectManager()
  async findCustomersByContact(
    emailKeys: string[],
    phoneKeys: string[],
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<ContactMatch[]> {
    return await findCustomersByContact(connectionOf(sharedContext), emailKeys, phoneKeys)
  }

  /** Deletes the facts not written since `syncedBefore` (a rebuild's leftovers). */
  @InjectTransactionManager()
  async pruneClientFacts(
    kind: FactKind,
    syncedBefore: Date,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<number> {
    return await pruneFacts(transactionOf(sharedContext), kind, syncedBefore)
  }

  // ---------------------------------------------------------------- automatic tags and RFM

  /**
   * Makes one automatic tag's assignments match its rule, set-based, on the read model: tags
   * every customer (of the scope) the rule selects, untags the rule's assignments of the others.
   * Manual assignments are never touched.
   */
  @InjectTransactionManager()
  async applyTagRule(
    tagId: string,
    rule: TagRuleType,
    scope: RuleScope,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<TagRuleChanges> {
    const trx = transactionOf(sharedContext)
    if (!scope.customer_ids) await trx.raw(FULL_RUN_PLANNER)
    return await applyTagRule(trx, tagId, rule, scope)
  }

  /** Undoes `applyTagRule`: deletes the inserted assignments and restores the removed ones. */
  @InjectTransactionManager()
  async revertTagRuleChanges(
    changes: TagRuleChanges,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<void> {
    await revertTagRuleChanges(transactionOf(sharedContext), changes)
  }

  /**
   * Recomputes RFM rows, set-based, for every customer with a completed visit or a placed order
   * (or the scope's customers): recency (days since the last visit or order), frequency (visits
   * in the last 365 days), monetary (spend in the last 365 days), their quintile scores and the
   * segment. A full run scores against everyone; a per-customer run scores against the stored
   * rows of the other customers. Rows of customers without history are deleted. Returns the
   * rows as they were (for compensation) and how many were written.
   */
  @InjectTransactionManager()
  async recomputeRfm(
    scope: RuleScope,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<{ updated: number; previous: ClientRfmRow[] }> {
    const trx = transactionOf(sharedContext)
    if (!scope.customer_ids) await trx.raw(FULL_RUN_PLANNER)
    const previous = await listRfmRows(trx, scope)
    const updated = await upsertRfmRows(trx, scope)
    return { updated, previous }
  }

  /** Undoes `recomputeRfm`: the scope's rows become the previous ones again. */
  @InjectTransactionManager()
  async restoreRfm(
    scope: Pick<RuleScope, "customer_ids">,
    previous: ClientRfmRow[],
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<void> {
    await restoreRfmRows(transactionOf(sharedContext), scope, previous)
  }
}

export default ClientModuleService
