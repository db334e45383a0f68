import { model } from "@medusajs/framework/utils"
import { COMMISSION_PERIOD_ID_PREFIX } from "../lib/constants"

/** A month of commissions. Closing it settles retroactive tiers and locks it. */
export const CommissionPeriod = model
  .define("commission_period", {
    id: model.id({ prefix: COMMISSION_PERIOD_ID_PREFIX }).primaryKey(),
    /** "YYYY-MM". */
    period: model.text(),
    status: model.enum(["open", "closed"]).default("open"),
    closed_at: model.dateTime().nullable(),
    closed_by: model.text().nullable(),
  })
  .indexes([{ on: ["period"], unique: true }])
