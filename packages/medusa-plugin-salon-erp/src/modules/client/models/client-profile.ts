import { model } from "@medusajs/framework/utils"
import { CLIENT_SOURCES, GENDERS, SKIN_TYPES } from "../lib/constants"

/**
 * What the salon knows about a customer beyond Medusa's customer record: one per customer.
 * `skin_concerns`, `allergies`, `contraindications` and `health_notes` are health data (see
 * HEALTH_FIELDS): never listed, and every staff read is recorded.
 */
export const ClientProfile = model
  .define("client_profile", {
    id: model.id({ prefix: "cprof" }).primaryKey(),
    customer_id: model.text(),
    gender: model.enum([...GENDERS]).nullable(),
    /** "YYYY-MM-DD". */
    birthday: model.text().nullable(),
    skin_type: model.enum([...SKIN_TYPES]).nullable(),
    skin_concerns: model.json(),
    allergies: model.json(),
    contraindications: model.json(),
    /** Staff-only health notes. */
    health_notes: model.text().nullable(),
    preferred_staff_member_ids: model.json(),
    preferences_text: model.text().nullable(),
    /** Structured preferences, e.g. { "music": "quiet", "drink": "warm water" }. */
    preferences: model.json(),
    /** How the customer found the salon (staff-only). */
    source: model.enum([...CLIENT_SOURCES]).nullable(),
    home_branch_id: model.text().nullable(),
    /** Version of the health-data consent text the customer accepted, and when. */
    consent_version: model.text().nullable(),
    consent_given_at: model.dateTime().nullable(),
    /** Values of the custom fields headquarters defines, by definition key (validated on write). */
    custom_fields: model.json(),
    /** When the customer was erased (personal and health fields cleared); null otherwise. */
    erased_at: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["customer_id"], unique: true },
    // Lists filtered by custom field values (`custom_fields @> …`) use it.
    { on: ["custom_fields"], type: "GIN" },
  ])
