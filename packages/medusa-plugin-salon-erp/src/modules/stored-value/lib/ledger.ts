import { MathBN } from "@medusajs/framework/utils"
import { stageOutboxEvents } from "../../../lib/outbox"
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
  StoredValueOperationKind,
} from "../types"
import { withdrawals } from "./bonus-lots"
import { OUTBOX_ID_PREFIX } from "./constants"
import type { Knex } from "./db"
import { KeyAlreadyUsed } from "./idempotency"
import { assertHoldsCovered, balancesAfter } from "./lines"
import type { Amount } from "./money"
import { operationResult } from "./results"

/**
 * Writes one operation in the caller's transaction: claims the key (throws
 * {@link KeyAlreadyUsed} when it is taken), locks the account FOR UPDATE, lets the request
 * decide its lines, appends them with running balances, updates the account and stages the
 * operation's event in the outbox. Returns the operation's id.
 */
export async function writeOperation(
  trx: Knex,
  request: OperationRequest,
  key: string
): Promise<string> {
  const accountId = await request.account(trx)
  const operationId = await operations.claimOperation(trx, {
    idempotency_key: key,
    kind: request.kind,
    account_id: accountId,
    fingerprint: request.fingerprint,
    target_operation_id: request.target_operation_id,
  })
  if (!operationId) throw new KeyAlreadyUsed()
  const account = await accounts.lockAccount(trx, accountId)
  const lines = await request.plan(account, trx)
  const after = balancesAfter(account, lines)
  let sequence = await ledger.lastSequence(trx, account.id)
  for (const [index, line] of lines.entries()) {
    const entryId = await ledger.insertEntry(trx, {
      sequence: ++sequence,
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
    })
    if (line.reverses_entry_id && MathBN.lt(line.bonus, 0)) {
      await withdrawFromLots(trx, line.reverses_entry_id, MathBN.mult(line.bonus, -1).toFixed())
    }
    if (line.bonus_expires_at !== undefined && MathBN.gt(line.bonus, 0)) {
      await lots.insertLot(trx, {
        account_id: account.id,
        entry_id: entryId,
        amount: line.bonus,
        expires_at: line.bonus_expires_at,
      })
    }
  }
  const balances = after[after.length - 1] ?? {
    principal: account.principal_balance,
    bonus: account.bonus_balance,
  }
  // The CHECK constraints refuse a negative balance even if a rule above were wrong.
  await accounts.writeBalances(trx, account.id, balances.principal, balances.bonus)
  if (request.after) await request.after(operationId, trx)
  // The operation's event commits with it; the workflow (or the relay) publishes it.
  const event = storedValueOutboxEvent(
    await readResult(trx, operationId, false),
    request.context,
    request.target_operation_id
  )
  if (event) await stageOutboxEvents(trx, STORED_VALUE_OUTBOX_TABLE, OUTBOX_ID_PREFIX, [event])
  return operationId
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
  const operation = await operations.findOperationWithAccount(knex, operationId)
  const entries = await ledger.entriesOfOperation(knex, operationId)
  return operationResult(operation, entries, replayed)
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
