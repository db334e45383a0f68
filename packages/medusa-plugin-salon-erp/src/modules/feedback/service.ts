import type { Context } from "@medusajs/framework/types"
import {
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
  MedusaService,
  generateEntityId,
} from "@medusajs/framework/utils"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import {
  Complaint,
  ComplaintAttachment,
  ComplaintCategory,
  ComplaintEvent,
  ComplaintRemedy,
  FollowUpVisit,
  SatisfactionDailyStat,
  FeedbackOutboxEvent,
  SatisfactionSurvey,
} from "./models"
import {
  type ComplaintEventData,
  FEEDBACK_OUTBOX_ID_PREFIX,
  FEEDBACK_OUTBOX_TABLE,
  FeedbackWorkflowEvents,
  complaintEventData,
} from "./events"
import { ACTIVE_COMPLAINT_STATUSES } from "./lib/constants"
import { type FeedbackOptions, parseFeedbackOptions } from "./lib/options"
import { classifyAnswer, lowScoreStreak, netPromoterScore } from "./lib/satisfaction"
import { minutesBetween, resolutionDeadline, slaDeadlines } from "./lib/sla"
import { type ComplaintMove, moveError, statusAfter } from "./lib/status"
import { localDate } from "./lib/time"
import type {
  AnalyticsInterval,
  ComplaintAnalyticsQuery,
  ComplaintChannel,
  ComplaintAnalyticsRow,
  ComplaintEventInput,
  ComplaintSeverity,
  ComplaintSnapshot,
  ComplaintStatus,
  CreateComplaintInput,
  CreateComplaintResult,
  CreateSurveyInput,
  FeedbackActor,
  FollowUpReason,
  LowScoreAlert,
  SatisfactionAnalyticsQuery,
  SatisfactionAnalyticsRow,
  SlaClaim,
  SlaDeadline,
  SlaStage,
  SlaState,
  SubmitSurveyInput,
} from "./types"
import { conflictError } from "../../lib/errors"
import { type OutboxEventDraft, stageOutboxEvents, withOutbox } from "../../lib/outbox"

type Knex = ReturnType<EntityManager["getKnex"]>
type SharedContext = Context<EntityManager>
type Row = Record<string, unknown>

/** A complaint row as read with knex (the columns the rules look at, and the rest). */
type ComplaintRow = Row & {
  id: string
  display_id: number | string
  status: ComplaintStatus
  severity: ComplaintSeverity
  channel: ComplaintChannel
  category_id: string
  category_code: string
  appointment_id: string | null
  order_id: string | null
  staff_member_id: string | null
  sla_state: SlaState
  created_at: Date
  reopened_at: Date | null
  reopen_count: number | string
  assignee_user_id: string | null
  first_responded_at: Date | null
  first_response_met: boolean | null
  first_response_due_at: Date
  first_response_breached_at: Date | null
  resolution_met: boolean | null
  resolution_due_at: Date
  resolution_breached_at: Date | null
  resolution_rating: number | null
  rated_at: Date | null
  customer_id: string
  branch_id: string
}

/** Numbers and averages as the report queries return them. */
type AggregateRow = Record<string, string | number | null>

const int = (value: string | number | null) => Number(value ?? 0)
const text = (value: string | number | null) => (value === null ? null : String(value))

const UNIQUE_VIOLATION = "23505"
/** An SLA claim not recorded on the timeline this long after it was taken is taken over. */
const SLA_CLAIM_LEASE_SECONDS = 120
const ACTIVE = [...ACTIVE_COMPLAINT_STATUSES] as string[]

/** Columns a workflow step may change on a complaint; a snapshot of them undoes the change. */
const MUTABLE_COMPLAINT_COLUMNS = [
  "status",
  "severity",
  "category_id",
  "subject",
  "appointment_id",
  "order_id",
  "staff_member_id",
  "assignee_user_id",
  "assigned_at",
  "first_response_warn_at",
  "first_response_due_at",
  "first_response_warned_at",
  "first_response_breached_at",
  "first_responded_at",
  "first_response_minutes",
  "first_response_met",
  "resolution_warn_at",
  "resolution_due_at",
  "resolution_warned_at",
  "resolution_breached_at",
  "resolution_met",
  "resolved_at",
  "resolved_by",
  "resolution_minutes",
  "resolution_summary",
  "closed_at",
  "reopened_at",
  "reopen_count",
  "resolution_rating",
  "resolution_comment",
  "rated_at",
] as const

/** The columns an SLA claim sets, per deadline and stage (never built from user input). */
const SLA_COLUMNS: Record<SlaDeadline, Record<SlaStage, string> & { due: string; warn: string }> = {
  first_response: {
    warning: "first_response_warned_at",
    breach: "first_response_breached_at",
    due: "first_response_due_at",
    warn: "first_response_warn_at",
  },
  resolution: {
    warning: "resolution_warned_at",
    breach: "resolution_breached_at",
    due: "resolution_due_at",
    warn: "resolution_warn_at",
  },
}

/** SQL for the start of a period, from a "YYYY-MM-DD" text column (never built from user input). */
const PERIOD_SQL: Record<AnalyticsInterval, (column: string) => string> = {
  day: (column) => column,
  week: (column) => `to_char(date_trunc('week', ${column}::date), 'YYYY-MM-DD')`,
  month: (column) => `left(${column}, 7) || '-01'`,
}

/** Daily stat columns in insert order; the sums are added up on conflict. */
const DAILY_STAT_SUMS = [
  "responses",
  "technique_sum",
  "attitude_sum",
  "environment_sum",
  "result_sum",
  "promoters",
  "passives",
  "detractors",
  "low_scores",
]
const DAILY_STAT_COLUMNS = [
  "id",
  "service_date",
  "branch_id",
  "staff_member_id",
  ...DAILY_STAT_SUMS,
]

const COMPLAINT_GROUP_SQL = {
  category: "category_id",
  branch: "branch_id",
  staff_member: "staff_member_id",
  severity: "severity",
  channel: "channel",
} as const

/** The event each status move reports. */
const MOVE_EVENTS: Record<ComplaintMove, string> = {
  assign: FeedbackWorkflowEvents.COMPLAINT_ASSIGNED,
  start: FeedbackWorkflowEvents.COMPLAINT_STARTED,
  resolve: FeedbackWorkflowEvents.COMPLAINT_RESOLVED,
  close: FeedbackWorkflowEvents.COMPLAINT_CLOSED,
  reopen: FeedbackWorkflowEvents.COMPLAINT_REOPENED,
}

const dbError = (error: unknown): { code?: string; constraint?: string } =>
  (error ?? {}) as { code?: string; constraint?: string }

const round = (value: unknown, digits = 2): number | null =>
  value === null || value === undefined ? null : Number(Number(value).toFixed(digits))

const share = (part: number, whole: number): number | null =>
  whole ? Math.round((part / whole) * 1000) / 10 : null

/**
 * Complaints (with their timeline, attachments and remedies), satisfaction surveys and the
 * follow-up visits low scores raise. The generated CRUD covers plain records; the methods below
 * hold the rules that must be atomic (status moves, SLA claims, one answer per survey, alerts)
 * and the report queries.
 */
class FeedbackModuleService extends withOutbox(
  MedusaService({
    ComplaintCategory,
    Complaint,
    ComplaintEvent,
    ComplaintAttachment,
    ComplaintRemedy,
    SatisfactionSurvey,
    SatisfactionDailyStat,
    FollowUpVisit,
    FeedbackOutboxEvent,
  }),
  FEEDBACK_OUTBOX_TABLE
) {
  protected readonly options_: FeedbackOptions

  constructor(container: Record<string, unknown>, options?: unknown) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.options_ = parseFeedbackOptions(options)
  }

  /** The chain's complaint and satisfaction rules (module options merged with defaults). */
  async getFeedbackSettings(): Promise<FeedbackOptions> {
    return structuredClone(this.options_)
  }

  /** Writes events to the module's outbox in the caller's transaction (they commit with the change). */
  protected async stageEvents_(trx: Knex, events: OutboxEventDraft[]): Promise<void> {
    await stageOutboxEvents(trx, FEEDBACK_OUTBOX_TABLE, FEEDBACK_OUTBOX_ID_PREFIX, events)
  }

  /** Stages a complaint.* event built from the complaint as the transaction now sees it. */
  protected async stageComplaintEvents_(
    trx: Knex,
    complaintId: string,
    actor: FeedbackActor,
    events: { event_name: string; extra?: Partial<ComplaintEventData> }[]
  ): Promise<void> {
    if (!events.length) {
      return
    }
    const complaint = await this.snapshotWithCategory_(
      trx,
      await this.lockComplaint_(trx, complaintId)
    )
    await this.stageEvents_(
      trx,
      events.map((event) => ({
        event_name: event.event_name,
        aggregate_id: complaintId,
        data: complaintEventData(complaint, actor, event.extra),
      }))
    )
  }

  // ---------------------------------------------------------------- complaints

  /**
   * Files a complaint with its SLA deadlines (from the severity) and the first timeline entry.
   * A retry with the same idempotency key returns the first complaint.
   */
  @InjectManager()
  async createComplaint(
    input: CreateComplaintInput,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<CreateComplaintResult> {
    const knex = sharedContext.manager!.getKnex()
    const existing = await this.findComplaintByKey_(knex, input)
    if (existing) {
      return existing
    }
    try {
      const id = await this.insertComplaint_(input, sharedContext)
      return { complaint_id: id, created: true }
    } catch (error) {
      const { code, constraint } = dbError(error)
      const duplicateKey =
        (code === UNIQUE_VIOLATION && constraint?.includes("idempotency_key")) ||
        (MedusaError.isMedusaError(error) && /idempotency_key/.test(error.message))
      if (duplicateKey) {
        const winner = await this.findComplaintByKey_(knex, input)
        if (winner) return winner
      }
      throw error
    }
  }

  protected async findComplaintByKey_(
    knex: Knex,
    input: CreateComplaintInput
  ): Promise<CreateComplaintResult | null> {
    if (!input.idempotency_key) {
      return null
    }
    const row = await knex("complaint")
      .select("id", "customer_id")
      .where({ idempotency_key: input.idempotency_key })
      .whereNull("deleted_at")
      .first()
    if (!row) {
      return null
    }
    if (row.customer_id !== input.customer_id) {
      throw conflictError(
        `Idempotency key "${input.idempotency_key}" was already used for another customer's complaint`
      )
    }
    return { complaint_id: row.id, created: false }
  }

  @InjectTransactionManager()
  protected async insertComplaint_(
    input: CreateComplaintInput,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<string> {
    const trx = sharedContext.transactionManager!.getTransactionContext()!
    const now = new Date()
    const id = generateEntityId(undefined, "cmpl")
    const assigned = !!input.assignee_user_id
    await trx("complaint").insert({
      id,
      customer_id: input.customer_id,
      branch_id: input.branch_id,
      category_id: input.category_id,
      channel: input.channel,
      severity: input.severity,
      status: assigned ? "assigned" : "open",
      subject: input.subject ?? null,
      description: input.description,
      appointment_id: input.appointment_id ?? null,
      order_id: input.order_id ?? null,
      staff_member_id: input.staff_member_id ?? null,
      assignee_user_id: input.assignee_user_id ?? null,
      assigned_at: assigned ? now : null,
      created_by_type: input.created_by_type,
      created_by_id: input.created_by_id ?? null,
      idempotency_key: input.idempotency_key ?? null,
      metadata: input.metadata ? JSON.stringify(input.metadata) : null,
      reported_on: localDate(now, input.timezone),
      ...slaDeadlines(input.severity, now, this.options_),
      created_at: now,
      updated_at: now,
    })
    const author = { author_type: input.created_by_type, author_id: input.created_by_id ?? null }
    await trx("complaint_event").insert({
      id: generateEntityId(undefined, "cevt"),
      complaint_id: id,
      type: "created",
      visibility: "customer",
      ...author,
      body: null,
      data: JSON.stringify({ channel: input.channel, severity: input.severity }),
    })
    if (assigned) {
      await trx("complaint_event").insert({
        id: generateEntityId(undefined, "cevt"),
        complaint_id: id,
        type: "assigned",
        visibility: "internal",
        ...author,
        data: JSON.stringify({ assignee_user_id: input.assignee_user_id, previous: null }),
      })
    }
    await this.stageComplaintEvents_(
      trx,
      id,
      { actor_type: input.created_by_type, actor_id: input.created_by_id ?? null },
      [{ event_name: FeedbackWorkflowEvents.COMPLAINT_CREATED }]
    )
    return id
  }

  /** Removes a complaint filed by `createComplaint` with its timeline (workflow compensation). */
  @InjectTransactionManager()
  async deleteFiledComplaint(
    complaintId: string,
    @MedusaContext() sharedContext: SharedContext = {}
  ) {
    const trx = sharedContext.transactionManager!.getTransactionContext()!
    for (const table of ["complaint_event", "complaint_attachment", "complaint_remedy"]) {
      await trx(table).where({ complaint_id: complaintId }).delete()
    }
    await trx("complaint").where({ id: complaintId }).delete()
  }

  /** A complaint's key fields (what events carry and compensation restores); 404 when missing. */
  @InjectManager()
  async snapshotComplaint(
    complaintId: string,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<ComplaintSnapshot> {
    const knex = sharedContext.manager!.getKnex()
    const row = await knex("complaint as c")
      .join("complaint_category as k", "k.id", "c.category_id")
      .select("c.*", "k.code as category_code")
      .where("c.id", complaintId)
      .whereNull("c.deleted_at")
      .first()
    if (!row) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Complaint with id: ${complaintId} was not found`
      )
    }
    return this.toSnapshot_(row)
  }

  protected toSnapshot_(row: ComplaintRow): ComplaintSnapshot {
    return {
      id: row.id,
      display_id: Number(row.display_id),
      status: row.status,
      severity: row.severity,
      channel: row.channel,
      customer_id: row.customer_id,
      branch_id: row.branch_id,
      category_id: row.category_id,
      category_code: row.category_code,
      appointment_id: row.appointment_id,
      order_id: row.order_id,
      staff_member_id: row.staff_member_id,
      assignee_user_id: row.assignee_user_id,
      sla_state: row.sla_state,
      reopen_count: Number(row.reopen_count),
      fields: Object.fromEntries(MUTABLE_COMPLAINT_COLUMNS.map((column) => [column, row[column]])),
    }
  }

  protected async lockComplaint_(trx: Knex, complaintId: string): Promise<ComplaintRow> {
    const row = await trx("complaint")
      .select("*")
      .where({ id: complaintId })
      .whereNull("deleted_at")
      .forUpdate()
      .first()
    if (!row) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Complaint with id: ${complaintId} was not found`
      )
    }
    return row
  }

  /**
   * Moves a complaint (assign, start, resolve, close, reopen), atomically: two people acting at
   * once cannot both succeed, and an invalid move is refused with the reason. An assignment adds
   * its timeline entry. The move's event (complaint.assigned, .started …) is staged in the same
   * transaction. Returns the complaint before (for compensation) and after, and the id of the
   * assignment's timeline entry.
   */
  @InjectTransactionManager()
  async moveComplaint(
    complaintId: string,
    move: ComplaintMove,
    input: {
      actor_type?: FeedbackActor["actor_type"]
      actor_id?: string | null
      assignee_user_id?: string | null
      resolution_summary?: string | null
      /** assign: why, or what to do first (the assignment entry's internal body). */
      note?: string | null
    } = {},
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<{ before: ComplaintSnapshot; after: ComplaintSnapshot; entry_id: string | null }> {
    const trx = sharedContext.transactionManager!.getTransactionContext()!
    const row = await this.lockComplaint_(trx, complaintId)
    const before = await this.snapshotWithCategory_(trx, row)
    const refusal = moveError(row as { id: string; status: ComplaintStatus }, move)
    if (refusal) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, refusal)
    }
    const now = new Date()
    const patch: Row = { status: statusAfter(move, row.status) }
    switch (move) {
      case "assign":
        if (!input.assignee_user_id) {
          throw new MedusaError(MedusaError.Types.INVALID_DATA, "assignee_user_id is required")
        }
        if (input.assignee_user_id === row.assignee_user_id) {
          throw new MedusaError(
            MedusaError.Types.NOT_ALLOWED,
            `Complaint #${row.display_id} is already assigned to ${input.assignee_user_id}`
          )
        }
        patch.assignee_user_id = input.assignee_user_id
        patch.assigned_at = now
        break
      case "resolve":
        Object.assign(patch, {
          resolved_at: now,
          resolved_by: input.actor_id ?? null,
          resolution_summary: input.resolution_summary ?? null,
          resolution_minutes: minutesBetween(row.created_at, now),
          resolution_met:
            row.resolution_met === false ? false : now <= new Date(row.resolution_due_at),
          ...this.firstResponsePatch_(row, now),
        })
        break
      case "close":
        patch.closed_at = now
        break
      case "reopen":
        Object.assign(patch, {
          reopened_at: now,
          reopen_count: Number(row.reopen_count) + 1,
          resolved_at: null,
          resolved_by: null,
          resolution_minutes: null,
          resolution_summary: null,
          closed_at: null,
          resolution_rating: null,
          resolution_comment: null,
          rated_at: null,
          // A breach stays on record; a met deadline is measured again against the new one.
          resolution_met: row.resolution_met === false ? false : null,
          resolution_warned_at: null,
          ...resolutionDeadline(row.severity, now, this.options_),
        })
        break
    }
    await trx("complaint")
      .update({ ...patch, updated_at: now })
      .where({ id: complaintId })
    const after = await this.snapshotWithCategory_(trx, await this.lockComplaint_(trx, complaintId))
    const actor: FeedbackActor = {
      actor_type: input.actor_type ?? (input.actor_id ? "user" : "system"),
      actor_id: input.actor_id ?? null,
    }
    let entryId: string | null = null
    if (move === "assign") {
      entryId = generateEntityId(undefined, "cevt")
      await trx("complaint_event").insert({
        id: entryId,
        complaint_id: complaintId,
        type: "assigned",
        visibility: "internal",
        author_type: actor.actor_type,
        author_id: actor.actor_id,
        body: input.note ?? null,
        data: JSON.stringify({
          assignee_user_id: after.assignee_user_id,
          previous_assignee_user_id: before.assignee_user_id,
        }),
      })
    }
    await this.stageEvents_(trx, [
      {
        event_name: MOVE_EVENTS[move],
        aggregate_id: complaintId,
        data: complaintEventData(after, actor, {
          previous_status: before.status,
          ...(move === "assign"
            ? { previous_assignee_user_id: before.assignee_user_id, event_id: entryId! }
            : {}),
        }),
      },
    ])
    return { before, after, entry_id: entryId }
  }

  /** First-response fields when a complaint gets its first answer now (nothing when it had one). */
  protected firstResponsePatch_(row: ComplaintRow, now: Date): Row {
    if (row.first_responded_at) {
      return {}
    }
    return {
      first_responded_at: now,
      first_response_minutes: minutesBetween(row.created_at, now),
      first_response_met:
        row.first_response_met === false ? false : now <= new Date(row.first_response_due_at),
    }
  }

  protected async snapshotWithCategory_(trx: Knex, row: ComplaintRow): Promise<ComplaintSnapshot> {
    const category = await trx("complaint_category")
      .select("code")
      .where({ id: row.category_id })
      .first()
    return this.toSnapshot_({ ...row, category_code: category?.code ?? "" })
  }

  /**
   * Records that the salon answered the customer (a reply they can see) unless it already had.
   * Returns the complaint before and after, or null when nothing changed.
   */
  @InjectTransactionManager()
  async recordFirstResponse(
    complaintId: string,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<{ before: ComplaintSnapshot; after: ComplaintSnapshot } | null> {
    const trx = sharedContext.transactionManager!.getTransactionContext()!
    const row = await this.lockComplaint_(trx, complaintId)
    if (row.first_responded_at) {
      return null
    }
    const before = await this.snapshotWithCategory_(trx, row)
    const now = new Date()
    await trx("complaint")
      .update({ ...this.firstResponsePatch_(row, now), updated_at: now })
      .where({ id: complaintId })
    const after = await this.snapshotWithCategory_(trx, await this.lockComplaint_(trx, complaintId))
    return { before, after }
  }

  /**
   * Changes how a complaint is classified or what it is about. A new severity moves the
   * deadlines that are still running (measured from submission, or from reopening).
   */
  @InjectTransactionManager()
  async updateComplaintDetails(
    complaintId: string,
    data: {
      severity?: ComplaintSeverity
      category_id?: string
      subject?: string | null
      staff_member_id?: string | null
      appointment_id?: string | null
      order_id?: string | null
    },
    actor: FeedbackActor = { actor_type: "system" },
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<{ before: ComplaintSnapshot; after: ComplaintSnapshot; changed: string[] }> {
    const trx = sharedContext.transactionManager!.getTransactionContext()!
    const row = await this.lockComplaint_(trx, complaintId)
    const before = await this.snapshotWithCategory_(trx, row)
    if (row.status === "closed") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Complaint #${row.display_id} is closed; reopen it to change it`
      )
    }
    const changed = Object.entries(data)
      .filter(([key, value]) => value !== undefined && row[key] !== value)
      .map(([key]) => key)
    const patch: Row = Object.fromEntries(
      changed.map((key) => [key, data[key as keyof typeof data]])
    )
    const severity = patch.severity as ComplaintSeverity | undefined
    if (severity && ACTIVE.includes(row.status)) {
      const now = new Date()
      const fresh = slaDeadlines(severity, new Date(row.created_at), this.options_)
      if (!row.first_responded_at && !row.first_response_breached_at) {
        patch.first_response_warn_at = fresh.first_response_warn_at
        patch.first_response_due_at = fresh.first_response_due_at
        if (fresh.first_response_warn_at > now) patch.first_response_warned_at = null
      }
      if (!row.resolution_breached_at) {
        const resolution = row.reopened_at
          ? resolutionDeadline(severity, new Date(row.reopened_at), this.options_)
          : fresh
        patch.resolution_warn_at = resolution.resolution_warn_at
        patch.resolution_due_at = resolution.resolution_due_at
        if (resolution.resolution_warn_at > now) patch.resolution_warned_at = null
      }
    }
    if (changed.length) {
      await trx("complaint")
        .update({ ...patch, updated_at: new Date() })
        .where({ id: complaintId })
    }
    const after = await this.snapshotWithCategory_(trx, await this.lockComplaint_(trx, complaintId))
    if (changed.length) {
      await this.stageEvents_(trx, [
        {
          event_name: FeedbackWorkflowEvents.COMPLAINT_UPDATED,
          aggregate_id: complaintId,
          data: complaintEventData(after, actor, { changed }),
        },
      ])
    }
    return { before, after, changed }
  }

  /** Puts a complaint's changeable fields back as a snapshot had them (workflow compensation). */
  @InjectTransactionManager()
  async restoreComplaint(
    snapshot: ComplaintSnapshot,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<void> {
    const trx = sharedContext.transactionManager!.getTransactionContext()!
    await trx("complaint")
      .update({ ...snapshot.fields, updated_at: new Date() })
      .where({ id: snapshot.id })
  }

  /**
   * Records the customer's rating of the resolution, once, and closes a resolved complaint.
   */
  @InjectTransactionManager()
  async rateComplaintResolution(
    complaintId: string,
    input: { customer_id?: string | null; rating: number; comment?: string | null },
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<{ before: ComplaintSnapshot; after: ComplaintSnapshot }> {
    const trx = sharedContext.transactionManager!.getTransactionContext()!
    const row = await this.lockComplaint_(trx, complaintId)
    if (input.customer_id && row.customer_id !== input.customer_id) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Complaint with id: ${complaintId} was not found`
      )
    }
    if (row.rated_at) {
      throw conflictError(
        `Complaint #${row.display_id}'s resolution was already rated (${row.resolution_rating} of 5)`
      )
    }
    if (row.status !== "resolved" && row.status !== "closed") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Complaint #${row.display_id} is ${String(row.status).replace("_", " ")}; it can be rated once it is resolved`
      )
    }
    const before = await this.snapshotWithCategory_(trx, row)
    const now = new Date()
    await trx("complaint")
      .update({
        resolution_rating: input.rating,
        resolution_comment: input.comment ?? null,
        rated_at: now,
        ...(row.status === "resolved" ? { status: "closed", closed_at: now } : {}),
        updated_at: now,
      })
      .where({ id: complaintId })
    const after = await this.snapshotWithCategory_(trx, await this.lockComplaint_(trx, complaintId))
    const data = complaintEventData(
      after,
      { actor_type: "customer", actor_id: input.customer_id ?? row.customer_id },
      { previous_status: before.status, rating: input.rating }
    )
    await this.stageEvents_(trx, [
      { event_name: FeedbackWorkflowEvents.COMPLAINT_RATED, aggregate_id: complaintId, data },
      ...(before.status !== after.status
        ? [{ event_name: FeedbackWorkflowEvents.COMPLAINT_CLOSED, aggregate_id: complaintId, data }]
        : []),
    ])
    return { before, after }
  }

  /**
   * Adds entries to a complaint's timeline, in order, and stages the events they report in the
   * same transaction (each built from the complaint as it now is; `entry_index` puts that entry's
   * id in the event as `event_id`). Returns the new entries.
   */
  @InjectTransactionManager()
  async addComplaintTimeline(
    entries: ComplaintEventInput[],
    events: {
      complaint_id: string
      event_name: string
      actor: FeedbackActor
      entry_index?: number
      extra?: Partial<ComplaintEventData>
    }[] = [],
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<{ id: string; type: string }[]> {
    const trx = sharedContext.transactionManager!.getTransactionContext()!
    const added: { id: string; type: string }[] = []
    // One at a time: the timeline's order is the order of insertion.
    for (const entry of entries) {
      const id = generateEntityId(undefined, "cevt")
      await trx("complaint_event").insert({
        id,
        complaint_id: entry.complaint_id,
        type: entry.type,
        visibility: entry.visibility,
        author_type: entry.author_type,
        author_id: entry.author_id ?? null,
        body: entry.body ?? null,
        data: entry.data ? JSON.stringify(entry.data) : null,
      })
      added.push({ id, type: entry.type })
    }
    for (const event of events) {
      const eventId = event.entry_index === undefined ? undefined : added[event.entry_index]?.id
      await this.stageComplaintEvents_(trx, event.complaint_id, event.actor, [
        {
          event_name: event.event_name,
          extra: { ...event.extra, ...(eventId ? { event_id: eventId } : {}) },
        },
      ])
    }
    return added
  }

  // ---------------------------------------------------------------- SLA

  /**
   * Deadlines whose warning or breach is due and not yet recorded, oldest first. Complaints past
   * a deadline are not warned about it: the breach is what is recorded.
   */
  @InjectManager()
  async listDueSlaClaims(
    limit = 500,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<SlaClaim[]> {
    const knex = sharedContext.manager!.getKnex()
    const now = new Date()
    const claims: SlaClaim[] = []
    for (const deadline of ["first_response", "resolution"] as const) {
      const columns = SLA_COLUMNS[deadline]
      for (const stage of ["breach", "warning"] as const) {
        const query = knex("complaint")
          .select("id")
          .whereIn("status", ACTIVE)
          .whereNull("deleted_at")
          .whereNull(columns.breach)
          .orderBy(columns.due)
          .limit(limit)
        if (deadline === "first_response") query.whereNull("first_responded_at")
        if (stage === "breach") {
          query.where(columns.due, "<=", now)
        } else {
          query
            .whereNull(columns.warning)
            .where(columns.warn, "<=", now)
            .where(columns.due, ">", now)
        }
        const rows = await query
        claims.push(
          ...rows.map((row: { id: string }) => ({ complaint_id: row.id, deadline, stage }))
        )
        const unfinished = await this.unfinishedSlaClaims_(knex, deadline, stage, limit)
        claims.push(
          ...unfinished.map((row: { id: string }) => ({ complaint_id: row.id, deadline, stage }))
        )
      }
    }
    return claims
  }

  /**
   * Claims whose handling died before it was recorded on the timeline (the process stopped
   * after the claim committed): past the lease, they are claimed again and finished.
   */
  protected unfinishedSlaClaims_(
    knex: Knex,
    deadline: SlaDeadline,
    stage: SlaStage,
    limit: number
  ) {
    const columns = SLA_COLUMNS[deadline]
    const query = knex("complaint as c")
      .select("c.id")
      .whereIn("c.status", ACTIVE)
      .whereNull("c.deleted_at")
      .where(
        `c.${columns[stage]}`,
        "<=",
        knex.raw("now() - make_interval(secs => ?)", [SLA_CLAIM_LEASE_SECONDS])
      )
      .whereNotExists(
        knex("complaint_event as e")
          .select(knex.raw("1"))
          .whereRaw("e.complaint_id = c.id")
          .where("e.type", stage === "warning" ? "sla_warning" : "sla_breached")
          .whereRaw("e.data->>'deadline' = ?", [deadline])
          .whereRaw(`e.created_at >= c.${columns[stage]}`)
          .whereNull("e.deleted_at")
      )
      .orderBy(`c.${columns[stage]}`)
      .limit(limit)
    if (stage === "warning") query.whereNull(`c.${columns.breach}`)
    return query
  }

  /**
   * Claims a deadline's warning or breach: true for exactly one caller, however many jobs run at
   * once, and only while it is still due. A breach also marks the deadline as missed.
   */
  @InjectTransactionManager()
  async claimSla(
    claim: SlaClaim,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<boolean> {
    const trx = sharedContext.transactionManager!.getTransactionContext()!
    const columns = SLA_COLUMNS[claim.deadline]
    const now = new Date()
    // The database's clock, which the timeline entry that finishes the claim is compared with.
    const patch: Row = { [columns[claim.stage]]: trx.fn.now() }
    if (claim.stage === "breach") patch[`${claim.deadline}_met`] = false
    const query = trx("complaint")
      .update(patch)
      .where({ id: claim.complaint_id })
      .whereIn("status", ACTIVE)
      .whereNull("deleted_at")
      .whereNull(columns[claim.stage])
      .whereNull(columns.breach)
      .returning("id")
    if (claim.deadline === "first_response") query.whereNull("first_responded_at")
    if (claim.stage === "breach") {
      query.where(columns.due, "<=", now)
    } else {
      query.where(columns.warn, "<=", now).where(columns.due, ">", now)
    }
    const claimed = await query
    if (claimed.length === 1) {
      return true
    }
    // A claim whose handling died past the lease is taken over (its stamp moves to now).
    const unfinished = await this.unfinishedSlaClaims_(trx, claim.deadline, claim.stage, 1).where(
      "c.id",
      claim.complaint_id
    )
    if (!unfinished.length) {
      return false
    }
    const retaken = await trx("complaint")
      .update({ [columns[claim.stage]]: trx.fn.now() })
      .where({ id: claim.complaint_id })
      .where(
        columns[claim.stage],
        "<=",
        trx.raw("now() - make_interval(secs => ?)", [SLA_CLAIM_LEASE_SECONDS])
      )
      .returning("id")
    return retaken.length === 1
  }

  // ---------------------------------------------------------------- surveys

  /**
   * Creates the survey of a completed appointment unless it has one: `created` is true for
   * exactly one caller, so the invitation goes out once.
   */
  @InjectTransactionManager()
  async createSurveyOnce(
    input: CreateSurveyInput,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<{ survey_id: string; created: boolean; invitation_pending: boolean }> {
    const trx = sharedContext.transactionManager!.getTransactionContext()!
    const completedAt = new Date(input.completed_at)
    const expiresAt = new Date(
      completedAt.getTime() + this.options_.survey_response_days * 86_400_000
    )
    const id = generateEntityId(undefined, "srvy")
    const inserted = await trx.raw(
      `INSERT INTO satisfaction_survey
         (id, appointment_id, appointment_display_id, customer_id, branch_id, staff_member_ids,
          completed_at, service_date, status, expires_at)
       VALUES (?, ?, ?, ?, ?, ?::text[], ?, ?, 'pending', ?)
       ON CONFLICT (appointment_id) WHERE deleted_at IS NULL DO NOTHING
       RETURNING id`,
      [
        id,
        input.appointment_id,
        input.appointment_display_id ?? null,
        input.customer_id,
        input.branch_id,
        [...new Set(input.staff_member_ids)],
        completedAt,
        localDate(input.visited_at, input.timezone),
        expiresAt,
      ]
    )
    if (inserted.rows.length) {
      return { survey_id: id, created: true, invitation_pending: true }
    }
    const existing = await trx("satisfaction_survey")
      .select("id", "invitation_done_at")
      .where({ appointment_id: input.appointment_id })
      .whereNull("deleted_at")
      .first()
    return {
      survey_id: existing.id,
      created: false,
      invitation_pending: !existing.invitation_done_at,
    }
  }

  /**
   * Records that a survey's invitation step finished (sent by `channel`, or skipped when null)
   * and stages `satisfaction_survey.sent`, once: a second call changes and stages nothing and
   * returns false.
   */
  @InjectTransactionManager()
  async finishSurveyInvitation(
    surveyId: string,
    channel: string | null,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<boolean> {
    const trx = sharedContext.transactionManager!.getTransactionContext()!
    const now = new Date()
    const [survey] = await trx("satisfaction_survey")
      .update({
        sent_at: channel ? now : null,
        sent_channel: channel,
        invitation_done_at: now,
        updated_at: now,
      })
      .where({ id: surveyId })
      .whereNull("invitation_done_at")
      .whereNull("deleted_at")
      .returning(["id", "appointment_id", "customer_id", "branch_id", "staff_member_ids"])
    if (!survey) {
      return false
    }
    await this.stageEvents_(trx, [
      {
        event_name: FeedbackWorkflowEvents.SATISFACTION_SURVEY_SENT,
        aggregate_id: survey.id,
        data: {
          id: survey.id,
          appointment_id: survey.appointment_id,
          customer_id: survey.customer_id,
          branch_id: survey.branch_id,
          staff_member_ids: survey.staff_member_ids,
          channel,
        },
      },
    ])
    return true
  }

  /** Takes back `finishSurveyInvitation` (workflow compensation). */
  @InjectTransactionManager()
  async reopenSurveyInvitation(
    surveyId: string,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<void> {
    const trx = sharedContext.transactionManager!.getTransactionContext()!
    await trx("satisfaction_survey")
      .update({
        sent_at: null,
        sent_channel: null,
        invitation_done_at: null,
        updated_at: new Date(),
      })
      .where({ id: surveyId })
  }

  /**
   * Records a customer's answer to their survey, once. Another customer's survey is reported as
   * not found; a second answer is a conflict; a survey past its deadline is closed.
   */
  @InjectTransactionManager()
  async submitSurveyResponse(
    input: SubmitSurveyInput,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<{
    survey_id: string
    appointment_id: string
    customer_id: string
    branch_id: string
    staff_member_ids: string[]
    is_low: boolean
    is_detractor: boolean
  }> {
    const trx = sharedContext.transactionManager!.getTransactionContext()!
    const survey = await trx("satisfaction_survey")
      .select(
        "id",
        "customer_id",
        "status",
        "expires_at",
        "appointment_id",
        "appointment_display_id",
        "branch_id",
        "staff_member_ids",
        "service_date"
      )
      .where({ id: input.survey_id })
      .whereNull("deleted_at")
      .forUpdate()
      .first()
    if (!survey || survey.customer_id !== input.customer_id) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Survey with id: ${input.survey_id} was not found`
      )
    }
    const visit = survey.appointment_display_id
      ? `appointment #${survey.appointment_display_id}`
      : "this appointment"
    if (survey.status === "answered") {
      throw conflictError(`You have already rated ${visit}`)
    }
    if (new Date(survey.expires_at) <= new Date()) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `The survey for ${visit} closed on ${new Date(survey.expires_at).toISOString().slice(0, 10)}`
      )
    }
    const classified = classifyAnswer(input, this.options_)
    await trx("satisfaction_survey")
      .update({
        status: "answered",
        responded_at: new Date(),
        technique_rating: input.technique_rating,
        attitude_rating: input.attitude_rating,
        environment_rating: input.environment_rating,
        result_rating: input.result_rating,
        nps_score: input.nps_score,
        comment: input.comment ?? null,
        ...classified,
        updated_at: new Date(),
      })
      .where({ id: input.survey_id })
    await this.addToDailyStats_(trx, { ...survey, ...input, is_low: classified.is_low }, 1)
    await this.stageEvents_(trx, [
      {
        event_name: FeedbackWorkflowEvents.SATISFACTION_SURVEY_ANSWERED,
        aggregate_id: input.survey_id,
        data: {
          id: input.survey_id,
          appointment_id: survey.appointment_id,
          customer_id: survey.customer_id,
          branch_id: survey.branch_id,
          staff_member_ids: survey.staff_member_ids,
          technique_rating: input.technique_rating,
          attitude_rating: input.attitude_rating,
          environment_rating: input.environment_rating,
          result_rating: input.result_rating,
          nps_score: input.nps_score,
          is_low: classified.is_low,
          is_detractor: classified.is_detractor,
        },
      },
    ])
    return {
      survey_id: input.survey_id,
      appointment_id: survey.appointment_id,
      customer_id: survey.customer_id,
      branch_id: survey.branch_id,
      staff_member_ids: survey.staff_member_ids,
      is_low: classified.is_low,
      is_detractor: classified.is_detractor,
    }
  }

  /** Puts an answered survey back to unanswered, and takes it out of the daily stats (compensation). */
  @InjectTransactionManager()
  async revertSurveyResponse(surveyId: string, @MedusaContext() sharedContext: SharedContext = {}) {
    const trx = sharedContext.transactionManager!.getTransactionContext()!
    const answered = await trx("satisfaction_survey")
      .select("*")
      .where({ id: surveyId, status: "answered" })
      .forUpdate()
      .first()
    if (answered) {
      await this.addToDailyStats_(trx, answered, -1)
    }
    await trx("satisfaction_survey")
      .update({
        status: "pending",
        responded_at: null,
        technique_rating: null,
        attitude_rating: null,
        environment_rating: null,
        result_rating: null,
        nps_score: null,
        overall_rating: null,
        comment: null,
        is_low: false,
        is_detractor: false,
        updated_at: new Date(),
      })
      .where({ id: surveyId })
  }

  /**
   * Adds an answer to (sign 1) or removes it from (sign −1) the daily stats of its branch and
   * of each staff member of the visit, in the caller's transaction.
   */
  protected async addToDailyStats_(
    trx: Knex,
    answer: {
      service_date: string
      branch_id: string
      staff_member_ids: string[]
      technique_rating: number
      attitude_rating: number
      environment_rating: number
      result_rating: number
      nps_score: number
      is_low: boolean
    },
    sign: 1 | -1
  ) {
    const { nps_promoter_min: promoter, nps_detractor_max: detractor } = this.options_
    const values = [
      sign,
      sign * answer.technique_rating,
      sign * answer.attitude_rating,
      sign * answer.environment_rating,
      sign * answer.result_rating,
      answer.nps_score >= promoter ? sign : 0,
      answer.nps_score > detractor && answer.nps_score < promoter ? sign : 0,
      answer.nps_score <= detractor ? sign : 0,
      answer.is_low ? sign : 0,
    ]
    const rows = [null, ...new Set(answer.staff_member_ids)].map((staffMemberId) => [
      generateEntityId(undefined, "sdst"),
      answer.service_date,
      answer.branch_id,
      staffMemberId,
      ...values,
    ])
    for (const [target, predicate] of [
      ["(service_date, branch_id)", "staff_member_id IS NULL"],
      ["(service_date, branch_id, staff_member_id)", "staff_member_id IS NOT NULL"],
    ] as const) {
      const subset = rows.filter(
        (row) => (row[3] === null) === (predicate === "staff_member_id IS NULL")
      )
      if (!subset.length) continue
      await trx.raw(
        `INSERT INTO satisfaction_daily_stat (${DAILY_STAT_COLUMNS.join(", ")})
         VALUES ${subset.map(() => `(${DAILY_STAT_COLUMNS.map(() => "?").join(", ")})`).join(", ")}
         ON CONFLICT ${target} WHERE ${predicate} AND deleted_at IS NULL
         DO UPDATE SET ${DAILY_STAT_SUMS.map((column) => `${column} = satisfaction_daily_stat.${column} + EXCLUDED.${column}`).join(", ")},
           updated_at = now()`,
        subset.flat()
      )
    }
  }

  /**
   * Recomputes the daily stats from the answered surveys (after a bulk import, or when the NPS
   * bands change). Returns how many day rows it wrote.
   */
  @InjectTransactionManager()
  async rebuildSatisfactionDailyStats(
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<{ branch_days: number; staff_days: number }> {
    const trx = sharedContext.transactionManager!.getTransactionContext()!
    const { nps_promoter_min: promoter, nps_detractor_max: detractor } = this.options_
    await trx("satisfaction_daily_stat").delete()
    const sums = `count(*), sum(technique_rating), sum(attitude_rating), sum(environment_rating),
      sum(result_rating), count(*) FILTER (WHERE nps_score >= ?),
      count(*) FILTER (WHERE nps_score > ? AND nps_score < ?),
      count(*) FILTER (WHERE nps_score <= ?), count(*) FILTER (WHERE is_low)`
    const bands = [promoter, detractor, promoter, detractor]
    const columns = DAILY_STAT_COLUMNS.join(", ")
    const branchDays = await trx.raw(
      `INSERT INTO satisfaction_daily_stat (${columns})
       SELECT 'sdst_' || md5(service_date || branch_id), service_date, branch_id, NULL, ${sums}
       FROM satisfaction_survey
       WHERE status = 'answered' AND deleted_at IS NULL
       GROUP BY service_date, branch_id`,
      bands
    )
    const staffDays = await trx.raw(
      `INSERT INTO satisfaction_daily_stat (${columns})
       SELECT 'sdst_' || md5(service_date || branch_id || staff.id), service_date, branch_id,
         staff.id, ${sums}
       FROM satisfaction_survey, unnest(staff_member_ids) AS staff(id)
       WHERE status = 'answered' AND deleted_at IS NULL
       GROUP BY service_date, branch_id, staff.id`,
      bands
    )
    return { branch_days: branchDays.rowCount ?? 0, staff_days: staffDays.rowCount ?? 0 }
  }

  /**
   * Raises a low-score alert after an answer when it is due: the customer's last
   * `low_score_streak` answers were all low (and none already alerted on), or this answer is an
   * NPS detractor. Creates the follow-up visit and marks the answers it covers, in one
   * transaction that locks the customer's answers, so concurrent answers alert once.
   */
  @InjectTransactionManager()
  async raiseLowScoreAlert(
    input: { survey_id: string; assignee_user_id?: string | null },
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<LowScoreAlert | null> {
    const trx = sharedContext.transactionManager!.getTransactionContext()!
    const survey = await trx("satisfaction_survey")
      .select("id", "customer_id", "branch_id", "is_low", "is_detractor")
      .where({ id: input.survey_id, status: "answered" })
      .whereNull("deleted_at")
      .first()
    if (!survey || (!survey.is_low && !survey.is_detractor)) {
      return null
    }
    const recent: { id: string; is_low: boolean; follow_up_visit_id: string | null }[] = await trx(
      "satisfaction_survey"
    )
      .select("id", "is_low", "follow_up_visit_id")
      .where({ customer_id: survey.customer_id, status: "answered" })
      .whereNull("deleted_at")
      .orderBy([
        { column: "responded_at", order: "desc" },
        { column: "id", order: "desc" },
      ])
      .limit(Math.max(this.options_.low_score_streak, 1) + 1)
      .forUpdate()
    const current = recent.find((row) => row.id === survey.id)
    if (!current || current.follow_up_visit_id) {
      return null
    }
    const streak = lowScoreStreak(
      recent.map((row) => ({ id: row.id, is_low: row.is_low, alerted: !!row.follow_up_visit_id })),
      this.options_.low_score_streak
    )
    const reasons: FollowUpReason[] = []
    if (streak) reasons.push("low_score_streak")
    if (survey.is_detractor) reasons.push("nps_detractor")
    if (!reasons.length) {
      return null
    }
    const surveyIds = streak ? streak.map((row) => row.id) : [survey.id]
    const id = generateEntityId(undefined, "fupv")
    await trx("follow_up_visit").insert({
      id,
      customer_id: survey.customer_id,
      branch_id: survey.branch_id,
      assignee_user_id: input.assignee_user_id ?? null,
      reasons,
      status: "open",
      due_at: new Date(Date.now() + this.options_.follow_up_due_hours * 3_600_000),
      trigger_survey_id: survey.id,
    })
    await trx("satisfaction_survey")
      .update({ follow_up_visit_id: id, updated_at: new Date() })
      .whereIn("id", surveyIds)
    await this.stageEvents_(trx, [
      {
        event_name: FeedbackWorkflowEvents.FOLLOW_UP_VISIT_CREATED,
        aggregate_id: id,
        data: {
          id,
          customer_id: survey.customer_id,
          branch_id: survey.branch_id,
          assignee_user_id: input.assignee_user_id ?? null,
          reasons,
          survey_ids: surveyIds,
        },
      },
    ])
    return {
      follow_up_visit_id: id,
      reasons,
      survey_ids: surveyIds,
      customer_id: survey.customer_id,
      branch_id: survey.branch_id,
    }
  }

  /** Takes back an alert raised by `raiseLowScoreAlert` (workflow compensation). */
  @InjectTransactionManager()
  async withdrawLowScoreAlert(
    followUpVisitId: string,
    @MedusaContext() sharedContext: SharedContext = {}
  ) {
    const trx = sharedContext.transactionManager!.getTransactionContext()!
    await trx("satisfaction_survey")
      .update({ follow_up_visit_id: null })
      .where({ follow_up_visit_id: followUpVisitId })
    await trx("follow_up_visit").where({ id: followUpVisitId }).delete()
  }

  /**
   * Changes a follow-up visit and stages `follow_up_visit.updated` in the same transaction.
   * Returns the visit as it now is.
   */
  @InjectTransactionManager()
  async changeFollowUpVisit(
    id: string,
    changes: Record<string, unknown>,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<Row & { id: string }> {
    const trx = sharedContext.transactionManager!.getTransactionContext()!
    await trx("follow_up_visit")
      .update({ ...changes, updated_at: new Date() })
      .where({ id })
    const visit = await trx("follow_up_visit").select("*").where({ id }).first()
    await this.stageEvents_(trx, [
      {
        event_name: FeedbackWorkflowEvents.FOLLOW_UP_VISIT_UPDATED,
        aggregate_id: id,
        data: {
          id,
          customer_id: visit.customer_id,
          branch_id: visit.branch_id,
          assignee_user_id: visit.assignee_user_id,
          reasons: visit.reasons,
          survey_ids: [],
          status: visit.status,
        },
      },
    ])
    return visit
  }

  // ---------------------------------------------------------------- analytics

  /**
   * Complaint counts, SLA compliance, average response and resolution times and the average
   * resolution rating, by category, branch, staff member, severity or channel and/or by period.
   */
  @InjectManager()
  async getComplaintAnalytics(
    query: ComplaintAnalyticsQuery,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<{ rows: ComplaintAnalyticsRow[]; totals: ComplaintAnalyticsRow }> {
    const knex = sharedContext.manager!.getKnex()
    const key = query.group_by ? COMPLAINT_GROUP_SQL[query.group_by] : "NULL"
    const period = query.interval ? PERIOD_SQL[query.interval]("reported_on") : "NULL"
    const active = ACTIVE.map((status) => `'${status}'`).join(", ")
    const measures = `
      count(*)::int AS complaints,
      count(*) FILTER (WHERE status IN (${active}))::int AS open,
      count(*) FILTER (WHERE status IN ('resolved', 'closed'))::int AS resolved,
      count(*) FILTER (WHERE reopen_count > 0)::int AS reopened,
      count(first_response_met)::int AS first_response_measured,
      count(*) FILTER (WHERE first_response_met)::int AS first_response_met,
      count(resolution_met)::int AS resolution_measured,
      count(*) FILTER (WHERE resolution_met)::int AS resolution_met,
      avg(first_response_minutes) AS avg_first_response_minutes,
      avg(resolution_minutes) FILTER (WHERE status IN ('resolved', 'closed')) AS avg_resolution_minutes,
      avg(resolution_rating) AS avg_resolution_rating`
    const filtered = () => {
      const builder = knex("complaint")
        .whereNull("deleted_at")
        .whereBetween("reported_on", [query.from, query.to])
      if (query.branch_id?.length) builder.whereIn("branch_id", query.branch_id)
      if (query.category_id?.length) builder.whereIn("category_id", query.category_id)
      if (query.staff_member_id?.length) builder.whereIn("staff_member_id", query.staff_member_id)
      return builder
    }
    const [rows, [totals]] = await Promise.all([
      filtered()
        .select(knex.raw(`${key} AS key, ${period} AS period, ${measures}`))
        .groupByRaw("1, 2")
        .orderByRaw("2 NULLS FIRST, 3 DESC, 1"),
      filtered().select(knex.raw(`NULL AS key, NULL AS period, ${measures}`)),
    ])
    return {
      rows: rows.map((row: AggregateRow) => this.complaintRow_(row)),
      totals: this.complaintRow_(totals),
    }
  }

  protected complaintRow_(row: AggregateRow): ComplaintAnalyticsRow {
    return {
      key: text(row.key),
      period: text(row.period),
      complaints: int(row.complaints),
      open: int(row.open),
      resolved: int(row.resolved),
      reopened: int(row.reopened),
      first_response_measured: int(row.first_response_measured),
      first_response_met: int(row.first_response_met),
      first_response_compliance: share(
        int(row.first_response_met),
        int(row.first_response_measured)
      ),
      resolution_measured: int(row.resolution_measured),
      resolution_met: int(row.resolution_met),
      resolution_compliance: share(int(row.resolution_met), int(row.resolution_measured)),
      avg_first_response_minutes: round(row.avg_first_response_minutes, 1),
      avg_resolution_minutes: round(row.avg_resolution_minutes, 1),
      avg_resolution_rating: round(row.avg_resolution_rating),
    }
  }

  /**
   * Average rating per dimension, NPS and low scores of answered surveys, by branch or staff
   * member and/or by period of the service date, from the daily stats. A visit by two staff
   * members counts for each of them; branch figures and totals count it once (with a staff
   * filter, once per selected staff member).
   */
  @InjectManager()
  async getSatisfactionAnalytics(
    query: SatisfactionAnalyticsQuery,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<{ rows: SatisfactionAnalyticsRow[]; totals: SatisfactionAnalyticsRow }> {
    const knex = sharedContext.manager!.getKnex()
    const period = query.interval ? PERIOD_SQL[query.interval]("service_date") : "NULL"
    const measures = `
      sum(responses)::int AS responses,
      sum(technique_sum)::float / nullif(sum(responses), 0) AS avg_technique,
      sum(attitude_sum)::float / nullif(sum(responses), 0) AS avg_attitude,
      sum(environment_sum)::float / nullif(sum(responses), 0) AS avg_environment,
      sum(result_sum)::float / nullif(sum(responses), 0) AS avg_result,
      (sum(technique_sum) + sum(attitude_sum) + sum(environment_sum) + sum(result_sum))::float
        / nullif(4 * sum(responses), 0) AS avg_overall,
      sum(promoters)::int AS promoters,
      sum(passives)::int AS passives,
      sum(detractors)::int AS detractors,
      sum(low_scores)::int AS low_scores`
    const staffFilter = !!query.staff_member_id?.length
    const stats = (perStaff: boolean) => {
      const builder = knex("satisfaction_daily_stat")
        .whereNull("deleted_at")
        .whereBetween("service_date", [query.from, query.to])
      if (perStaff) builder.whereNotNull("staff_member_id")
      else builder.whereNull("staff_member_id")
      if (query.branch_id?.length) builder.whereIn("branch_id", query.branch_id)
      if (query.staff_member_id?.length) builder.whereIn("staff_member_id", query.staff_member_id)
      return builder
    }
    const key =
      query.group_by === "staff_member"
        ? "staff_member_id"
        : query.group_by === "branch"
          ? "branch_id"
          : "NULL"
    const perStaff = query.group_by === "staff_member" || staffFilter
    const [rows, [totals]] = await Promise.all([
      stats(perStaff)
        .select(knex.raw(`${key} AS key, ${period} AS period, ${measures}`))
        .groupByRaw("1, 2")
        .orderByRaw("2 NULLS FIRST, 3 DESC, 1"),
      stats(staffFilter).select(knex.raw(`NULL AS key, NULL AS period, ${measures}`)),
    ])
    return {
      rows: rows.map((row: AggregateRow) => this.satisfactionRow_(row)),
      totals: this.satisfactionRow_(totals),
    }
  }

  protected satisfactionRow_(row: AggregateRow): SatisfactionAnalyticsRow {
    return {
      key: text(row.key),
      period: text(row.period),
      responses: int(row.responses),
      avg_technique: round(row.avg_technique),
      avg_attitude: round(row.avg_attitude),
      avg_environment: round(row.avg_environment),
      avg_result: round(row.avg_result),
      avg_overall: round(row.avg_overall),
      promoters: int(row.promoters),
      passives: int(row.passives),
      detractors: int(row.detractors),
      nps: netPromoterScore(int(row.promoters), int(row.detractors), int(row.responses)),
      low_scores: int(row.low_scores),
    }
  }

  // ---------------------------------------------------------------- housekeeping

  /** Resolved complaints the customer has not rated within `auto_close_after_days`. */
  @InjectManager()
  async listComplaintsToAutoClose(
    limit = 500,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<string[]> {
    if (!this.options_.auto_close_after_days) {
      return []
    }
    const knex = sharedContext.manager!.getKnex()
    const cutoff = new Date(Date.now() - this.options_.auto_close_after_days * 86_400_000)
    const rows = await knex("complaint")
      .select("id")
      .where({ status: "resolved" })
      .whereNull("rated_at")
      .whereNull("deleted_at")
      .where("resolved_at", "<=", cutoff)
      .orderBy("resolved_at")
      .limit(limit)
    return rows.map((row: { id: string }) => row.id)
  }
}

export default FeedbackModuleService
