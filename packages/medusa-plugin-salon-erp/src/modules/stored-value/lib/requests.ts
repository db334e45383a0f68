import { MathBN } from "@medusajs/framework/utils"
import * as accounts from "../repositories/account-repository"
import * as lots from "../repositories/bonus-lot-repository"
import * as ledger from "../repositories/entry-repository"
import * as holds from "../repositories/hold-repository"
import * as operations from "../repositories/operation-repository"
import type {
  AdjustInput,
  CaptureHoldInput,
  CloseInput,
  MigrationInput,
  OperationRequest,
  RefundInput,
  ReverseInput,
  SpendInput,
  StoredValueHoldRow,
  TopUpInput,
} from "../types"
import { remainingByLot } from "./bonus-lots"
import { REVERSIBLE_KINDS } from "./constants"
import type { Knex } from "./db"
import * as errors from "./errors"
import { assertDebitLeavesHolds } from "./ledger"
import {
  assertAdjustable,
  closureLines,
  refundLine,
  reversalLine,
  spendLine,
  topUpLines,
} from "./lines"
import { formatAmount } from "./money"
import type { StoredValueOptions } from "./options"
import type { SpendSplit } from "./split"
import { assertActive, bonusExpiry, positiveAmount, requireKey, signedAmount } from "./validation"

/**
 * What each value-moving operation is: its key and fingerprint (what a replay must match), its
 * account, and the lines it decides under the account lock. Inputs are checked here, before
 * any transaction; lib/ledger.ts writes the lines.
 */

export function topUpRequest(input: TopUpInput, options: StoredValueOptions): OperationRequest {
  const currency = input.currency_code.toLowerCase()
  const principal = positiveAmount(input.principal_amount, currency, "principal_amount")
  const bonus = positiveAmount(input.bonus_amount ?? 0, currency, "bonus_amount", true)
  const limit = options.max_top_up_amount
  if (MathBN.gt(principal, limit)) throw errors.topUpAboveLimit(principal, limit, currency)
  const expiresAt = bonusExpiry(input.bonus_expires_at)
  return {
    idempotency_key: input.idempotency_key,
    kind: "top_up",
    fingerprint: {
      customer_id: input.customer_id,
      currency_code: currency,
      principal_amount: principal,
      bonus_amount: bonus,
    },
    context: input,
    account: (trx) => accounts.ensureAccount(trx, input.customer_id, currency),
    plan: async (account) => {
      assertActive(account)
      return topUpLines(principal, bonus, expiresAt)
    },
  }
}

export function spendRequest(input: SpendInput, defaultSplit: SpendSplit): OperationRequest {
  const currency = input.currency_code.toLowerCase()
  const amount = positiveAmount(input.amount, currency, "amount")
  const strategy = input.split ?? defaultSplit
  return {
    idempotency_key: input.idempotency_key,
    kind: "spend",
    fingerprint: { customer_id: input.customer_id, currency_code: currency, amount },
    context: input,
    account: (trx) => accounts.lockCustomerAccount(trx, input.customer_id, currency),
    plan: async (account, trx) => {
      assertActive(account)
      // Value held for carts in online checkout is not spendable at the counter.
      const held = await holds.heldAmount(trx, account.id)
      const tail = `the spend is ${formatAmount(amount, currency)}`
      return [spendLine(account, amount, held, strategy, currency, tail)]
    },
  }
}

export async function refundRequest(knex: Knex, input: RefundInput): Promise<OperationRequest> {
  const target = await operations.loadTargetOperation(knex, input.operation_id)
  if (target.kind !== "spend") throw errors.notRefundable(target.id, target.kind)
  const requested =
    input.amount === undefined ? null : positiveAmount(input.amount, target.currency_code, "amount")
  return {
    idempotency_key: input.idempotency_key,
    kind: "refund",
    fingerprint: { operation_id: target.id, amount: requested },
    target_operation_id: target.id,
    context: input,
    account: async () => target.account_id,
    plan: async (_account, trx) => {
      const spent = await ledger.sumOfOperation(trx, target.id)
      const undone = await ledger.sumUndone(trx, target.id)
      return [refundLine(target, spent, undone, requested)]
    },
  }
}

export async function reverseRequest(knex: Knex, input: ReverseInput): Promise<OperationRequest> {
  const target = await operations.loadTargetOperation(knex, input.operation_id)
  if (!(REVERSIBLE_KINDS as readonly string[]).includes(target.kind)) {
    throw errors.notReversible(target.kind)
  }
  return {
    idempotency_key: input.idempotency_key,
    kind: "reversal",
    fingerprint: { operation_id: target.id },
    target_operation_id: target.id,
    context: input,
    account: async () => target.account_id,
    plan: async (account, trx) => {
      const done = await ledger.sumOfOperation(trx, target.id)
      const undone = await ledger.sumUndone(trx, target.id)
      const line = reversalLine(target, account, done, undone)
      const change = MathBN.add(line.principal, line.bonus)
      await assertDebitLeavesHolds(trx, account, change, "reversed")
      return [line]
    },
  }
}

export async function adjustRequest(knex: Knex, input: AdjustInput): Promise<OperationRequest> {
  if (!input.reason?.trim()) throw errors.adjustmentNeedsReason()
  let currency: string
  let target: { account_id: string } | { customer_id: string; currency_code: string }
  let accountOf: (trx: Knex) => Promise<string>
  if (input.account_id) {
    const account = await accounts.loadAccount(knex, input.account_id)
    currency = account.currency_code
    target = { account_id: account.id }
    accountOf = async () => account.id
  } else if (input.customer_id && input.currency_code) {
    const customerId = input.customer_id
    currency = input.currency_code.toLowerCase()
    target = { customer_id: customerId, currency_code: currency }
    accountOf = (trx) => accounts.ensureAccount(trx, customerId, currency)
  } else {
    throw errors.adjustmentNeedsAccount()
  }
  const principal = signedAmount(input.principal_amount, currency, "principal_amount")
  const bonus = signedAmount(input.bonus_amount, currency, "bonus_amount")
  if (MathBN.eq(principal, 0) && MathBN.eq(bonus, 0)) throw errors.adjustmentChangesNothing()
  const expiresAt = bonusExpiry(input.bonus_expires_at)
  return {
    idempotency_key: input.idempotency_key,
    kind: "adjustment",
    fingerprint: { ...target, principal_amount: principal, bonus_amount: bonus },
    context: input,
    account: accountOf,
    plan: async (locked, trx) => {
      assertActive(locked)
      assertAdjustable(locked, principal, bonus, currency)
      await assertDebitLeavesHolds(trx, locked, MathBN.add(principal, bonus), "adjusted")
      return [{ type: "adjustment", principal, bonus, bonus_expires_at: expiresAt }]
    },
  }
}

export function migrationRequest(input: MigrationInput): OperationRequest {
  const currency = input.currency_code.toLowerCase()
  const principal = positiveAmount(input.principal_amount, currency, "principal_amount", true)
  const bonus = positiveAmount(input.bonus_amount, currency, "bonus_amount", true)
  if (MathBN.eq(principal, 0) && MathBN.eq(bonus, 0)) throw errors.emptyOpeningBalance()
  requireKey(input.idempotency_key)
  const expiresAt = bonusExpiry(input.bonus_expires_at)
  return {
    idempotency_key: input.idempotency_key,
    kind: "migration",
    fingerprint: {
      customer_id: input.customer_id,
      currency_code: currency,
      principal_amount: principal,
      bonus_amount: bonus,
    },
    context: input,
    account: (trx) => accounts.ensureAccount(trx, input.customer_id, currency),
    plan: async (account) => {
      assertActive(account)
      return [{ type: "migration", principal, bonus, bonus_expires_at: expiresAt }]
    },
  }
}

export function closeRequest(input: CloseInput): OperationRequest {
  if (!input.reason?.trim()) throw errors.closureNeedsReason()
  return {
    idempotency_key: input.idempotency_key,
    kind: "closure",
    fingerprint: { account_id: input.account_id },
    context: input,
    account: async () => input.account_id,
    plan: async (account, trx) => {
      assertActive(account)
      const held = await holds.heldAmount(trx, account.id)
      if (MathBN.gt(held, 0)) throw errors.closureWhileHeld(account.id, held, account.currency_code)
      await accounts.markClosed(trx, account.id, input.reason, input.created_by ?? null)
      return closureLines(account)
    },
  }
}

/** Expires the due lots `dueIds` of an account: what is left of them leaves as one entry. */
export function expiryRequest(accountId: string, dueIds: string[], now: Date): OperationRequest {
  return {
    idempotency_key: `bonus-expiry:${dueIds.join(",")}`,
    kind: "expiry",
    fingerprint: { account_id: accountId, lots: dueIds },
    context: {
      reference_type: "bonus_lot",
      reference_id: dueIds[0],
      reason: "Bonus validity ended",
      event_context: { reference_id: null },
    },
    account: async () => accountId,
    plan: async (account, trx) => {
      const remaining = remainingByLot(
        await lots.lotsOfAccount(trx, accountId),
        account.bonus_balance
      )
      const left = (id: string) => remaining.get(id) ?? "0"
      const forfeited = dueIds.reduce((sum, id) => MathBN.add(sum, left(id)), MathBN.convert(0))
      // Bonus held for a cart in checkout is owed to that cart: the expiry waits until the
      // hold is captured or released (at most checkout_hold_minutes and one job run).
      await assertDebitLeavesHolds(trx, account, MathBN.mult(forfeited, -1), "expired")
      for (const id of dueIds) await lots.markExpired(trx, id, now, left(id))
      if (!MathBN.gt(forfeited, 0)) return []
      return [{ type: "expiry", principal: 0, bonus: MathBN.mult(forfeited, -1).toFixed() }]
    },
  }
}

/**
 * The order's spend of `amount` from the cart's hold, keyed `cart:<cart id>`; it marks the hold
 * captured in the same transaction.
 */
export function captureRequest(
  hold: StoredValueHoldRow,
  input: CaptureHoldInput,
  amount: string,
  split: SpendSplit
): OperationRequest {
  const currency = hold.currency_code
  return {
    idempotency_key: `cart:${input.cart_id}`,
    kind: "spend",
    fingerprint: { customer_id: hold.customer_id, currency_code: currency, amount },
    context: {
      reference_type: "order",
      reference_id: input.order_id,
      payment_method: "online",
      created_by: hold.customer_id,
      event_context: { order_id: input.order_id },
    },
    account: async () => hold.account_id,
    plan: async (account, trx) => {
      const status = await holds.lockHoldStatus(trx, hold.id)
      if (status !== "active") throw errors.holdNotCapturable(hold.id, input.cart_id, status)
      // Cannot be short while every debit respects holds; refuse rather than overdraw.
      const others = MathBN.sub(await holds.heldAmount(trx, account.id), hold.amount).toFixed()
      const tail = `the hold of cart ${input.cart_id} is ${formatAmount(amount, currency)}`
      return [spendLine(account, amount, others, split, currency, tail)]
    },
    after: (operationId, trx) => holds.markCaptured(trx, hold.id, operationId, input.order_id),
  }
}
