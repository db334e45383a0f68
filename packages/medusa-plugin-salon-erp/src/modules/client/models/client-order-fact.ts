import { model } from "@medusajs/framework/utils"
import { CLIENT_ORDER_FACT_ID_PREFIX } from "../lib/constants"

/**
 * A placed (non-draft) order of a customer and what it counts as spend, copied on the order's
 * events (and by the rebuild).
 */
export const ClientOrderFact = model
  .define("client_order_fact", {
    id: model.id({ prefix: CLIENT_ORDER_FACT_ID_PREFIX }).primaryKey(),
    order_id: model.text(),
    customer_id: model.text(),
    currency_code: model.text(),
    /** When the order was placed (created). */
    placed_at: model.dateTime(),
    /** The order's current total (`summary.current_order_total`: after edits, returns, claims). */
    spend: model.bigNumber(),
    /** Canceled orders are kept but count as no spend. */
    is_canceled: model.boolean().default(false),
    synced_at: model.dateTime(),
  })
  .indexes([{ on: ["order_id"], unique: true }, { on: ["customer_id"] }])
