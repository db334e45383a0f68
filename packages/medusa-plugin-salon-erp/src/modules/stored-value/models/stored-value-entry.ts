import { model } from "@medusajs/framework/utils"
import { ENTRY_ID_PREFIX } from "../lib/constants"
import { StoredValueAccount } from "./stored-value-account"
import { StoredValueOperation } from "./stored-value-operation"

export const ENTRY_TYPES = [
  "top_up_principal",
  "top_up_bonus",
  "spend",
  "refund",
  "reversal",
  "expiry",
  "adjustment",
  "closure",
  /** An opening balance carried over from the salon's previous system (client import). */
  "migration",
] as const

/**
 * One append-only ledger line: signed principal and bonus amounts and the balances after it.
 * A migration trigger refuses UPDATE and DELETE; corrections are new reversing entries.
 */
export const StoredValueEntry = model
  .define("stored_value_entry", {
    id: model.id({ prefix: ENTRY_ID_PREFIX }).primaryKey(),
    /** 1, 2, 3 … per account, in the order the entries were written under the account lock. */
    sequence: model.number(),
    type: model.enum([...ENTRY_TYPES]),
    principal_amount: model.bigNumber(),
    bonus_amount: model.bigNumber(),
    principal_balance_after: model.bigNumber(),
    bonus_balance_after: model.bigNumber(),
    currency_code: model.text(),
    customer_id: model.text(),
    branch_id: model.text().nullable(),
    staff_member_id: model.text().nullable(),
    /** What it is about: order, cart, line_item, appointment, recharge_plan, operation, admin_user … */
    reference_type: model.text().nullable(),
    reference_id: model.text().nullable(),
    /** How the member paid for a counter top-up: cash, card, wechat_pay, alipay, bank_transfer; or online. */
    payment_method: model.text().nullable(),
    reason: model.text().nullable(),
    /** Admin user or customer who caused it; null for system jobs. */
    created_by: model.text().nullable(),
    /** For reversals and refunds: the entry whose effect this undoes. */
    reverses_entry_id: model.text().nullable(),
    account: model.belongsTo(() => StoredValueAccount, { mappedBy: "entries" }),
    operation: model.belongsTo(() => StoredValueOperation, { mappedBy: "entries" }),
  })
  .indexes([
    { on: ["account_id", "sequence"], unique: true },
    { on: ["customer_id", "created_at"] },
    { on: ["branch_id", "created_at"] },
    { on: ["staff_member_id", "created_at"] },
    { on: ["type", "created_at"] },
    { on: ["reference_type", "reference_id"] },
    { on: ["reverses_entry_id"] },
  ])
