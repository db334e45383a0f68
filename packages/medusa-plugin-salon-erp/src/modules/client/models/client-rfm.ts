import { model } from "@medusajs/framework/utils"
import { CLIENT_RFM_ID_PREFIX, RFM_SEGMENTS } from "../lib/constants"

/**
 * A customer's RFM scores (recency, frequency, monetary), recomputed nightly and after her
 * visits and orders by the `recompute-client-tags` workflow.
 */
export const ClientRfm = model
  .define("client_rfm", {
    id: model.id({ prefix: CLIENT_RFM_ID_PREFIX }).primaryKey(),
    customer_id: model.text(),
    /** Days since the last completed visit or placed order. */
    recency_days: model.number(),
    /** Completed visits in the last 365 days. */
    frequency: model.number(),
    /** Spend in the last 365 days, in major units (all currencies added up). */
    monetary: model.bigNumber(),
    r_score: model.number(),
    f_score: model.number(),
    m_score: model.number(),
    segment: model.enum([...RFM_SEGMENTS]),
    computed_at: model.dateTime(),
  })
  .indexes([{ on: ["customer_id"], unique: true }, { on: ["segment"] }])
