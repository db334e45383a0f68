import { model } from "@medusajs/framework/utils"
import { BONUS_LOT_ID_PREFIX } from "../lib/constants"
import { StoredValueAccount } from "./stored-value-account"

/**
 * Bonus credited by one top-up, with its expiry. Which lot a spend consumed is not stored: bonus
 * is spent soonest-expiring first, so what is left of each lot follows from the balance (see
 * lib/bonus-lots.ts). The expiry job marks a lot once, with the amount it forfeited.
 */
export const BonusLot = model
  .define("stored_value_bonus_lot", {
    id: model.id({ prefix: BONUS_LOT_ID_PREFIX }).primaryKey(),
    entry_id: model.text(),
    amount: model.bigNumber(),
    expires_at: model.dateTime().nullable(),
    expired_at: model.dateTime().nullable(),
    expired_amount: model.bigNumber().nullable(),
    /** Bonus of this lot taken back by a reversal or refund of the credit that opened it. */
    withdrawn_amount: model.bigNumber().default(0),
    account: model.belongsTo(() => StoredValueAccount, { mappedBy: "bonus_lots" }),
  })
  .indexes([{ on: ["expires_at"], where: "expired_at IS NULL AND expires_at IS NOT NULL" }])
  .checks([{ name: "stored_value_bonus_lot_positive", expression: (c) => `${c.amount} > 0` }])
