import { model } from "@medusajs/framework/utils"
import { REGISTER_ID_PREFIX } from "../lib/constants"

/**
 * A till at a branch: where a receptionist opens a shift, counts the float and cashes up. The
 * branch is the booking module's branch, referenced by id (no cross-module foreign key).
 */
export const CounterRegister = model
  .define("counter_register", {
    id: model.id({ prefix: REGISTER_ID_PREFIX }).primaryKey(),
    branch_id: model.text(),
    name: model.text(),
    /** Short code printed on receipts, unique per branch among registers not deleted, e.g. "T1". */
    code: model.text(),
    /** The currency of the drawer (lower case, e.g. "cny"). */
    currency_code: model.text(),
    is_active: model.boolean().default(true),
    metadata: model.json().nullable(),
  })
  .indexes([{ on: ["branch_id", "code"], unique: true }, { on: ["branch_id", "is_active"] }])
