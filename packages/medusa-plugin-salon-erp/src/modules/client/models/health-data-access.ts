import { model } from "@medusajs/framework/utils"
import { HEALTH_ACCESS_ACTIONS, HEALTH_ACCESS_ACTOR_TYPES } from "../lib/constants"

/**
 * One read of a customer's health data: who, when, what. Append-only: the database refuses
 * UPDATE and DELETE (see the hand-written migration).
 */
export const HealthDataAccess = model
  .define("health_data_access", {
    id: model.id({ prefix: "hacc" }).primaryKey(),
    customer_id: model.text(),
    actor_id: model.text(),
    actor_type: model.enum([...HEALTH_ACCESS_ACTOR_TYPES]),
    action: model.enum([...HEALTH_ACCESS_ACTIONS]),
  })
  .indexes([{ on: ["customer_id", "created_at"] }])
