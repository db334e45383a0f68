import { model } from "@medusajs/framework/utils"
import {
  ACTOR_TYPES,
  COMPLAINT_EVENT_ID_PREFIX,
  COMPLAINT_EVENT_TYPES,
  COMPLAINT_VISIBILITIES,
} from "../lib/constants"
import { Complaint } from "./complaint"

/**
 * One entry of a complaint's timeline. Entries are never edited; `customer` entries are what
 * the customer sees (their messages, replies to them, status changes).
 */
export const ComplaintEvent = model
  .define("complaint_event", {
    id: model.id({ prefix: COMPLAINT_EVENT_ID_PREFIX }).primaryKey(),
    /** Insertion order: the timeline is sorted by it (several entries can share a timestamp). */
    sequence: model.autoincrement(),
    type: model.enum([...COMPLAINT_EVENT_TYPES]),
    visibility: model.enum([...COMPLAINT_VISIBILITIES]).default("internal"),
    author_type: model.enum([...ACTOR_TYPES]),
    author_id: model.text().nullable(),
    body: model.text().nullable(),
    /** Details: statuses from/to, assignee, deadline kind, remedy id, rating… */
    data: model.json().nullable(),
    complaint: model.belongsTo(() => Complaint, { mappedBy: "events" }),
  })
  .indexes([{ on: ["complaint_id", "sequence"] }])
