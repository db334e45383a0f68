import { model } from "@medusajs/framework/utils"
import { HOLD_ID_PREFIX } from "../lib/constants"
import { StoredValueAccount } from "./stored-value-account"

export const HOLD_STATUSES = ["active", "captured", "released"] as const

/**
 * Stored value set aside for a cart in online checkout. An active hold is not spendable
 * elsewhere (available = balance − active holds); it is written under the account lock like a
 * spend. When the order is placed it is captured once as the spend entry; when the cart is
 * abandoned (past `expires_at`) or the member stops paying with stored value it is released.
 */
export const StoredValueHold = model
  .define("stored_value_hold", {
    id: model.id({ prefix: HOLD_ID_PREFIX }).primaryKey(),
    cart_id: model.text(),
    customer_id: model.text(),
    currency_code: model.text(),
    amount: model.bigNumber(),
    status: model.enum([...HOLD_STATUSES]).default("active"),
    /** After this an uncompleted cart's hold is released by the expiry job. */
    expires_at: model.dateTime(),
    /** The spend operation that captured it, and the order it paid. */
    operation_id: model.text().nullable(),
    order_id: model.text().nullable(),
    captured_at: model.dateTime().nullable(),
    released_at: model.dateTime().nullable(),
    /** replaced, removed, expired, checkout_failed, order_canceled … */
    release_reason: model.text().nullable(),
    account: model.belongsTo(() => StoredValueAccount, { mappedBy: "holds" }),
  })
  .indexes([
    // One active hold per cart; any number of captured or released ones.
    {
      name: "IDX_stored_value_hold_active_cart",
      on: ["cart_id"],
      where: "status = 'active'",
      unique: true,
    },
    { on: ["cart_id"] },
    { on: ["account_id", "status"] },
    { on: ["expires_at"], where: "status = 'active'" },
  ])
  .checks([{ name: "stored_value_hold_positive", expression: (c) => `${c.amount} > 0` }])
