import { ACTIVE } from "../lib/complaints"
import type { Knex } from "../lib/db"
import type { SlaClaim, SlaDeadline, SlaStage } from "../types"

/** An SLA claim not recorded on the timeline this long after it was taken is taken over. */
const SLA_CLAIM_LEASE_SECONDS = 120

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

/** Active complaints whose warning or breach of a deadline is due and not recorded, oldest first. */
export async function dueComplaintIds(
  knex: Knex,
  deadline: SlaDeadline,
  stage: SlaStage,
  now: Date,
  limit: number
): Promise<{ id: string }[]> {
  const columns = SLA_COLUMNS[deadline]
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
    query.whereNull(columns.warning).where(columns.warn, "<=", now).where(columns.due, ">", now)
  }
  return await query
}

/**
 * Claims whose handling died before it was recorded on the timeline (the process stopped
 * after the claim committed): past the lease, they are claimed again and finished.
 */
export function unfinishedClaims(
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
 * Stamps the claim's stage on the complaint while it is still due and unclaimed (a breach also
 * marks the deadline missed); true when this call stamped it.
 */
export async function stampDueClaim(trx: Knex, claim: SlaClaim, now: Date): Promise<boolean> {
  const columns = SLA_COLUMNS[claim.deadline]
  // The database's clock, which the timeline entry that finishes the claim is compared with.
  const patch: Record<string, unknown> = { [columns[claim.stage]]: trx.fn.now() }
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
  return (await query).length === 1
}

/** Takes over a claim whose handling died past the lease (its stamp moves to now). */
export async function retakeUnfinishedClaim(trx: Knex, claim: SlaClaim): Promise<boolean> {
  const unfinished = await unfinishedClaims(trx, claim.deadline, claim.stage, 1).where(
    "c.id",
    claim.complaint_id
  )
  if (!unfinished.length) {
    return false
  }
  const column = SLA_COLUMNS[claim.deadline][claim.stage]
  const retaken = await trx("complaint")
    .update({ [column]: trx.fn.now() })
    .where({ id: claim.complaint_id })
    .where(column, "<=", trx.raw("now() - make_interval(secs => ?)", [SLA_CLAIM_LEASE_SECONDS]))
    .returning("id")
  return retaken.length === 1
}
