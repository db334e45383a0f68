import { model } from "@medusajs/framework/utils"

/** A month of commissions. Closing it settles retroactive tiers and locks it. */
export const CommissionPeriod = model
  .define("commission_period", {
    id: model.id({ prefix: "cper" }).primaryKey(),
    /** "YYYY-MM". */
    period: model.text(),
    status: model.enum(["open", "closed"]).default("open"),
    closed_at: model.dateTime().nullable(),
    closed_by: model.text().nullable(),
  })
  .indexes([{ on: ["period"], unique: true }])
