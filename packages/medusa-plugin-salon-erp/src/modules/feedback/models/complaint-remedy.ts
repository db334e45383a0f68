import { model } from "@medusajs/framework/utils"
import { COMPLAINT_REMEDY_ID_PREFIX, REMEDY_KINDS, REMEDY_STATUSES } from "../lib/constants"
import { Complaint } from "./complaint"

/**
 * What the salon gave the customer to make up for a complaint: a goodwill credit to stored
 * value, a free session on a service package, or something else. `recorded` until the
 * capability that grants it (or a staff member, by hand) confirms it as `applied`.
 */
export const ComplaintRemedy = model
  .define("complaint_remedy", {
    id: model.id({ prefix: COMPLAINT_REMEDY_ID_PREFIX }).primaryKey(),
    kind: model.enum([...REMEDY_KINDS]),
    status: model.enum([...REMEDY_STATUSES]).default("recorded"),
    /** What was (or is to be) given, in words the customer sees. */
    description: model.text(),
    /** goodwill_credit: the amount and its currency. */
    amount: model.bigNumber().nullable(),
    currency_code: model.text().nullable(),
    /** free_session: the salon service of the free session. */
    salon_service_id: model.text().nullable(),
    /** Why it is still only recorded (e.g. the stored value capability is not installed). */
    status_reason: model.text().nullable(),
    recorded_by: model.text().nullable(),
    applied_at: model.dateTime().nullable(),
    applied_by: model.text().nullable(),
    /** The record the remedy created elsewhere (a stored value entry, a package session, a note). */
    applied_reference: model.text().nullable(),
    complaint: model.belongsTo(() => Complaint, { mappedBy: "remedies" }),
  })
  .indexes([{ on: ["complaint_id"] }])
  .checks([
    {
      name: "complaint_remedy_credit_fields",
      expression: (c) =>
        `${c.kind} <> 'goodwill_credit' OR (${c.amount} > 0 AND ${c.currency_code} IS NOT NULL)`,
    },
    {
      name: "complaint_remedy_session_fields",
      expression: (c) => `${c.kind} <> 'free_session' OR ${c.salon_service_id} IS NOT NULL`,
    },
  ])
