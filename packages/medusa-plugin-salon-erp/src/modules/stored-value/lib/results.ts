import { MathBN } from "@medusajs/framework/utils"
import type {
  OperationResult,
  ReconcileMismatch,
  StoredValueEntryDTO,
  StoredValueHoldDTO,
  StoredValueHoldRow,
  StoredValueAccountState,
  StoredValueOperationKind,
} from "../types"
import { type LotState, remainingByLot } from "./bonus-lots"

/** How rows read with knex become the DTOs the service returns. Pure. */

const toText = (value: unknown) => MathBN.convert(value as string).toFixed()

const sum = (values: unknown[]) =>
  values.reduce<ReturnType<typeof MathBN.convert>>(
    (total, value) => MathBN.add(total, value as string),
    MathBN.convert(0)
  )

/** An operation with its account's balances after it. */
export type OperationWithAccount = {
  id: string
  kind: StoredValueOperationKind
  account_id: string
  customer_id: string
  currency_code: string
  principal_balance: string
  bonus_balance: string
}

/** What an operation did (the caller adds the account's state). */
export function operationResult(
  operation: OperationWithAccount,
  entries: StoredValueEntryDTO[],
  replayed: boolean
): Omit<OperationResult, "account"> {
  return {
    operation_id: operation.id,
    kind: operation.kind,
    account_id: operation.account_id,
    customer_id: operation.customer_id,
    currency_code: operation.currency_code,
    replayed,
    entries: entries.map((entry) => ({
      id: entry.id,
      type: entry.type,
      principal_amount: toText(entry.principal_amount),
      bonus_amount: toText(entry.bonus_amount),
      principal_balance_after: toText(entry.principal_balance_after),
      bonus_balance_after: toText(entry.bonus_balance_after),
      reverses_entry_id: entry.reverses_entry_id,
    })),
    principal_balance: toText(operation.principal_balance),
    bonus_balance: toText(operation.bonus_balance),
    principal_delta: sum(entries.map((entry) => entry.principal_amount)).toFixed(),
    bonus_delta: sum(entries.map((entry) => entry.bonus_amount)).toFixed(),
  }
}

/** An account's state with its balances as decimal strings, as results report them. */
export const accountState = (account: StoredValueAccountState): StoredValueAccountState => ({
  ...account,
  principal_balance: toText(account.principal_balance),
  bonus_balance: toText(account.bonus_balance),
})

export const toHoldDTO = (row: StoredValueHoldRow): StoredValueHoldDTO => ({
  id: row.id,
  account_id: row.account_id,
  cart_id: row.cart_id,
  customer_id: row.customer_id,
  currency_code: row.currency_code,
  amount: MathBN.convert(row.amount).toFixed(),
  status: row.status,
  expires_at: new Date(row.expires_at),
  operation_id: row.operation_id,
  order_id: row.order_id,
  release_reason: row.release_reason,
})

export type AccountBalancesRow = {
  id: string
  currency_code: string
  principal_balance: string
  bonus_balance: string
  status: string
  created_at: Date
  updated_at: Date
}

/** An account for its member: balances, what is held, and bonus that will expire and when. */
export function accountSummary(
  account: AccountBalancesRow,
  lots: LotState[],
  held: string | number
) {
  const balance = MathBN.add(account.principal_balance, account.bonus_balance)
  const remaining = remainingByLot(lots, account.bonus_balance)
  return {
    id: account.id,
    currency_code: account.currency_code,
    status: account.status,
    principal_balance: toText(account.principal_balance),
    bonus_balance: toText(account.bonus_balance),
    balance: balance.toFixed(),
    /** Set aside for carts in online checkout. */
    held: toText(held),
    available: MathBN.sub(balance, held).toFixed(),
    bonus_expiring: lots
      .filter(
        (lot) => lot.expires_at && !lot.expired_at && MathBN.gt(remaining.get(lot.id) ?? 0, 0)
      )
      .map((lot) => ({
        amount: remaining.get(lot.id)!,
        expires_at: new Date(lot.expires_at!).toISOString(),
      }))
      .sort((a, b) => a.expires_at.localeCompare(b.expires_at)),
    created_at: account.created_at,
    updated_at: account.updated_at,
  }
}

export type AccountAgainstLedger = {
  id: string
  principal_balance: string
  bonus_balance: string
  ledger_principal: string
  ledger_bonus: string
}

/** The balances an account stores that differ from the sum of its entries. */
export function balanceMismatches(row: AccountAgainstLedger): ReconcileMismatch[] {
  const mismatches: ReconcileMismatch[] = []
  for (const [field, stored, ledger] of [
    ["principal_balance", row.principal_balance, row.ledger_principal],
    ["bonus_balance", row.bonus_balance, row.ledger_bonus],
  ] as const) {
    if (!MathBN.eq(stored, ledger)) {
      mismatches.push({ account_id: row.id, field, stored: String(stored), ledger })
    }
  }
  return mismatches
}
