import { MathBN } from "@medusajs/framework/utils"
import { outboxInsert } from "../../../lib/outbox"
import { writeInOneStatement } from "../../../lib/sql"
import { storedValueOutboxEvent } from "../events"
import { STORED_VALUE_OUTBOX_TABLE } from "../models"
import * as accounts from "../repositories/account-repository"
import * as lots from "../repositories/bonus-lot-repository"
import * as ledger from "../repositories/entry-repository"
import * as holds from "../repositories/hold-repository"
import * as operations from "../repositories/operation-repository"
import type {
  AccountRow,
  OperationByReference,
  OperationRequest,
  OperationResult,
  StoredValueAccountState,
  StoredValueOperationKind,
} from "../types"
import { withdrawals } from "./bonus-lots"
import { OUTBOX_ID_PREFIX } from "./constants"
import type { Knex } from "./db"
import { KeyAlreadyUsed } from "./idempotency"
import { assertHoldsCovered, balancesAfter } from "./lines"
import type { Amount } from "./money"
import { accountState, operationResult } from "./results"

const text = (amount: Amount) => MathBN.convert(amount).toFixed()

/**
 * Writes one operation in the caller's transaction: locks the account FOR UPDATE, claims the
 * key (throws {@link KeyAlreadyUsed} when it is taken), lets the request decide its lines,
 * appends them with running balances, updates the account and stages the operation's event in
 * the outbox. Returns what it wrote, without reading it back.
 *
 * Every request locks before it claims, so two requests that share a key and an account never
 * wait on each other in opposite orders.
 */
export async function writeOperation(
  trx: Knex,
  request: OperationRequest,
  key: string
): Promise<OperationResult> {
  const found = await request.account(trx)
  const account = typeof found === "string" ? await accounts.lockAccount(trx, found) : found
  const operationId = await operations.claimOperation(trx, {
    idempotency_key: key,
    kind: request.kind,
    account_id: account.id,
    fingerprint: request.fingerprint,
    target_operation_id: request.target_operation_id,
  })
  if (!operationId) throw new KeyAlreadyUsed()
  const lines = await request.plan(account, trx)
  const after = balancesAfter(account, lines)
  const entries = ledger.entriesInsert(
    trx,
    account.id,
    lines.map((line, index) => ({
      operation_id: operationId,
      account_id: account.id,
      currency_code: account.currency_code,
      customer_id: account.customer_id,
      type: line.type,
      principal_amount: line.principal,
      bonus_amount: line.bonus,
      principal_balance_after: after[index].principal,
      bonus_balance_after: after[index].bonus,
      reverses_entry_id: line.reverses_entry_id ?? null,
      context: request.context,
    }))
  )
  const balances = after[after.length - 1] ?? {
    principal: account.principal_balance,
    bonus: account.bonus_balance,
  }
  const done = operationResult(
    {
      id: operationId,
      kind: request.kind,
      account_id: account.id,
      customer_id: account.customer_id,
      currency_code: account.currency_code,
      principal_balance: text(balances.principal),
      bonus_balance: text(balances.bonus),
    },
    lines.map((line, index) => ({
      id: entries.ids[index],
      type: line.type,
      principal_amount: text(line.principal),
      bonus_amount: text(line.bonus),
      principal_balance_after: text(after[index].principal),
      bonus_balance_after: text(after[index].bonus),
      reverses_entry_id: line.reverses_entry_id ?? null,
    })),
    false
  )
  // The operation's event commits with it; the workflow (or the relay) publishes it.
  const event = storedValueOutboxEvent(done, request.context, request.target_operation_id)
  // Lines, balances and event in one round trip: the account stays locked for less time. The
  // CHECK constraints refuse a negative balance even if a rule above were wrong.
  const [state] = await writeInOneStatement<StoredValueAccountState>(
    trx,
    [
      ...(lines.length ? [entries.insert] : []),
      ...(event
        ? [outboxInsert(trx, STORED_VALUE_OUTBOX_TABLE, OUTBOX_ID_PREFIX, [event]).insert]
        : []),
    ],
    accounts.balancesUpdate(trx, account.id, balances.principal, balances.bonus)
  )
  for (const [index, line] of lines.entries()) {
    if (line.reverses_entry_id && MathBN.lt(line.bonus, 0)) {
      await withdrawFromLots(trx, line.reverses_entry_id, MathBN.mult(line.bonus, -1).toFixed())
    }
    if (line.bonus_expires_at !== undefined && MathBN.gt(line.bonus, 0)) {
      await lots.insertLot(trx, {
        account_id: account.id,
        entry_id: entries.ids[index],
        amount: line.bonus,
        expires_at: line.bonus_expires_at,
      })
    }
  }
  if (request.after) await request.after(operationId, trx)
  return { ...done, account: accountState(state) }
}

/**
 * A reversal or refund taking bonus back from the credit that granted it closes that much of
 * the credit's lots, so the bonus left is not mistaken for that lot's (and expires on time).
 */
async function withdrawFromLots(trx: Knex, reversedEntryId: string, amount: string) {
  const open = await lots.openLotsOfCredit(trx, reversedEntryId)
  for (const lot of withdrawals(open, amount)) {
    await lots.setWithdrawn(trx, lot.id, lot.withdrawn_amount)
  }
}

/** What an operation did, with its account's balances now. */
export async function readResult(
  knex: Knex,
  operationId: string,
  replayed: boolean
): Promise<OperationResult> {
  const { operation, account } = await operations.findOperationWithAccount(knex, operationId)
  const entries = await ledger.entriesOfOperation(knex, operationId)
  return { ...operationResult(operation, entries, replayed), account: accountState(account) }
}

/**
 * Refuses a debit (`change` < 0) that would leave less than the account's active holds: that
 * value is promised to carts in checkout. Reads the holds only for a debit.
 */
export async function assertDebitLeavesHolds(
  trx: Knex,
  account: AccountRow,
  change: Amount,
  what: string
): Promise<void> {
  if (!MathBN.lt(change, 0)) return
  assertHoldsCovered(account, change, await holds.heldAmount(trx, account.id), what)
}

/**
 * Operations of a kind whose entries point at a reference, with what refunds and reversals have
 * given back of each.
 */
export async function operationsWithUndone(
  knex: Knex,
  filter: { kind: StoredValueOperationKind; reference_type: string; reference_id: string }
): Promise<OperationByReference[]> {
  const result: OperationByReference[] = []
  for (const row of await operations.operationsByReference(knex, filter)) {
    const undone = await ledger.sumUndone(knex, row.id)
    result.push({
      operation_id: row.id,
      account_id: row.account_id,
      customer_id: row.customer_id,
      currency_code: row.currency_code,
      principal: row.principal,
      bonus: row.bonus,
      undone_principal: undone.principal,
      undone_bonus: undone.bonus,
    })
  }
  return result
}
