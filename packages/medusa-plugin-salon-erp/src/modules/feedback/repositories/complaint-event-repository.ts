import { generateEntityId } from "@medusajs/framework/utils"
import { COMPLAINT_EVENT_ID_PREFIX } from "../lib/constants"
import type { Knex } from "../lib/db"
import type { ComplaintEventInput } from "../types"

/** Appends an entry to a complaint's timeline (its order is the order of insertion). */
export async function insertTimelineEntry(trx: Knex, entry: ComplaintEventInput): Promise<string> {
  const id = generateEntityId(undefined, COMPLAINT_EVENT_ID_PREFIX)
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
  return id
}
