import type { Context } from "@medusajs/framework/types"
import {
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaService,
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
  FEEDBACK_OUTBOX_TABLE,
  FeedbackWorkflowEvents,
  complaintEvent,
  complaintMovedEvent,
  complaintRatedEvents,
  followUpVisitCreatedEvent,
  followUpVisitUpdatedEvent,
  stageFeedbackEvents,
  surveyAnsweredEvent,
  surveyEvent,
} from "./events"
import * as complaintRules from "./lib/complaints"
import { type Knex, isDuplicateIdempotencyKey, transactionOf } from "./lib/db"
import * as errors from "./lib/errors"
import { type FeedbackOptions, parseFeedbackOptions } from "./lib/options"
import * as satisfaction from "./lib/satisfaction"
import { type ComplaintMove, moveError } from "./lib/status"
import * as analytics from "./repositories/analytics-repository"
import * as complaints from "./repositories/complaint-repository"
import { insertTimelineEntry } from "./repositories/complaint-event-repository"
import * as dailyStats from "./repositories/daily-stat-repository"
import * as followUps from "./repositories/follow-up-visit-repository"
import * as sla from "./repositories/sla-repository"
import * as surveys from "./repositories/survey-repository"
import type {
  ComplaintAnalyticsQuery,
  ComplaintAnalyticsRow,
  ComplaintDetails,
  ComplaintEventInput,
  ComplaintMoveInput,
  ComplaintRatingInput,
  ComplaintSnapshot,
  ComplaintStatus,
  ComplaintTimelineEvent,
  CreateComplaintInput,
  CreateComplaintResult,
  CreateSurveyInput,
  FeedbackActor,
  LowScoreAlert,
  SatisfactionAnalyticsQuery,
  SatisfactionAnalyticsRow,
  SlaClaim,
  SubmitSurveyInput,
  SurveyAnswer,
  SurveyResponseResult,
} from "./types"
import { withOutbox } from "../../lib/outbox"

type SharedContext = Context<EntityManager>

/**
 * Complaints (with their timeline, attachments and remedies), satisfaction surveys and the
 * follow-up visits low scores raise. The generated CRUD covers plain records; the methods below
 * hold the rules that must be atomic (status moves, SLA claims, one answer per survey, alerts)
 * and the reports. The SQL lives in ./repositories, the patches and figures in ./lib.
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

  /** Stages a complaint.* event built from the complaint as the transaction now sees it. */
  protected async stageComplaintEvent_(
    trx: Knex,
    complaintId: string,
    actor: FeedbackActor,
    eventName: string,
    extra?: Partial<ComplaintEventData>
  ): Promise<void> {
    const complaint = await complaints.lockedSnapshot(trx, complaintId)
    await stageFeedbackEvents(trx, [complaintEvent(eventName, complaint, actor, extra)])
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
    const existing = await complaints.filedUnderKey(knex, input)
    if (existing) return existing
    try {
      const id = await this.insertComplaint_(input, sharedContext)
      return { complaint_id: id, created: true }
    } catch (error) {
      if (isDuplicateIdempotencyKey(error)) {
        const winner = await complaints.filedUnderKey(knex, input)
        if (winner) return winner
      }
      throw error
    }
  }

  @InjectTransactionManager()
  protected async insertComplaint_(
    input: CreateComplaintInput,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<string> {
    const trx = transactionOf(sharedContext)
    const now = new Date()
    const columns = complaintRules.newComplaintColumns(input, now, this.options_)
    const id = await complaints.insertComplaint(trx, columns)
    for (const entry of complaintRules.filedEntries(id, input))
      await insertTimelineEntry(trx, entry)
    const filer = complaintRules.filerOf(input)
    await this.stageComplaintEvent_(trx, id, filer, FeedbackWorkflowEvents.COMPLAINT_CREATED)
    return id
  }

  /** Removes a complaint filed by `createComplaint` with its timeline (workflow compensation). */
  @InjectTransactionManager()
  async deleteFiledComplaint(
    complaintId: string,
    @MedusaContext() sharedContext: SharedContext = {}
  ) {
    await complaints.deleteComplaintWithTimeline(transactionOf(sharedContext), complaintId)
  }

  /** A complaint's key fields (what events carry and compensation restores); 404 when missing. */
  @InjectManager()
  async snapshotComplaint(
    complaintId: string,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<ComplaintSnapshot> {
    const knex = sharedContext.manager!.getKnex()
    return complaintRules.toSnapshot(await complaints.complaintWithCategory(knex, complaintId))
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
    input: ComplaintMoveInput = {},
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<{ before: ComplaintSnapshot; after: ComplaintSnapshot; entry_id: string | null }> {
    const trx = transactionOf(sharedContext)
    const row = await complaints.lockComplaint(trx, complaintId)
    const before = await complaints.snapshotOf(trx, row)
    const refusal = moveError(row as { id: string; status: ComplaintStatus }, move)
    if (refusal) throw errors.moveRefused(refusal)
    const now = new Date()
    const patch = complaintRules.movePatch(row, move, input, now, this.options_)
    await complaints.updateComplaint(trx, complaintId, { ...patch, updated_at: now })
    const after = await complaints.lockedSnapshot(trx, complaintId)
    const actor = complaintRules.moveActor(input)
    const entry = complaintRules.assignmentEntry(before, after, actor, input.note)
    const entryId = move === "assign" ? await insertTimelineEntry(trx, entry) : null
    await stageFeedbackEvents(trx, [complaintMovedEvent(move, before, after, actor, entryId)])
    return { before, after, entry_id: entryId }
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
    const trx = transactionOf(sharedContext)
    const row = await complaints.lockComplaint(trx, complaintId)
    if (row.first_responded_at) return null
    const before = await complaints.snapshotOf(trx, row)
    const now = new Date()
    await complaints.updateComplaint(trx, complaintId, {
      ...complaintRules.firstResponsePatch(row, now),
      updated_at: now,
    })
    return { before, after: await complaints.lockedSnapshot(trx, complaintId) }
  }

  /**
   * Changes how a complaint is classified or what it is about. A new severity moves the
   * deadlines that are still running (measured from submission, or from reopening).
   */
  @InjectTransactionManager()
  async updateComplaintDetails(
    complaintId: string,
    data: ComplaintDetails,
    actor: FeedbackActor = { actor_type: "system" },
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<{ before: ComplaintSnapshot; after: ComplaintSnapshot; changed: string[] }> {
    const trx = transactionOf(sharedContext)
    const row = await complaints.lockComplaint(trx, complaintId)
    const before = await complaints.snapshotOf(trx, row)
    if (row.status === "closed") throw errors.complaintClosed(row)
    const { changed, patch } = complaintRules.detailsPatch(row, data, this.options_)
    if (changed.length) {
      await complaints.updateComplaint(trx, complaintId, { ...patch, updated_at: new Date() })
    }
    const after = await complaints.lockedSnapshot(trx, complaintId)
    if (changed.length) {
      await stageFeedbackEvents(trx, [
        complaintEvent(FeedbackWorkflowEvents.COMPLAINT_UPDATED, after, actor, { changed }),
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
    await complaints.updateComplaint(transactionOf(sharedContext), snapshot.id, {
      ...snapshot.fields,
      updated_at: new Date(),
    })
  }

  /**
   * Records the customer's rating of the resolution, once, and closes a resolved complaint.
   */
  @InjectTransactionManager()
  async rateComplaintResolution(
    complaintId: string,
    input: ComplaintRatingInput,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<{ before: ComplaintSnapshot; after: ComplaintSnapshot }> {
    const trx = transactionOf(sharedContext)
    const row = await complaints.lockComplaint(trx, complaintId)
    if (input.customer_id && row.customer_id !== input.customer_id) {
      throw errors.complaintNotFound(complaintId)
    }
    if (row.rated_at) throw errors.alreadyRated(row)
    if (row.status !== "resolved" && row.status !== "closed") throw errors.notResolvedYet(row)
    const before = await complaints.snapshotOf(trx, row)
    const now = new Date()
    await complaints.updateComplaint(trx, complaintId, complaintRules.ratingPatch(row, input, now))
    const after = await complaints.lockedSnapshot(trx, complaintId)
    const customer = {
      actor_type: "customer" as const,
      actor_id: input.customer_id ?? row.customer_id,
    }
    await stageFeedbackEvents(trx, complaintRatedEvents(before, after, customer, input.rating))
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
    events: ComplaintTimelineEvent[] = [],
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<{ id: string; type: string }[]> {
    const trx = transactionOf(sharedContext)
    const added: { id: string; type: string }[] = []
    // One at a time: the timeline's order is the order of insertion.
    for (const entry of entries) {
      added.push({ id: await insertTimelineEntry(trx, entry), type: entry.type })
    }
    for (const event of events) {
      const eventId = event.entry_index === undefined ? undefined : added[event.entry_index]?.id
      await this.stageComplaintEvent_(trx, event.complaint_id, event.actor, event.event_name, {
        ...event.extra,
        ...(eventId ? { event_id: eventId } : {}),
      })
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
      for (const stage of ["breach", "warning"] as const) {
        const due = await sla.dueComplaintIds(knex, deadline, stage, now, limit)
        const unfinished = await sla.unfinishedClaims(knex, deadline, stage, limit)
        for (const row of [...due, ...unfinished] as { id: string }[])
          claims.push({ complaint_id: row.id, deadline, stage })
      }
    }
    return claims
  }

  /**
   * Claims a deadline's warning or breach: true for exactly one caller, however many jobs run at
   * once, and only while it is still due. A breach also marks the deadline as missed. A claim
   * whose handling died past its lease is taken over.
   */
  @InjectTransactionManager()
  async claimSla(
    claim: SlaClaim,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<boolean> {
    const trx = transactionOf(sharedContext)
    if (await sla.stampDueClaim(trx, claim, new Date())) return true
    return await sla.retakeUnfinishedClaim(trx, claim)
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
    const trx = transactionOf(sharedContext)
    return await surveys.createSurveyOnce(trx, satisfaction.newSurvey(input, this.options_))
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
    const trx = transactionOf(sharedContext)
    const survey = await surveys.markInvitationDone(trx, surveyId, channel, new Date())
    if (!survey) return false
    await stageFeedbackEvents(trx, [
      surveyEvent(FeedbackWorkflowEvents.SATISFACTION_SURVEY_SENT, { ...survey, channel }),
    ])
    return true
  }

  /** Takes back `finishSurveyInvitation` (workflow compensation). */
  @InjectTransactionManager()
  async reopenSurveyInvitation(
    surveyId: string,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<void> {
    await surveys.clearInvitation(transactionOf(sharedContext), surveyId)
  }

  /**
   * Records a customer's answer to their survey, once. Another customer's survey is reported as
   * not found; a second answer is a conflict; a survey past its deadline is closed.
   */
  @InjectTransactionManager()
  async submitSurveyResponse(
    input: SubmitSurveyInput,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<SurveyResponseResult> {
    const trx = transactionOf(sharedContext)
    const survey = await surveys.lockSurveyForAnswer(trx, input.survey_id)
    satisfaction.checkAnswerable(survey, input.survey_id, input.customer_id)
    const classified = satisfaction.classifyAnswer(input, this.options_)
    const ratings = satisfaction.ratingsOf(input)
    await surveys.recordAnswer(trx, input.survey_id, {
      ...ratings,
      comment: input.comment ?? null,
      ...classified,
    })
    await this.addToDailyStats_(trx, { ...survey, ...input, is_low: classified.is_low }, 1)
    const answered: SurveyResponseResult = {
      survey_id: input.survey_id,
      appointment_id: survey.appointment_id,
      customer_id: survey.customer_id,
      branch_id: survey.branch_id,
      staff_member_ids: survey.staff_member_ids,
      is_low: classified.is_low,
      is_detractor: classified.is_detractor,
    }
    await stageFeedbackEvents(trx, [surveyAnsweredEvent(answered, ratings)])
    return answered
  }

  /** Puts an answered survey back to unanswered, and takes it out of the daily stats (compensation). */
  @InjectTransactionManager()
  async revertSurveyResponse(surveyId: string, @MedusaContext() sharedContext: SharedContext = {}) {
    const trx = transactionOf(sharedContext)
    const answered = await surveys.lockAnswered(trx, surveyId)
    if (answered) {
      await this.addToDailyStats_(trx, answered, -1)
    }
    await surveys.clearAnswer(trx, surveyId)
  }

  /**
   * Adds an answer to (sign 1) or removes it from (sign −1) the daily stats of its branch and
   * of each staff member of the visit, in the caller's transaction.
   */
  protected async addToDailyStats_(trx: Knex, answer: SurveyAnswer, sign: 1 | -1) {
    await dailyStats.addToDailyStats(
      trx,
      answer,
      satisfaction.dailyStatDeltas(answer, sign, this.options_)
    )
  }

  /**
   * Recomputes the daily stats from the answered surveys (after a bulk import, or when the NPS
   * bands change). Returns how many day rows it wrote.
   */
  @InjectTransactionManager()
  async rebuildSatisfactionDailyStats(
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<{ branch_days: number; staff_days: number }> {
    return await dailyStats.rebuildDailyStats(transactionOf(sharedContext), {
      promoter: this.options_.nps_promoter_min,
      detractor: this.options_.nps_detractor_max,
    })
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
    const trx = transactionOf(sharedContext)
    const survey = await surveys.answeredSurvey(trx, input.survey_id)
    if (!survey || (!survey.is_low && !survey.is_detractor)) return null
    const streakLength = this.options_.low_score_streak
    const newest = Math.max(streakLength, 1) + 1
    const recent = await surveys.lockRecentAnswers(trx, survey.customer_id, newest)
    const due = satisfaction.lowScoreAlertDue(survey, recent, streakLength)
    if (!due) return null
    const { reasons, survey_ids: surveyIds } = due
    const assignee = input.assignee_user_id ?? null
    const id = await followUps.insertFollowUpVisit(trx, {
      customer_id: survey.customer_id,
      branch_id: survey.branch_id,
      assignee_user_id: assignee,
      reasons,
      due_at: new Date(Date.now() + this.options_.follow_up_due_hours * 3_600_000),
      trigger_survey_id: survey.id,
    })
    await surveys.linkFollowUpVisit(trx, surveyIds, id)
    const alert: LowScoreAlert = {
      follow_up_visit_id: id,
      reasons,
      survey_ids: surveyIds,
      customer_id: survey.customer_id,
      branch_id: survey.branch_id,
    }
    await stageFeedbackEvents(trx, [followUpVisitCreatedEvent(alert, assignee)])
    return alert
  }

  /** Takes back an alert raised by `raiseLowScoreAlert` (workflow compensation). */
  @InjectTransactionManager()
  async withdrawLowScoreAlert(
    followUpVisitId: string,
    @MedusaContext() sharedContext: SharedContext = {}
  ) {
    const trx = transactionOf(sharedContext)
    await surveys.unlinkFollowUpVisit(trx, followUpVisitId)
    await followUps.deleteFollowUpVisit(trx, followUpVisitId)
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
  ): Promise<Record<string, unknown> & { id: string }> {
    const trx = transactionOf(sharedContext)
    const visit = await followUps.updateFollowUpVisit(trx, id, changes)
    await stageFeedbackEvents(trx, [followUpVisitUpdatedEvent(visit)])
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
    return await analytics.complaintReport(sharedContext.manager!.getKnex(), query)
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
    return await analytics.satisfactionReport(sharedContext.manager!.getKnex(), query)
  }

  // ---------------------------------------------------------------- housekeeping

  /** Resolved complaints the customer has not rated within `auto_close_after_days`. */
  @InjectManager()
  async listComplaintsToAutoClose(
    limit = 500,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<string[]> {
    if (!this.options_.auto_close_after_days) return []
    const cutoff = new Date(Date.now() - this.options_.auto_close_after_days * 86_400_000)
    return await complaints.resolvedUnratedSince(sharedContext.manager!.getKnex(), cutoff, limit)
  }
}

export default FeedbackModuleService
