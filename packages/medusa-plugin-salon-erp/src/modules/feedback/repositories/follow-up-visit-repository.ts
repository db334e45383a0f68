import { generateEntityId } from "@medusajs/framework/utils"
import { FOLLOW_UP_VISIT_ID_PREFIX } from "../lib/constants"
import type { Knex } from "../lib/db"
import type { FollowUpReason, FollowUpVisitRow } from "../types"

export type NewFollowUpVisit = {
  customer_id: string
  branch_id: string
  assignee_user_id: string | null
  reasons: FollowUpReason[]
  due_at: Date
  trigger_survey_id: string
}

/** Inserts an open follow-up visit; returns its id. */
export async function insertFollowUpVisit(trx: Knex, visit: NewFollowUpVisit): Promise<string> {
  const id = generateEntityId(undefined, FOLLOW_UP_VISIT_ID_PREFIX)
  await trx("follow_up_visit").insert({
    id,
    customer_id: visit.customer_id,
    branch_id: visit.branch_id,
    assignee_user_id: visit.assignee_user_id,
    reasons: visit.reasons,
    status: "open",
    due_at: visit.due_at,
    trigger_survey_id: visit.trigger_survey_id,
  })
  return id
}

export async function deleteFollowUpVisit(trx: Knex, visitId: string) {
  await trx("follow_up_visit").where({ id: visitId }).delete()
}

/** Applies `changes` to a visit; returns the visit as it now is. */
export async function updateFollowUpVisit(
  trx: Knex,
  visitId: string,
  changes: Record<string, unknown>
): Promise<FollowUpVisitRow> {
  await trx("follow_up_visit")
    .update({ ...changes, updated_at: new Date() })
    .where({ id: visitId })
  return await trx("follow_up_visit").select("*").where({ id: visitId }).first()
}
