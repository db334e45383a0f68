import { model } from "@medusajs/framework/utils"
import { ACCOUNT_ID_PREFIX } from "../lib/constants"
import { StoredValueEntry } from "./stored-value-entry"
import { BonusLot } from "./bonus-lot"
import { StoredValueHold } from "./stored-value-hold"

/**
 * A member's stored value in one currency, valid at every branch. The balances are running
 * totals of the ledger, updated in the same transaction as each entry; CHECKs keep them ≥ 0.
 */
export const StoredValueAccount = model
  .define("stored_value_account", {
    id: model.id({ prefix: ACCOUNT_ID_PREFIX }).primaryKey(),
    customer_id: model.text(),
    currency_code: model.text(),
    /** Money the member actually paid and has not spent. */
    principal_balance: model.bigNumber().default(0),
    /** Value given free (top-up bonuses) and not yet spent or expired. */
    bonus_balance: model.bigNumber().default(0),
    status: model.enum(["active", "closed"]).default("active"),
    closed_at: model.dateTime().nullable(),
    closed_reason: model.text().nullable(),
    closed_by: model.text().nullable(),
    entries: model.hasMany(() => StoredValueEntry, { mappedBy: "account" }),
    bonus_lots: model.hasMany(() => BonusLot, { mappedBy: "account" }),
    holds: model.hasMany(() => StoredValueHold, { mappedBy: "account" }),
  })
  .indexes([{ on: ["customer_id", "currency_code"], unique: true }])
  .checks([
    {
      name: "stored_value_principal_not_negative",
      expression: (c) => `${c.principal_balance} >= 0`,
    },
    { name: "stored_value_bonus_not_negative", expression: (c) => `${c.bonus_balance} >= 0` },
  ])
