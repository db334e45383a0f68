import { model } from "@medusajs/framework/utils"
import { COMPLAINT_CATEGORY_ID_PREFIX, COMPLAINT_SEVERITIES } from "../lib/constants"
import { Complaint } from "./complaint"

/**
 * A class of complaint in the taxonomy headquarters maintains (service attitude, hygiene, …).
 * Complaints keep their category when it is deactivated; deactivated ones are not offered.
 */
export const ComplaintCategory = model
  .define("complaint_category", {
    id: model.id({ prefix: COMPLAINT_CATEGORY_ID_PREFIX }).primaryKey(),
    /** Stable snake_case key used by integrations and reports, e.g. "service_attitude". */
    code: model.text(),
    name: model.text().searchable(),
    description: model.text().nullable(),
    /** Severity a complaint in this category starts with (staff may change it). */
    default_severity: model.enum([...COMPLAINT_SEVERITIES]).default("medium"),
    /** Order in forms and reports. */
    rank: model.number().default(0),
    is_active: model.boolean().default(true),
    complaints: model.hasMany(() => Complaint, { mappedBy: "category" }),
  })
  .indexes([{ on: ["code"], unique: true }])
