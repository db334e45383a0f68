import { model } from "@medusajs/framework/utils"
import { CLIENT_VISIT_FACT_ID_PREFIX } from "../lib/constants"

/**
 * A completed visit (a booking module appointment in status completed), copied on the
 * appointment's events (and by the rebuild). An appointment that leaves completed loses its row.
 */
export const ClientVisitFact = model
  .define("client_visit_fact", {
    id: model.id({ prefix: CLIENT_VISIT_FACT_ID_PREFIX }).primaryKey(),
    appointment_id: model.text(),
    customer_id: model.text(),
    /** When the visit happened: its completion, else its start. */
    visited_at: model.dateTime(),
    /** The distinct categories of its services ("other" for a service without one), sorted. */
    categories: model.array(),
    synced_at: model.dateTime(),
  })
  .indexes([{ on: ["appointment_id"], unique: true }, { on: ["customer_id", "visited_at"] }])
