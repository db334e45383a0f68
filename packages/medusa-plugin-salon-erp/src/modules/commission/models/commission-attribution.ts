import { model } from "@medusajs/framework/utils"
import { COMMISSION_ATTRIBUTION_ID_PREFIX } from "../lib/constants"

/**
 * Who earned a source line, set or corrected by staff: the staff member(s) who performed it
 * (`labour`) or sold it (`sales`), with shares that sum to 100 per role. When a line has no
 * attribution of a role, the default applies (the appointment's staff member for labour, the
 * recorded seller for counter sales; online orders have no seller).
 */
export const CommissionAttribution = model
  .define("commission_attribution", {
    id: model.id({ prefix: COMMISSION_ATTRIBUTION_ID_PREFIX }).primaryKey(),
    source_type: model.text(),
    source_id: model.text(),
    /** The line within the source (order line item, appointment item); equals source_id for one-line sources. */
    source_line_id: model.text(),
    role: model.enum(["labour", "sales"]),
    staff_member_id: model.text(),
    share: model.bigNumber(),
    set_by: model.text().nullable(),
  })
  .indexes([
    { on: ["source_type", "source_id"] },
    { on: ["source_line_id", "role", "staff_member_id"], unique: true },
  ])
  .checks([
    {
      name: "commission_attribution_share_range",
      expression: (c) => `${c.share} > 0 AND ${c.share} <= 100`,
    },
  ])
