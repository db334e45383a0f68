import type { Context } from "@medusajs/framework/types"
import { type ClientOptions, parseClientOptions } from "./lib/options"
import {
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaService,
} from "@medusajs/framework/utils"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import {
  ORDER_SPEND,
  RFM_SEGMENT_SQL,
  type RuleScope,
  SPEND_ORDERS,
  type TagRuleType,
  customerFilter,
  ruleMembersSql,
} from "./lib/tag-rules"
import {
  ClientImport,
  ClientImportIssue,
  ClientOutboxEvent,
  ClientProfile,
  ClientRfm,
  ClientTag,
  CustomFieldDefinition,
  CustomerTag,
  HealthDataAccess,
  TreatmentNote,
} from "./models"

import { stageOutboxEvents, withOutbox } from "../../lib/outbox"
import { CLIENT_ERASED_EVENT, CLIENT_IMPORT_EVENTS } from "./events"

type SharedContext = Context<EntityManager>
type Knex = ReturnType<EntityManager["getKnex"]>

const OUTBOX_TABLE = "client_outbox_event"
const OUTBOX_ID_PREFIX = "clob"

/** What applying one automatic tag's rule changed: customer tag ids inserted and soft-deleted. */
export type TagRuleChanges = { added: string[]; removed: string[] }

/** A `client_rfm` row as stored (the compensation of an RFM upsert restores these). */
export type ClientRfmRow = {
  id: string
  customer_id: string
  recency_days: number
  frequency: number
  monetary: string
  r_score: number
  f_score: number
  m_score: number
  segment: string
  computed_at: Date
  created_at: Date
}

const RFM_COLUMNS = [
  "id",
  "customer_id",
  "recency_days",
  "frequency",
  "monetary",
  "r_score",
  "f_score",
  "m_score",
  "segment",
  "computed_at",
  "created_at",
] as const

/**
 * A full run joins sets of ~100,000 rows whose statistics are often stale (the run itself
 * writes them); a nested loop chosen on a stale estimate turns seconds into hours, so full runs
 * use hash joins only (for their own transaction).
 */
const FULL_RUN_PLANNER = "SET LOCAL enable_nestloop = off"

/** A new id with a prefix, made by the database (set-based inserts). */
const sqlId = (prefix: string) => `'${prefix}_' || upper(replace(gen_random_uuid()::text, '-', ''))`

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

  /**
   * Makes one automatic tag's assignments match its rule, set-based: tags every customer (of the
   * scope) the rule selects and who does not carry the tag yet (`source: rule`), and soft-deletes
   * the rule's assignments of customers it no longer selects. Manual assignments are never
   * touched.
   */
  @InjectTransactionManager()
  async applyTagRule(
    tagId: string,
    rule: TagRuleType,
    scope: RuleScope,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<TagRuleChanges> {
    const trx = sharedContext.transactionManager!.getTransactionContext()!
    if (!scope.customer_ids) await trx.raw(FULL_RUN_PLANNER)
    const members = ruleMembersSql(rule, scope)
    const t = customerFilter("t.customer_id", scope)
    const { rows } = await trx.raw(
      `WITH members AS MATERIALIZED (${members.sql}),
      added AS (
        INSERT INTO customer_tag (id, customer_id, tag_id, source, created_at, updated_at)
        SELECT ${sqlId("custag")}, m.customer_id, ?, 'rule', now(), now() FROM members m
        WHERE NOT EXISTS (SELECT 1 FROM customer_tag t WHERE t.tag_id = ? AND t.customer_id = m.customer_id
          AND t.deleted_at IS NULL)
        ON CONFLICT DO NOTHING
        RETURNING id),
      removed AS (
        UPDATE customer_tag t SET deleted_at = now(), updated_at = now()
        WHERE t.tag_id = ? AND t.source = 'rule' AND t.deleted_at IS NULL${t.sql}
          AND NOT EXISTS (SELECT 1 FROM members m WHERE m.customer_id = t.customer_id)
        RETURNING t.id)
      SELECT (SELECT coalesce(json_agg(id), '[]'::json) FROM added) AS added,
        (SELECT coalesce(json_agg(id), '[]'::json) FROM removed) AS removed`,
      [...members.bindings, tagId, tagId, tagId, ...t.bindings]
    )
    return { added: rows[0].added, removed: rows[0].removed }
  }

  /** Undoes `applyTagRule`: deletes the inserted assignments and restores the removed ones. */
  @InjectTransactionManager()
  async revertTagRuleChanges(
    changes: TagRuleChanges,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<void> {
    const trx = sharedContext.transactionManager!.getTransactionContext()!
    if (changes.added.length) {
      await trx.raw("DELETE FROM customer_tag WHERE id = ANY(?::text[])", [
        `{${changes.added.join(",")}}`,
      ])
    }
    if (changes.removed.length) {
      await trx.raw(
        "UPDATE customer_tag SET deleted_at = NULL, updated_at = now() WHERE id = ANY(?::text[])",
        [`{${changes.removed.join(",")}}`]
      )
    }
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
    const trx = sharedContext.transactionManager!.getTransactionContext()!
    if (!scope.customer_ids) await trx.raw(FULL_RUN_PLANNER)
    const now = scope.now.toISOString()
    const a = customerFilter("a.customer_id", scope)
    const o = customerFilter("o.customer_id", scope)
    const c = customerFilter("c.id", scope)
    const r = customerFilter("r.customer_id", scope)
    const { rows: previous } = await trx.raw(
      `SELECT ${RFM_COLUMNS.join(", ")} FROM client_rfm r WHERE r.deleted_at IS NULL${r.sql}`,
      r.bindings
    )
    // Quintile scores: 1 + floor(5 × percent rank), higher being better (fewer days since the
    // last visit, more visits, more spend); ties share a score.
    const scored = scope.customer_ids
      ? `SELECT x.*,
          least(5, 1 + floor(5.0 * p.r_below / greatest(p.n, 1)))::int AS r,
          least(5, 1 + floor(5.0 * p.f_below / greatest(p.n, 1)))::int AS f,
          least(5, 1 + floor(5.0 * p.m_below / greatest(p.n, 1)))::int AS m
        FROM raw x CROSS JOIN LATERAL (
          SELECT count(*) AS n,
            count(*) FILTER (WHERE o.recency_days > x.recency_days) AS r_below,
            count(*) FILTER (WHERE o.frequency < x.frequency) AS f_below,
            count(*) FILTER (WHERE o.monetary < x.monetary) AS m_below
          FROM client_rfm o WHERE o.deleted_at IS NULL AND o.customer_id <> x.customer_id) p`
      : `SELECT x.*,
          least(5, 1 + floor(5 * percent_rank() OVER (ORDER BY x.recency_days DESC)))::int AS r,
          least(5, 1 + floor(5 * percent_rank() OVER (ORDER BY x.frequency)))::int AS f,
          least(5, 1 + floor(5 * percent_rank() OVER (ORDER BY x.monetary)))::int AS m
        FROM raw x`
    const { rows } = await trx.raw(
      `WITH visits AS (
        SELECT a.customer_id, min(coalesce(a.completed_at, a.starts_at)) AS first_at,
          max(coalesce(a.completed_at, a.starts_at)) AS last_at,
          count(*) FILTER (WHERE coalesce(a.completed_at, a.starts_at) > ?::timestamptz - interval '365 days') AS frequency
        FROM appointment a WHERE a.status = 'completed' AND a.deleted_at IS NULL${a.sql}
        GROUP BY a.customer_id),
      spend AS (
        SELECT o.customer_id, min(o.created_at) AS first_at, max(o.created_at) AS last_at,
          coalesce(sum(${ORDER_SPEND}) FILTER (WHERE o.created_at > ?::timestamptz - interval '365 days'), 0) AS monetary
        FROM ${SPEND_ORDERS}${o.sql}
        GROUP BY o.customer_id),
      raw AS MATERIALIZED (
        SELECT c.id AS customer_id,
          greatest(0, floor(extract(epoch FROM ?::timestamptz - greatest(v.last_at, s.last_at)) / 86400))::int AS recency_days,
          coalesce(v.frequency, 0)::int AS frequency, coalesce(s.monetary, 0) AS monetary,
          least(v.first_at, s.first_at) > ?::timestamptz - interval '30 days' AS is_new
        FROM customer c LEFT JOIN visits v ON v.customer_id = c.id LEFT JOIN spend s ON s.customer_id = c.id
        WHERE c.deleted_at IS NULL${c.sql} AND (v.customer_id IS NOT NULL OR s.customer_id IS NOT NULL)),
      scored AS (${scored}),
      upserted AS (
        INSERT INTO client_rfm (id, customer_id, recency_days, frequency, monetary, raw_monetary,
          r_score, f_score, m_score, segment, computed_at, created_at, updated_at)
        SELECT ${sqlId("crfm")}, customer_id, recency_days, frequency, monetary,
          jsonb_build_object('value', monetary::text, 'precision', 20), r, f, m, ${RFM_SEGMENT_SQL},
          ?::timestamptz, now(), now()
        FROM scored
        ON CONFLICT (customer_id) WHERE deleted_at IS NULL DO UPDATE SET
          recency_days = excluded.recency_days, frequency = excluded.frequency,
          monetary = excluded.monetary, raw_monetary = excluded.raw_monetary,
          r_score = excluded.r_score, f_score = excluded.f_score, m_score = excluded.m_score,
          segment = excluded.segment, computed_at = excluded.computed_at, updated_at = now()
        RETURNING customer_id),
      gone AS (
        DELETE FROM client_rfm r WHERE r.deleted_at IS NULL${r.sql}
          AND NOT EXISTS (SELECT 1 FROM raw x WHERE x.customer_id = r.customer_id)
        RETURNING r.id)
      SELECT (SELECT count(*) FROM upserted)::int AS updated, (SELECT count(*) FROM gone)::int AS deleted`,
      [now, ...a.bindings, now, ...o.bindings, now, now, ...c.bindings, now, ...r.bindings]
    )
    return { updated: rows[0].updated, previous }
  }

  /** Undoes `recomputeRfm`: the scope's rows become the previous ones again. */
  @InjectTransactionManager()
  async restoreRfm(
    scope: Pick<RuleScope, "customer_ids">,
    previous: ClientRfmRow[],
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<void> {
    const trx = sharedContext.transactionManager!.getTransactionContext()!
    const r = customerFilter("r.customer_id", { now: new Date(), ...scope })
    await trx.raw(`DELETE FROM client_rfm r WHERE r.deleted_at IS NULL${r.sql}`, r.bindings)
    for (let start = 0; start < previous.length; start += 5000) {
      await trx("client_rfm").insert(
        previous.slice(start, start + 5000).map((row) => ({
          ...row,
          raw_monetary: { value: String(row.monetary), precision: 20 },
        }))
      )
    }
  }
}

export default ClientModuleService
