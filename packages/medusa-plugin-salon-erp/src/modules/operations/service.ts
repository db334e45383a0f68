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
import { RETRY_CLAIM_MS, nextAttemptAt } from "./lib/backoff"
import { REPLAYABLE_DEAD_LETTER_STATUSES, RESOLVED_BY_RETRY } from "./lib/constants"
import { SalonDeadLetter, SalonJobRun } from "./models"
import type { DeadLetterRow, JobRunRow, RecordDeadLetterInput, RecordJobRunInput } from "./types"

type SharedContext = Context<EntityManager>
type Knex = ReturnType<EntityManager["getKnex"]>

/** The most due dead letters one retry pass takes. */
const DUE_BATCH_SIZE = 50

/**
 * Dead letters of failed event handlers and the run history of scheduled jobs: what an operator
 * needs to see that nothing was lost, and to replay what was. Model names match their tables, so
 * `query.graph` reads `salon_dead_letter` and `salon_job_run` too.
 */
class OperationsModuleService extends MedusaService({ SalonDeadLetter, SalonJobRun }) {
  private trx_(sharedContext: SharedContext): Knex {
    return sharedContext.transactionManager!.getTransactionContext()! as unknown as Knex
  }

  /** Keeps a failed event for the retry job; its first automatic retry is due in a minute. */
  @InjectTransactionManager()
  async recordDeadLetter(
    input: RecordDeadLetterInput,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<DeadLetterRow> {
    const failedAt = input.failed_at ?? new Date()
    const [row] = (await this.trx_(sharedContext)("salon_dead_letter")
      .insert({
        id: generateEntityId(undefined, "sdl"),
        subscriber_id: input.subscriber_id,
        event_name: input.event_name,
        event_data: JSON.stringify(input.event_data ?? null),
        event_metadata: input.event_metadata ? JSON.stringify(input.event_metadata) : null,
        error: input.error,
        attempts: 1,
        status: "pending_retry",
        next_attempt_at: nextAttemptAt(1, failedAt),
        last_failed_at: failedAt,
      })
      .returning("*")) as DeadLetterRow[]
    return row
  }

  /**
   * Dead letters whose next attempt is due at `now`, most overdue first: waiting ones, and
   * claimed ones whose worker's claim lapsed. `subscriberIds` narrows them to the handlers the
   * calling process has.
   */
  @InjectManager()
  async listDueDeadLetters(
    now: Date,
    subscriberIds?: string[],
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<DeadLetterRow[]> {
    const query = sharedContext
      .manager!.getKnex()("salon_dead_letter")
      .select("*")
      .whereIn("status", ["pending_retry", "retrying"])
      .where("next_attempt_at", "<=", now)
      .whereNull("deleted_at")
      .orderBy("next_attempt_at", "asc")
      .limit(DUE_BATCH_SIZE)
    if (subscriberIds) {
      query.whereIn("subscriber_id", subscriberIds)
    }
    return (await query) as DeadLetterRow[]
  }

  /**
   * Claims a due dead letter for one attempt. Null when it is no longer due (another worker
   * claimed it, or it was resolved): the caller then leaves it alone.
   */
  @InjectTransactionManager()
  async markDeadLetterRetrying(
    id: string,
    now: Date = new Date(),
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<DeadLetterRow | null> {
    const trx = this.trx_(sharedContext)
    const [row] = (await trx("salon_dead_letter")
      .update({
        status: "retrying",
        next_attempt_at: new Date(now.getTime() + RETRY_CLAIM_MS),
        updated_at: trx.fn.now(),
      })
      .where({ id })
      .whereIn("status", ["pending_retry", "retrying"])
      .where("next_attempt_at", "<=", now)
      .whereNull("deleted_at")
      .returning("*")) as DeadLetterRow[]
    return row ?? null
  }

  /** The attempt succeeded: by the replaying admin if one asked for it, else by the schedule. */
  @InjectTransactionManager()
  async markDeadLetterResolved(
    id: string,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<DeadLetterRow> {
    const trx = this.trx_(sharedContext)
    const [row] = (await trx("salon_dead_letter")
      .update({
        status: "resolved",
        resolved_at: trx.fn.now(),
        resolved_by: trx.raw("coalesce(replay_requested_by, ?)", [RESOLVED_BY_RETRY]),
        next_attempt_at: null,
        updated_at: trx.fn.now(),
      })
      .where({ id, status: "retrying" })
      .whereNull("deleted_at")
      .returning("*")) as DeadLetterRow[]
    if (!row) {
      throw await this.notRetrying_(trx, id)
    }
    return row
  }

  /**
   * The attempt failed: counts it and schedules the next one by the backoff (1 min, 5 min,
   * 30 min, 2 h, 12 h); after the 6th failed attempt the dead letter is dead.
   */
  @InjectTransactionManager()
  async markDeadLetterFailedAgain(
    id: string,
    error: string,
    failedAt: Date = new Date(),
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<DeadLetterRow> {
    const trx = this.trx_(sharedContext)
    const [current] = (await trx("salon_dead_letter")
      .select("*")
      .where({ id, status: "retrying" })
      .whereNull("deleted_at")
      .forUpdate()) as DeadLetterRow[]
    if (!current) {
      throw await this.notRetrying_(trx, id)
    }
    const attempts = current.attempts + 1
    const next = nextAttemptAt(attempts, failedAt)
    const [row] = (await trx("salon_dead_letter")
      .update({
        attempts,
        error,
        last_failed_at: failedAt,
        status: next ? "pending_retry" : "dead",
        next_attempt_at: next,
        replay_requested_by: null,
        replay_requested_at: null,
        updated_at: trx.fn.now(),
      })
      .where({ id })
      .returning("*")) as DeadLetterRow[]
    return row
  }

  /**
   * Makes a dead or waiting dead letter due now, for the retry job's next pass. `actor` (the admin
   * user) is kept and becomes `resolved_by` if that attempt succeeds. Returns the dead letter as it
   * was, for the workflow's compensation.
   */
  @InjectTransactionManager()
  async requestReplay(
    id: string,
    actor: string,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<{ previous: DeadLetterRow; dead_letter: DeadLetterRow }> {
    const trx = this.trx_(sharedContext)
    const [previous] = (await trx("salon_dead_letter")
      .select("*")
      .where({ id })
      .whereNull("deleted_at")
      .forUpdate()) as DeadLetterRow[]
    if (!previous) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Dead letter with id: ${id} was not found`)
    }
    if (!(REPLAYABLE_DEAD_LETTER_STATUSES as readonly string[]).includes(previous.status)) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Dead letter ${id} is ${previous.status}: only a dead or pending_retry one can be replayed`
      )
    }
    const [deadLetter] = (await trx("salon_dead_letter")
      .update({
        status: "pending_retry",
        next_attempt_at: trx.fn.now(),
        replay_requested_by: actor,
        replay_requested_at: trx.fn.now(),
        updated_at: trx.fn.now(),
      })
      .where({ id })
      .returning("*")) as DeadLetterRow[]
    return { previous, dead_letter: deadLetter }
  }

  /** Undoes {@link requestReplay} if no attempt has claimed the dead letter since. */
  @InjectTransactionManager()
  async revertReplay(
    previous: Pick<
      DeadLetterRow,
      "id" | "status" | "next_attempt_at" | "replay_requested_by" | "replay_requested_at"
    >,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<void> {
    const trx = this.trx_(sharedContext)
    await trx("salon_dead_letter")
      .update({
        status: previous.status,
        next_attempt_at: previous.next_attempt_at,
        replay_requested_by: previous.replay_requested_by,
        replay_requested_at: previous.replay_requested_at,
        updated_at: trx.fn.now(),
      })
      .where({ id: previous.id, status: "pending_retry" })
      .whereNull("deleted_at")
  }

  /**
   * Counts one finished run of a scheduled job. The counters are incremented in SQL, so runs
   * finishing at once on several workers are all counted.
   */
  @InjectTransactionManager()
  async recordJobRun(
    run: RecordJobRunInput,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<void> {
    const failed = run.ok ? 0 : 1
    const succeededAt = run.ok ? run.finished_at : null
    const failedAt = run.ok ? null : run.finished_at
    const error = run.ok ? null : (run.error ?? "failed without an error message")
    await this.trx_(sharedContext).raw(
      `INSERT INTO salon_job_run
         (id, job_name, last_started_at, last_finished_at, last_succeeded_at, last_failed_at,
          last_error, runs, failures)
       VALUES (?, ?, ?, ?, ?, ?, ?, 1, ?)
       ON CONFLICT (job_name) WHERE deleted_at IS NULL DO UPDATE SET
         runs = salon_job_run.runs + 1,
         failures = salon_job_run.failures + EXCLUDED.failures,
         last_started_at = GREATEST(salon_job_run.last_started_at, EXCLUDED.last_started_at),
         last_finished_at = GREATEST(salon_job_run.last_finished_at, EXCLUDED.last_finished_at),
         last_succeeded_at = GREATEST(salon_job_run.last_succeeded_at, EXCLUDED.last_succeeded_at),
         last_error = CASE
           WHEN EXCLUDED.last_failed_at IS NOT NULL
             AND EXCLUDED.last_failed_at >= coalesce(salon_job_run.last_failed_at, '-infinity')
           THEN EXCLUDED.last_error ELSE salon_job_run.last_error END,
         last_failed_at = GREATEST(salon_job_run.last_failed_at, EXCLUDED.last_failed_at),
         updated_at = now()`,
      [
        generateEntityId(undefined, "sjr"),
        run.job_name,
        run.started_at,
        run.finished_at,
        succeededAt,
        failedAt,
        error,
        failed,
      ]
    )
  }

  /** Every scheduled job that has run, by name. */
  @InjectManager()
  async listJobRuns(@MedusaContext() sharedContext: SharedContext = {}): Promise<JobRunRow[]> {
    return (await sharedContext
      .manager!.getKnex()("salon_job_run")
      .select("*")
      .whereNull("deleted_at")
      .orderBy("job_name", "asc")) as JobRunRow[]
  }

  private async notRetrying_(trx: Knex, id: string): Promise<MedusaError> {
    const [row] = (await trx("salon_dead_letter")
      .select("status")
      .where({ id })
      .whereNull("deleted_at")) as Pick<DeadLetterRow, "status">[]
    return row
      ? new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          `Dead letter ${id} is ${row.status}, not retrying: its attempt was not claimed`
        )
      : new MedusaError(MedusaError.Types.NOT_FOUND, `Dead letter with id: ${id} was not found`)
  }
}

export default OperationsModuleService
