import type { Context } from "@medusajs/framework/types"
import {
  InjectManager,
  InjectTransactionManager,
  MathBN,
  MedusaContext,
  MedusaError,
  MedusaService,
  generateEntityId,
} from "@medusajs/framework/utils"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import {
  BonusLot,
  RechargePlan,
  StoredValueAccount,
  StoredValueEntry,
  STORED_VALUE_OUTBOX_TABLE,
  StoredValueHold,
  StoredValueOperation,
  StoredValueOutboxEvent,
} from "./models"
import { stageOutboxEvents, withOutbox } from "../../lib/outbox"
import { storedValueOutboxEvent } from "./events"
import { remainingByLot } from "./lib/bonus-lots"
import {
  ACCOUNT_ID_PREFIX,
  BONUS_LOT_ID_PREFIX,
  ENTRY_ID_PREFIX,
  HOLD_ID_PREFIX,
  OPERATION_ID_PREFIX,
  OUTBOX_ID_PREFIX,
} from "./lib/constants"
import {
  type Amount,
  formatAmount,
  hasTooManyDecimals,
  insufficientStoredValueMessage,
  rawAmount,
  roundAmount,
} from "./lib/money"
import { type StoredValueOptions, parseStoredValueOptions } from "./lib/options"
import { splitRefund, splitSpend } from "./lib/split"
import type {
  AdjustInput,
  CaptureHoldInput,
  CloseInput,
  HoldForCartInput,
  HoldForCartResult,
  MigrationInput,
  MovementContext,
  OperationResult,
  RefundInput,
  ReverseInput,
  SpendInput,
  StoredValueEntryType,
  StoredValueHoldDTO,
  StoredValueOperationKind,
  TopUpInput,
} from "./types"

type Knex = ReturnType<EntityManager["getKnex"]>
type SharedContext = Context<EntityManager>

type AccountRow = {
  id: string
  customer_id: string
  currency_code: string
  principal_balance: string
  bonus_balance: string
  status: "active" | "closed"
}

/** One ledger line an operation wants to write, decided under the account lock. */
type PlannedLine = {
  type: StoredValueEntryType
  principal: Amount
  bonus: Amount
  reverses_entry_id?: string | null
  /** A positive bonus line opens a lot with this expiry (null: never expires). */
  bonus_expires_at?: Date | null
}

type OperationRequest = {
  idempotency_key: string
  kind: StoredValueOperationKind
  fingerprint: Record<string, unknown>
  target_operation_id?: string | null
  context: MovementContext
  /** Finds (or, for top-ups, creates) the account; runs inside the transaction. */
  account: (trx: Knex) => Promise<string>
  /** Decides the lines from the locked account; throws to refuse. */
  plan: (account: AccountRow, trx: Knex) => Promise<PlannedLine[]>
  /** Runs in the same transaction once the lines are written (e.g. marks a hold captured). */
  after?: (operationId: string, trx: Knex) => Promise<void>
}

/** JSON with sorted keys: Postgres jsonb does not keep the order the keys were written in. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(",")}]`
  if (value && typeof value === "object") {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${stableJson((value as Record<string, unknown>)[key])}`)
      .join(",")}}`
  }
  return JSON.stringify(value)
}

/** Signals that the idempotency key already exists: the caller answers with the first result. */
class KeyAlreadyUsed extends Error {}

/** The key of the reversal that undoes an operation whose workflow failed. */
const compensationKey = (operationId: string) => `compensate:${operationId}`

type KeyedOperation = { id: string; kind: string; fingerprint: unknown }

const ENTRY_FIELDS = [
  "id",
  "type",
  "principal_amount",
  "bonus_amount",
  "principal_balance_after",
  "bonus_balance_after",
  "reverses_entry_id",
] as const

type HoldRow = {
  id: string
  account_id: string
  cart_id: string
  customer_id: string
  currency_code: string
  amount: string
  status: "active" | "captured" | "released"
  expires_at: Date
  operation_id: string | null
  order_id: string | null
  release_reason: string | null
}

const toHoldDTO = (row: HoldRow): StoredValueHoldDTO => ({
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

class StoredValueModuleService extends withOutbox(
  MedusaService({
    StoredValueAccount,
    StoredValueOperation,
    StoredValueEntry,
    BonusLot,
    RechargePlan,
    StoredValueHold,
    StoredValueOutboxEvent,
  }),
  STORED_VALUE_OUTBOX_TABLE
) {
  protected readonly options_: StoredValueOptions

  constructor(container: Record<string, unknown>, options?: unknown) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.options_ = parseStoredValueOptions(options)
  }

  async getStoredValueSettings(): Promise<StoredValueOptions> {
    return { ...this.options_ }
  }

  // ---------------------------------------------------------------- operations

  /** Credits a top-up: principal (money paid) and bonus (free, optionally expiring). */
  @InjectManager()
  async topUp(
    input: TopUpInput,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<OperationResult> {
    const currency = input.currency_code.toLowerCase()
    const principal = this.positiveAmount_(input.principal_amount, currency, "principal_amount")
    const bonus = this.positiveAmount_(input.bonus_amount ?? 0, currency, "bonus_amount", true)
    if (MathBN.gt(principal, this.options_.max_top_up_amount)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `A top-up of ${formatAmount(principal, currency)} is above the limit of ${formatAmount(this.options_.max_top_up_amount, currency)}`
      )
    }
    const expiresAt = input.bonus_expires_at ? new Date(input.bonus_expires_at) : null
    return await this.run_(
      {
        idempotency_key: input.idempotency_key,
        kind: "top_up",
        fingerprint: {
          customer_id: input.customer_id,
          currency_code: currency,
          principal_amount: principal,
          bonus_amount: bonus,
        },
        context: input,
        account: (trx) => this.ensureAccount_(trx, input.customer_id, currency),
        plan: async (account) => {
          this.assertActive_(account)
          const lines: PlannedLine[] = [{ type: "top_up_principal", principal, bonus: 0 }]
          if (MathBN.gt(bonus, 0)) {
            lines.push({ type: "top_up_bonus", principal: 0, bonus, bonus_expires_at: expiresAt })
          }
          return lines
        },
      },
      sharedContext
    )
  }

  /**
   * Debits a spend, divided between principal and bonus by the chain's split rule. The account
   * row is locked for the decision, so concurrent spends never overdraw.
   */
  @InjectManager()
  async spend(
    input: SpendInput,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<OperationResult> {
    const currency = input.currency_code.toLowerCase()
    const amount = this.positiveAmount_(input.amount, currency, "amount")
    const strategy = input.split ?? this.options_.spend_split
    return await this.run_(
      {
        idempotency_key: input.idempotency_key,
        kind: "spend",
        fingerprint: { customer_id: input.customer_id, currency_code: currency, amount },
        context: input,
        account: (trx) => this.findAccountId_(trx, input.customer_id, currency),
        plan: async (account, trx) => {
          this.assertActive_(account)
          // Value held for carts in online checkout is not spendable at the counter.
          const balance = MathBN.add(account.principal_balance, account.bonus_balance)
          const held = await this.heldAmount_(trx, account.id)
          if (MathBN.gt(amount, MathBN.sub(balance, held))) {
            throw new MedusaError(
              MedusaError.Types.NOT_ALLOWED,
              insufficientStoredValueMessage(
                balance,
                held,
                currency,
                `the spend is ${formatAmount(amount, currency)}`
              )
            )
          }
          const split = splitSpend(
            amount,
            account.principal_balance,
            account.bonus_balance,
            strategy,
            currency
          )
          return [
            {
              type: "spend",
              principal: MathBN.mult(split.principal, -1).toFixed(),
              bonus: MathBN.mult(split.bonus, -1).toFixed(),
            },
          ]
        },
      },
      sharedContext
    )
  }

  /**
   * Credits back (part of) a spend in exactly the spend's own principal/bonus ratio; refunds of
   * one spend never add up to more than it took.
   */
  @InjectManager()
  async refund(
    input: RefundInput,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<OperationResult> {
    const knex = sharedContext.manager!.getKnex()
    const target = await this.loadOperation_(knex, input.operation_id)
    if (target.kind !== "spend") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Operation ${target.id} is a ${target.kind.replace("_", "-")}; only spends can be refunded`
      )
    }
    const currency = target.currency_code
    const requested =
      input.amount === undefined ? null : this.positiveAmount_(input.amount, currency, "amount")
    return await this.run_(
      {
        idempotency_key: input.idempotency_key,
        kind: "refund",
        fingerprint: { operation_id: target.id, amount: requested },
        target_operation_id: target.id,
        context: input,
        account: async () => target.account_id,
        plan: async (_account, trx) => {
          const spent = await this.sumEntries_(trx, { operation_id: target.id })
          const undone = await this.sumUndone_(trx, target.id)
          const spentPrincipal = MathBN.mult(spent.principal, -1)
          const spentBonus = MathBN.mult(spent.bonus, -1)
          const left = MathBN.sub(
            MathBN.add(spentPrincipal, spentBonus),
            MathBN.add(undone.principal, undone.bonus)
          )
          if (MathBN.lte(left, 0)) {
            throw new MedusaError(
              MedusaError.Types.NOT_ALLOWED,
              `Spend ${target.id} has already been refunded in full`
            )
          }
          if (requested && MathBN.gt(requested, left)) {
            throw new MedusaError(
              MedusaError.Types.NOT_ALLOWED,
              `Only ${formatAmount(left, currency)} of spend ${target.id} is left to refund; ${formatAmount(requested, currency)} was asked`
            )
          }
          const split = splitRefund(
            requested ?? left,
            { principal: spentPrincipal, bonus: spentBonus },
            { principal: undone.principal, bonus: undone.bonus },
            currency
          )
          return [
            {
              type: "refund",
              principal: split.principal,
              bonus: split.bonus,
              reverses_entry_id: target.entry_ids[0],
            },
          ]
        },
      },
      sharedContext
    )
  }

  /**
   * Undoes an operation entirely with reversing entries (a failed checkout's spend, a top-up
   * recorded by mistake). What a spend already had refunded is not reversed twice. Reversing a
   * top-up needs its value to be still on the account.
   */
  @InjectManager()
  async reverse(
    input: ReverseInput,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<OperationResult> {
    return await this.run_(
      await this.reverseRequest_(sharedContext.manager!.getKnex(), input),
      sharedContext
    )
  }

  protected async reverseRequest_(knex: Knex, input: ReverseInput): Promise<OperationRequest> {
    const target = await this.loadOperation_(knex, input.operation_id)
    if (!["top_up", "spend", "refund", "adjustment", "migration"].includes(target.kind)) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `A ${target.kind} cannot be reversed`)
    }
    return {
      idempotency_key: input.idempotency_key,
      kind: "reversal",
      fingerprint: { operation_id: target.id },
      target_operation_id: target.id,
      context: input,
      account: async () => target.account_id,
      plan: async (account, trx) => {
        const done = await this.sumEntries_(trx, { operation_id: target.id })
        const undone = await this.sumUndone_(trx, target.id)
        const principal = MathBN.sub(MathBN.mult(done.principal, -1), undone.principal)
        const bonus = MathBN.sub(MathBN.mult(done.bonus, -1), undone.bonus)
        if (MathBN.eq(principal, 0) && MathBN.eq(bonus, 0)) {
          throw new MedusaError(
            MedusaError.Types.NOT_ALLOWED,
            `Operation ${target.id} has already been undone`
          )
        }
        if (
          MathBN.lt(MathBN.add(account.principal_balance, principal), 0) ||
          MathBN.lt(MathBN.add(account.bonus_balance, bonus), 0)
        ) {
          throw new MedusaError(
            MedusaError.Types.NOT_ALLOWED,
            `Operation ${target.id} cannot be reversed: the member has already spent part of it (balance ${formatAmount(account.principal_balance, account.currency_code)} principal, ${formatAmount(account.bonus_balance, account.currency_code)} bonus)`
          )
        }
        await this.assertHoldsCovered_(trx, account, MathBN.add(principal, bonus), "reversed")
        return [
          {
            type: "reversal",
            principal: principal.toFixed(),
            bonus: bonus.toFixed(),
            reverses_entry_id: target.entry_ids[0],
          },
        ]
      },
    }
  }

  /**
   * Undoes an operation after a later step of its workflow failed: its entries are reversed by a
   * reversal keyed `compensate:<operation id>` (nothing is deleted). The request as a whole
   * failed, so that reversal also frees the request's key: a retry moves the value again, once
   * (see `lookupKeys_`).
   */
  @InjectManager()
  async compensate(
    operationId: string,
    context: Pick<ReverseInput, "reason" | "reference_type" | "reference_id">,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<OperationResult> {
    return await this.reverse(
      { ...context, idempotency_key: compensationKey(operationId), operation_id: operationId },
      sharedContext
    )
  }

  /** A manager's correction, signed, with a reason. Positive bonus opens a lot. */
  @InjectManager()
  async adjust(
    input: AdjustInput,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<OperationResult> {
    if (!input.reason?.trim()) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "An adjustment needs a reason")
    }
    const knex = sharedContext.manager!.getKnex()
    let currency: string
    let target: { account_id: string } | { customer_id: string; currency_code: string }
    let accountOf: (trx: Knex) => Promise<string>
    if (input.account_id) {
      const account = await this.loadAccount_(knex, input.account_id)
      currency = account.currency_code
      target = { account_id: account.id }
      accountOf = async () => account.id
    } else if (input.customer_id && input.currency_code) {
      const customerId = input.customer_id
      currency = input.currency_code.toLowerCase()
      target = { customer_id: customerId, currency_code: currency }
      accountOf = (trx) => this.ensureAccount_(trx, customerId, currency)
    } else {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "An adjustment names the account_id, or the customer_id and currency_code"
      )
    }
    const principal = this.signedAmount_(input.principal_amount, currency, "principal_amount")
    const bonus = this.signedAmount_(input.bonus_amount, currency, "bonus_amount")
    if (MathBN.eq(principal, 0) && MathBN.eq(bonus, 0)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "An adjustment must change the principal or the bonus"
      )
    }
    return await this.run_(
      {
        idempotency_key: input.idempotency_key,
        kind: "adjustment",
        fingerprint: { ...target, principal_amount: principal, bonus_amount: bonus },
        context: input,
        account: accountOf,
        plan: async (locked, trx) => {
          this.assertActive_(locked)
          for (const [name, balance, change] of [
            ["principal", locked.principal_balance, principal],
            ["bonus", locked.bonus_balance, bonus],
          ] as const) {
            if (MathBN.lt(MathBN.add(balance, change), 0)) {
              throw new MedusaError(
                MedusaError.Types.NOT_ALLOWED,
                `The ${name} balance is ${formatAmount(balance, currency)}; it cannot go down by ${formatAmount(MathBN.abs(change), currency)}`
              )
            }
          }
          await this.assertHoldsCovered_(trx, locked, MathBN.add(principal, bonus), "adjusted")
          return [
            {
              type: "adjustment",
              principal,
              bonus,
              bonus_expires_at: input.bonus_expires_at ? new Date(input.bonus_expires_at) : null,
            },
          ]
        },
      },
      sharedContext
    )
  }

  /**
   * Opens a member's balance carried over from the salon's previous system: one `migration`
   * entry with the principal and bonus (the bonus opens a lot, with its expiry if any). Keyed like
   * every operation, so importing the same file again moves nothing.
   */
  @InjectManager()
  async openMigrationBalance(
    input: MigrationInput,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<OperationResult> {
    return await this.run_(this.migrationRequest_(input), sharedContext)
  }

  /**
   * Opens many members' balances carried over from a previous system in one transaction (an
   * import writes thousands). Each is keyed as {@link openMigrationBalance} is: a key already
   * used for the same amounts is `replayed`, for other amounts a `conflict`; neither moves value.
   */
  @InjectManager()
  async openMigrationBalances(
    inputs: MigrationInput[],
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<{ status: "created" | "replayed" | "conflict"; operation_id: string | null }[]> {
    const knex = sharedContext.manager!.getKnex()
    const requests = inputs.map((input) => this.migrationRequest_(input))
    const keys = requests.map((request) => request.idempotency_key.trim())
    const used = await this.lookupKeys_(knex, keys)
    const results = requests.map((request, index) => {
      const existing = used.get(keys[index])!.operation
      if (!existing) return { status: "created" as const, operation_id: null as string | null }
      const same =
        existing.kind === request.kind &&
        stableJson(existing.fingerprint) === stableJson(request.fingerprint)
      return {
        status: same ? ("replayed" as const) : ("conflict" as const),
        operation_id: existing.id,
      }
    })
    const fresh = requests
      .map((request, index) => ({ request, index }))
      .filter(({ index }) => results[index].status === "created")
    if (fresh.length) {
      const ids = await this.writeMany_(
        fresh.map(({ request, index }) => ({ request, key: used.get(keys[index])!.key })),
        sharedContext
      )
      fresh.forEach(({ index }, position) => (results[index].operation_id = ids[position]))
    }
    return results
  }

  @InjectTransactionManager()
  protected async writeMany_(
    writes: { request: OperationRequest; key: string }[],
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<string[]> {
    const ids: string[] = []
    for (const { request, key } of writes) {
      ids.push(await this.write_(request, key, sharedContext))
    }
    return ids
  }

  protected migrationRequest_(input: MigrationInput): OperationRequest {
    const currency = input.currency_code.toLowerCase()
    const principal = this.positiveAmount_(
      input.principal_amount,
      currency,
      "principal_amount",
      true
    )
    const bonus = this.positiveAmount_(input.bonus_amount, currency, "bonus_amount", true)
    if (MathBN.eq(principal, 0) && MathBN.eq(bonus, 0)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "An opening balance needs a principal or a bonus above zero"
      )
    }
    if (!input.idempotency_key?.trim()) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "An idempotency key is required for every stored value operation"
      )
    }
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
      account: (trx) => this.ensureAccount_(trx, input.customer_id, currency),
      plan: async (account) => {
        this.assertActive_(account)
        return [
          {
            type: "migration",
            principal,
            bonus,
            bonus_expires_at: input.bonus_expires_at ? new Date(input.bonus_expires_at) : null,
          },
        ]
      },
    }
  }

  /**
   * Cancels a membership card (退卡): the unspent principal goes back to the member, the bonus
   * is forfeited, and the account is closed for good.
   */
  @InjectManager()
  async closeAccount(
    input: CloseInput,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<OperationResult> {
    if (!input.reason?.trim()) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "Closing an account needs a reason")
    }
    const result = await this.run_(
      {
        idempotency_key: input.idempotency_key,
        kind: "closure",
        fingerprint: { account_id: input.account_id },
        context: input,
        account: async () => input.account_id,
        plan: async (account, trx) => {
          this.assertActive_(account)
          const held = await this.heldAmount_(trx, account.id)
          if (MathBN.gt(held, 0)) {
            throw new MedusaError(
              MedusaError.Types.NOT_ALLOWED,
              `Stored value account ${account.id} cannot be closed: ${formatAmount(held, account.currency_code)} is held for online checkout; close it once that cart completes or its hold is released`
            )
          }
          await trx("stored_value_account")
            .update({
              status: "closed",
              closed_at: trx.fn.now(),
              closed_reason: input.reason,
              closed_by: input.created_by ?? null,
            })
            .where({ id: account.id })
          const lines: PlannedLine[] = [
            {
              type: "closure",
              principal: MathBN.mult(account.principal_balance, -1).toFixed(),
              bonus: 0,
            },
          ]
          if (MathBN.gt(account.bonus_balance, 0)) {
            lines.push({
              type: "closure",
              principal: 0,
              bonus: MathBN.mult(account.bonus_balance, -1).toFixed(),
            })
          }
          return lines
        },
      },
      sharedContext
    )
    return result
  }

  /**
   * Expires bonus lots past their date on one account (at most once per lot): what is left of
   * each, with bonus spent soonest-expiring first, leaves as an expiry entry.
   */
  @InjectManager()
  async expireBonus(
    accountId: string,
    now: Date = new Date(),
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<OperationResult | null> {
    const knex = sharedContext.manager!.getKnex()
    const due = await knex("stored_value_bonus_lot")
      .select("id")
      .where({ account_id: accountId })
      .whereNull("expired_at")
      .where("expires_at", "<=", now)
      .whereNull("deleted_at")
      .orderBy("id")
    if (!due.length) {
      return null
    }
    const dueIds = due.map((lot) => lot.id as string)
    try {
      return await this.run_(
        {
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
            const lots = await trx("stored_value_bonus_lot")
              .select("id", "amount", "withdrawn_amount", "expires_at", "expired_at", "created_at")
              .where({ account_id: accountId })
              .whereNull("deleted_at")
            const remaining = remainingByLot(lots, account.bonus_balance)
            const forfeited = dueIds.reduce(
              (sum, id) => MathBN.add(sum, remaining.get(id) ?? "0"),
              MathBN.convert(0)
            )
            // Bonus held for a cart in checkout is owed to that cart: the expiry waits until the
            // hold is captured or released (at most checkout_hold_minutes and one job run).
            await this.assertHoldsCovered_(trx, account, MathBN.mult(forfeited, -1), "expired")
            let total = MathBN.convert(0)
            for (const id of dueIds) {
              const left = remaining.get(id) ?? "0"
              total = MathBN.add(total, left)
              await trx("stored_value_bonus_lot")
                .update({
                  expired_at: now,
                  expired_amount: left,
                  raw_expired_amount: rawAmount(left),
                  updated_at: trx.fn.now(),
                })
                .where({ id })
                .whereNull("expired_at")
            }
            return MathBN.gt(total, 0)
              ? [{ type: "expiry", principal: 0, bonus: MathBN.mult(total, -1).toFixed() }]
              : []
          },
        },
        sharedContext
      )
    } catch (error) {
      if (error instanceof MedusaError && error.type === MedusaError.Types.NOT_ALLOWED) {
        return null
      }
      throw error
    }
  }

  /** Accounts with bonus lots past their date that have not been expired yet. */
  @InjectManager()
  async listAccountsWithDueBonus(
    now: Date = new Date(),
    limit = 1000,
    @MedusaContext() sharedContext: SharedContext = {}
  ) {
    const knex = sharedContext.manager!.getKnex()
    const rows = await knex("stored_value_bonus_lot")
      .distinct("account_id")
      .whereNull("expired_at")
      .where("expires_at", "<=", now)
      .whereNull("deleted_at")
      .limit(limit)
    return rows.map((row) => row.account_id as string)
  }

  /**
   * Proves the books: for every account, the stored balances equal the sum of its entries, and
   * each entry's balances-after follow from the one before. Returns the accounts that disagree.
   */
  @InjectManager()
  async reconcile(
    filter: { account_id?: string } = {},
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<{
    accounts_checked: number
    mismatches: { account_id: string; field: string; stored: string; ledger: string }[]
  }> {
    const knex = sharedContext.manager!.getKnex()
    const query = knex("stored_value_account as a")
      .leftJoin("stored_value_entry as e", function () {
        this.on("e.account_id", "a.id").andOnNull("e.deleted_at")
      })
      .select(
        "a.id",
        "a.principal_balance",
        "a.bonus_balance",
        knex.raw("coalesce(sum(e.principal_amount), 0)::text as ledger_principal"),
        knex.raw("coalesce(sum(e.bonus_amount), 0)::text as ledger_bonus")
      )
      .whereNull("a.deleted_at")
      .groupBy("a.id", "a.principal_balance", "a.bonus_balance")
    if (filter.account_id) query.where("a.id", filter.account_id)
    const rows = await query
    const mismatches: { account_id: string; field: string; stored: string; ledger: string }[] = []
    for (const row of rows) {
      if (!MathBN.eq(row.principal_balance, row.ledger_principal)) {
        mismatches.push({
          account_id: row.id,
          field: "principal_balance",
          stored: String(row.principal_balance),
          ledger: row.ledger_principal,
        })
      }
      if (!MathBN.eq(row.bonus_balance, row.ledger_bonus)) {
        mismatches.push({
          account_id: row.id,
          field: "bonus_balance",
          stored: String(row.bonus_balance),
          ledger: row.ledger_bonus,
        })
      }
    }
    const chain = await knex.raw(
      `SELECT account_id, id FROM (
         SELECT account_id, id, principal_balance_after, bonus_balance_after,
                sum(principal_amount) OVER w AS running_principal, sum(bonus_amount) OVER w AS running_bonus
         FROM stored_value_entry WHERE deleted_at IS NULL ${filter.account_id ? "AND account_id = ?" : ""}
         WINDOW w AS (PARTITION BY account_id ORDER BY sequence ROWS UNBOUNDED PRECEDING)
       ) t WHERE running_principal <> principal_balance_after OR running_bonus <> bonus_balance_after LIMIT 100`,
      filter.account_id ? [filter.account_id] : []
    )
    for (const row of chain.rows as { account_id: string; id: string }[]) {
      mismatches.push({
        account_id: row.account_id,
        field: `entry ${row.id} balances after`,
        stored: "",
        ledger: "",
      })
    }
    return { accounts_checked: rows.length, mismatches }
  }

  /**
   * Operations of a kind whose entries point at a reference (e.g. the spends of an order), with
   * what is left to refund or reverse of each.
   */
  @InjectManager()
  async listOperationsByReference(
    filter: { kind: StoredValueOperationKind; reference_type: string; reference_id: string },
    @MedusaContext() sharedContext: SharedContext = {}
  ) {
    const knex = sharedContext.manager!.getKnex()
    const rows = await knex("stored_value_operation as o")
      .join("stored_value_entry as e", "e.operation_id", "o.id")
      .select(
        "o.id",
        "o.account_id",
        "e.currency_code",
        "e.customer_id",
        knex.raw("sum(e.principal_amount)::text as principal"),
        knex.raw("sum(e.bonus_amount)::text as bonus")
      )
      .where({
        "o.kind": filter.kind,
        "e.reference_type": filter.reference_type,
        "e.reference_id": filter.reference_id,
      })
      .whereNull("e.deleted_at")
      .groupBy("o.id", "o.account_id", "e.currency_code", "e.customer_id")
      .orderBy("o.id")
    const result: {
      operation_id: string
      account_id: string
      customer_id: string
      currency_code: string
      principal: string
      bonus: string
      undone_principal: string
      undone_bonus: string
    }[] = []
    for (const row of rows) {
      const undone = await this.sumUndone_(knex, row.id)
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

  /**
   * One page of ledger entries for export, oldest first, after a keyset cursor: constant cost per
   * page however large the ledger.
   */
  @InjectManager()
  async exportEntriesPage(
    filters: {
      account_id?: string
      customer_id?: string
      branch_id?: string
      staff_member_id?: string
      type?: string[]
      currency_code?: string
      reference_type?: string
      reference_id?: string
      from?: string
      to?: string
    },
    after: { cursor_at: string; id: string } | null = null,
    limit = 2000,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<Record<string, unknown>[]> {
    const knex = sharedContext.manager!.getKnex()
    const query = knex("stored_value_entry")
      .select(
        "created_at",
        // Microsecond precision for the cursor: a JS Date would lose it and repeat rows.
        knex.raw(
          `to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as cursor_at`
        ),
        "id as entry_id",
        "operation_id",
        "account_id",
        "sequence",
        "customer_id",
        "currency_code",
        "type",
        "principal_amount",
        "bonus_amount",
        "principal_balance_after",
        "bonus_balance_after",
        "branch_id",
        "staff_member_id",
        "payment_method",
        "reference_type",
        "reference_id",
        "reason",
        "created_by",
        "reverses_entry_id"
      )
      .whereNull("deleted_at")
      .orderBy("created_at")
      .orderBy("id")
      .limit(limit)
    for (const column of [
      "account_id",
      "customer_id",
      "branch_id",
      "staff_member_id",
      "currency_code",
      "reference_type",
      "reference_id",
    ] as const) {
      if (filters[column]) query.where(column, filters[column])
    }
    if (filters.type?.length) query.whereIn("type", filters.type)
    if (filters.from) query.where("created_at", ">=", new Date(filters.from))
    if (filters.to) query.where("created_at", "<", new Date(filters.to))
    if (after) {
      query.whereRaw("(created_at, id) > (?::timestamptz, ?)", [after.cursor_at, after.id])
    }
    return await query
  }

  /** All matching ledger entries, page by page (see exportEntriesPage). */
  async *exportEntries(filters: Parameters<StoredValueModuleService["exportEntriesPage"]>[0]) {
    let after: { cursor_at: string; id: string } | null = null
    for (;;) {
      const rows = await this.exportEntriesPage(filters, after)
      if (!rows.length) return
      yield rows
      const last = rows[rows.length - 1]
      after = { cursor_at: last.cursor_at as string, id: last.entry_id as string }
    }
  }

  /** A member's accounts with balances and, per account, bonus that will expire and when. */
  @InjectManager()
  async describeCustomerAccounts(
    customerId: string,
    @MedusaContext() sharedContext: SharedContext = {}
  ) {
    const knex = sharedContext.manager!.getKnex()
    const accounts = await knex("stored_value_account")
      .select(
        "id",
        "currency_code",
        "principal_balance",
        "bonus_balance",
        "status",
        "created_at",
        "updated_at"
      )
      .where({ customer_id: customerId })
      .whereNull("deleted_at")
      .orderBy("currency_code")
    const lots = accounts.length
      ? await knex("stored_value_bonus_lot")
          .select(
            "id",
            "account_id",
            "amount",
            "withdrawn_amount",
            "expires_at",
            "expired_at",
            "created_at"
          )
          .whereIn(
            "account_id",
            accounts.map((account) => account.id)
          )
          .whereNull("deleted_at")
      : []
    const holds = accounts.length
      ? await knex("stored_value_hold")
          .select("account_id", knex.raw("sum(amount)::text as held"))
          .whereIn(
            "account_id",
            accounts.map((account) => account.id)
          )
          .where({ status: "active" })
          .whereNull("deleted_at")
          .groupBy("account_id")
      : []
    const toText = (value: unknown) => MathBN.convert(value as string).toFixed()
    return accounts.map((account) => {
      const own = lots.filter((lot) => lot.account_id === account.id)
      const held = holds.find((row) => row.account_id === account.id)?.held ?? "0"
      const balance = MathBN.add(account.principal_balance, account.bonus_balance)
      const remaining = remainingByLot(own, account.bonus_balance)
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
        bonus_expiring: own
          .filter(
            (lot) => lot.expires_at && !lot.expired_at && MathBN.gt(remaining.get(lot.id) ?? 0, 0)
          )
          .map((lot) => ({
            amount: remaining.get(lot.id)!,
            expires_at: new Date(lot.expires_at).toISOString(),
          }))
          .sort((a, b) => a.expires_at.localeCompare(b.expires_at)),
        created_at: account.created_at,
        updated_at: account.updated_at,
      }
    })
  }

  /** The operation written under an idempotency key, if any. */
  @InjectManager()
  async findOperationByKey(key: string, @MedusaContext() sharedContext: SharedContext = {}) {
    return await this.findOperation_(sharedContext.manager!.getKnex(), key)
  }

  // ---------------------------------------------------------------- checkout holds

  /**
   * Holds `amount` of a member's stored value for a cart in online checkout, in place of the
   * cart's previous hold (amount 0: only releases it). Decided under the account lock, like a
   * spend: the amount must fit in the balance less the account's other active holds, so
   * concurrent carts (and counter spends) can never take the same money twice.
   */
  @InjectManager()
  async holdForCart(
    input: HoldForCartInput,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<HoldForCartResult> {
    const currency = input.currency_code.toLowerCase()
    const amount = this.positiveAmount_(input.amount, currency, "amount", true)
    const expiresAt =
      input.expires_at ?? new Date(Date.now() + this.options_.checkout_hold_minutes * 60 * 1000)
    return await this.holdForCart_(
      { ...input, currency_code: currency, amount, expires_at: expiresAt },
      sharedContext
    )
  }

  @InjectTransactionManager()
  protected async holdForCart_(
    input: HoldForCartInput & { amount: string; expires_at: Date },
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<HoldForCartResult> {
    const trx = sharedContext.transactionManager!.getTransactionContext()! as unknown as Knex
    const release = async () =>
      (await trx("stored_value_hold")
        .update({
          status: "released",
          released_at: trx.fn.now(),
          release_reason: MathBN.eq(input.amount, 0) ? "removed" : "replaced",
          updated_at: trx.fn.now(),
        })
        .where({ cart_id: input.cart_id, status: "active" })
        .whereNull("deleted_at")
        .returning("*")) as HoldRow[]
    if (MathBN.eq(input.amount, 0)) {
      return { hold: null, released: (await release()).map(toHoldDTO) }
    }
    const accountId = await this.findAccountId_(trx, input.customer_id, input.currency_code)
    // The account lock first: holds, spends and captures of one account take it in that order.
    const account = await this.lockAccount_(trx, accountId)
    this.assertActive_(account)
    const released = await release()
    const balance = MathBN.add(account.principal_balance, account.bonus_balance)
    const held = await this.heldAmount_(trx, account.id)
    if (MathBN.gt(input.amount, MathBN.sub(balance, held))) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        insufficientStoredValueMessage(
          balance,
          held,
          input.currency_code,
          `${formatAmount(input.amount, input.currency_code)} was asked`
        )
      )
    }
    const [hold] = (await trx("stored_value_hold")
      .insert({
        id: generateEntityId(undefined, HOLD_ID_PREFIX),
        account_id: account.id,
        cart_id: input.cart_id,
        customer_id: account.customer_id,
        currency_code: account.currency_code,
        amount: input.amount,
        raw_amount: rawAmount(input.amount),
        status: "active",
        expires_at: input.expires_at,
      })
      .returning("*")) as HoldRow[]
    return { hold: toHoldDTO(hold), released: released.map(toHoldDTO) }
  }

  /**
   * Undoes {@link holdForCart} after its workflow failed: releases the hold it placed and puts
   * back the hold it replaced, if the account still covers it (otherwise that one stays released).
   */
  @InjectManager()
  async revertHoldForCart(
    result: { hold_id: string | null; released_ids: string[] },
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<void> {
    await this.revertHoldForCart_(result, sharedContext)
  }

  @InjectTransactionManager()
  protected async revertHoldForCart_(
    result: { hold_id: string | null; released_ids: string[] },
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<void> {
    const trx = sharedContext.transactionManager!.getTransactionContext()! as unknown as Knex
    if (result.hold_id) {
      await trx("stored_value_hold")
        .update({
          status: "released",
          released_at: trx.fn.now(),
          release_reason: "undone",
          updated_at: trx.fn.now(),
        })
        .where({ id: result.hold_id, status: "active" })
    }
    for (const id of result.released_ids) {
      await this.reactivateHold_(trx, id)
    }
  }

  /**
   * Releases the cart's active hold (an abandoned cart, a canceled order): the value is available
   * again. Returns the released hold, or null when the cart had none.
   */
  @InjectManager()
  async releaseCartHold(
    input: { cart_id: string; reason: string },
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<StoredValueHoldDTO | null> {
    const knex = sharedContext.manager!.getKnex()
    const [hold] = (await knex("stored_value_hold")
      .update({
        status: "released",
        released_at: knex.fn.now(),
        release_reason: input.reason,
        updated_at: knex.fn.now(),
      })
      .where({ cart_id: input.cart_id, status: "active" })
      .whereNull("deleted_at")
      .returning("*")) as HoldRow[]
    return hold ? toHoldDTO(hold) : null
  }

  /** Puts a released hold back (compensation of a release), if the account still covers it. */
  @InjectManager()
  async reactivateHold(
    holdId: string,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<boolean> {
    return await this.reactivateHold__(holdId, sharedContext)
  }

  @InjectTransactionManager()
  protected async reactivateHold__(
    holdId: string,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<boolean> {
    const trx = sharedContext.transactionManager!.getTransactionContext()! as unknown as Knex
    return await this.reactivateHold_(trx, holdId)
  }

  /**
   * Captures the cart's hold as the order's spend, once: the spend is keyed `cart:<cart id>`, so
   * a replay (order.placed handled twice, the recovery job) moves nothing and returns the first
   * result with `replayed`. Returns null when the cart has no hold to capture.
   */
  @InjectManager()
  async captureCartHold(
    input: CaptureHoldInput,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<{ hold: StoredValueHoldDTO; result: OperationResult } | null> {
    const knex = sharedContext.manager!.getKnex()
    const holds = (await knex("stored_value_hold")
      .select("*")
      .where({ cart_id: input.cart_id })
      .whereIn("status", ["active", "captured"])
      .whereNull("deleted_at")
      .orderByRaw("(status = 'captured') desc, created_at desc")) as HoldRow[]
    const hold = holds[0]
    if (!hold) {
      return null
    }
    const currency = hold.currency_code
    const held = MathBN.convert(hold.amount).toFixed()
    // A captured hold is replayed with the amount it was captured for.
    const amount =
      hold.status === "active" &&
      input.amount !== undefined &&
      input.amount !== null &&
      MathBN.lt(input.amount, held)
        ? this.positiveAmount_(input.amount, currency, "amount")
        : hold.status === "captured"
          ? await this.capturedAmount_(knex, hold)
          : held
    const result = await this.run_(
      {
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
          const locked = await trx("stored_value_hold")
            .select("status")
            .where({ id: hold.id })
            .forUpdate()
            .first()
          if (locked?.status !== "active") {
            throw new MedusaError(
              MedusaError.Types.NOT_ALLOWED,
              `The stored value hold ${hold.id} of cart ${input.cart_id} is ${locked?.status ?? "gone"}; there is nothing to capture`
            )
          }
          const balance = MathBN.add(account.principal_balance, account.bonus_balance)
          const others = MathBN.sub(await this.heldAmount_(trx, account.id), held)
          if (MathBN.gt(amount, MathBN.sub(balance, others))) {
            // Cannot happen while every debit respects holds; refuse rather than overdraw.
            throw new MedusaError(
              MedusaError.Types.NOT_ALLOWED,
              insufficientStoredValueMessage(
                balance,
                others,
                currency,
                `the hold of cart ${input.cart_id} is ${formatAmount(amount, currency)}`
              )
            )
          }
          const split = splitSpend(
            amount,
            account.principal_balance,
            account.bonus_balance,
            this.options_.spend_split,
            currency
          )
          return [
            {
              type: "spend",
              principal: MathBN.mult(split.principal, -1).toFixed(),
              bonus: MathBN.mult(split.bonus, -1).toFixed(),
            },
          ]
        },
        after: async (operationId, trx) => {
          await trx("stored_value_hold")
            .update({
              status: "captured",
              operation_id: operationId,
              order_id: input.order_id,
              captured_at: trx.fn.now(),
              updated_at: trx.fn.now(),
            })
            .where({ id: hold.id, status: "active" })
        },
      },
      sharedContext
    )
    const [after] = (await knex("stored_value_hold")
      .select("*")
      .where({ id: hold.id })) as HoldRow[]
    return { hold: toHoldDTO(after), result }
  }

  /**
   * Undoes a capture whose workflow failed afterwards: the spend is reversed (which frees its key)
   * and the hold is active again, in one transaction, so a retry captures it once.
   */
  @InjectManager()
  async compensateCapture(
    input: { hold_id: string; operation_id: string },
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<void> {
    const request = await this.reverseRequest_(sharedContext.manager!.getKnex(), {
      idempotency_key: compensationKey(input.operation_id),
      operation_id: input.operation_id,
      reference_type: "cart",
      reason: "Capturing the checkout hold failed; reversed",
    })
    request.after = async (_operationId, trx) => {
      await trx("stored_value_hold")
        .update({
          status: "active",
          operation_id: null,
          order_id: null,
          captured_at: null,
          updated_at: trx.fn.now(),
        })
        .where({ id: input.hold_id, status: "captured", operation_id: input.operation_id })
    }
    await this.run_(request, sharedContext)
  }

  /** Active holds past their expiry, oldest first: the expiry job captures or releases them. */
  @InjectManager()
  async listDueHolds(
    now: Date = new Date(),
    limit = 500,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<StoredValueHoldDTO[]> {
    const knex = sharedContext.manager!.getKnex()
    const rows = (await knex("stored_value_hold")
      .select("*")
      .where({ status: "active" })
      .where("expires_at", "<=", now)
      .whereNull("deleted_at")
      .orderBy("expires_at")
      .limit(limit)) as HoldRow[]
    return rows.map(toHoldDTO)
  }

  /** The cart's holds, newest first. */
  @InjectManager()
  async listCartHolds(
    cartId: string,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<StoredValueHoldDTO[]> {
    const knex = sharedContext.manager!.getKnex()
    const rows = (await knex("stored_value_hold")
      .select("*")
      .where({ cart_id: cartId })
      .whereNull("deleted_at")
      .orderBy("created_at", "desc")) as HoldRow[]
    return rows.map(toHoldDTO)
  }

  /**
   * What a member can use now in a currency: the balance less the active holds of carts in
   * checkout, except the given cart's own hold (which a new hold for that cart replaces).
   */
  @InjectManager()
  async availableBalance(
    input: { customer_id: string; currency_code: string; except_cart_id?: string | null },
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<{ account_id: string; balance: string; held: string; available: string } | null> {
    const knex = sharedContext.manager!.getKnex()
    const account = await knex("stored_value_account")
      .select("id", "principal_balance", "bonus_balance", "status")
      .where({ customer_id: input.customer_id, currency_code: input.currency_code.toLowerCase() })
      .whereNull("deleted_at")
      .first()
    if (!account || account.status !== "active") {
      return null
    }
    const balance = MathBN.add(account.principal_balance, account.bonus_balance)
    const held = await this.heldAmount_(knex, account.id, input.except_cart_id)
    return {
      account_id: account.id,
      balance: balance.toFixed(),
      held,
      available: MathBN.sub(balance, held).toFixed(),
    }
  }

  protected async lockAccount_(trx: Knex, accountId: string): Promise<AccountRow> {
    const account = (await trx("stored_value_account")
      .select("id", "customer_id", "currency_code", "principal_balance", "bonus_balance", "status")
      .where({ id: accountId })
      .whereNull("deleted_at")
      .forUpdate()
      .first()) as AccountRow | undefined
    if (!account) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Stored value account with id: ${accountId} was not found`
      )
    }
    return account
  }

  /** The sum of the account's active holds (optionally without one cart's). */
  protected async heldAmount_(
    knex: Knex,
    accountId: string,
    exceptCartId?: string | null
  ): Promise<string> {
    const query = knex("stored_value_hold")
      .select(knex.raw("coalesce(sum(amount), 0)::text as held"))
      .where({ account_id: accountId, status: "active" })
      .whereNull("deleted_at")
    if (exceptCartId) query.whereNot("cart_id", exceptCartId)
    const row = await query.first()
    return MathBN.convert(row?.held ?? 0).toFixed()
  }

  /**
   * Refuses a debit (`change` < 0) that would leave less than the account's active holds: that
   * value is promised to carts in checkout.
   */
  protected async assertHoldsCovered_(
    trx: Knex,
    account: AccountRow,
    change: Amount,
    what: string
  ): Promise<void> {
    if (!MathBN.lt(change, 0)) return
    const held = await this.heldAmount_(trx, account.id)
    if (!MathBN.gt(held, 0)) return
    const balance = MathBN.add(account.principal_balance, account.bonus_balance)
    if (MathBN.lt(MathBN.add(balance, change), held)) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        insufficientStoredValueMessage(
          balance,
          held,
          account.currency_code,
          `${formatAmount(MathBN.abs(change), account.currency_code)} cannot be ${what}`
        )
      )
    }
  }

  protected async reactivateHold_(trx: Knex, holdId: string): Promise<boolean> {
    const hold = (await trx("stored_value_hold").select("*").where({ id: holdId }).first()) as
      HoldRow | undefined
    if (!hold || hold.status !== "released") return false
    const account = await this.lockAccount_(trx, hold.account_id)
    const balance = MathBN.add(account.principal_balance, account.bonus_balance)
    const held = await this.heldAmount_(trx, account.id)
    const taken = await trx("stored_value_hold")
      .first("id")
      .where({ cart_id: hold.cart_id, status: "active" })
      .whereNull("deleted_at")
    if (taken || MathBN.gt(hold.amount, MathBN.sub(balance, held))) {
      return false
    }
    await trx("stored_value_hold")
      .update({
        status: "active",
        released_at: null,
        release_reason: null,
        updated_at: trx.fn.now(),
      })
      .where({ id: holdId, status: "released" })
    return true
  }

  protected async capturedAmount_(knex: Knex, hold: HoldRow): Promise<string> {
    if (!hold.operation_id) return MathBN.convert(hold.amount).toFixed()
    const spent = await this.sumEntries_(knex, { operation_id: hold.operation_id })
    return MathBN.mult(MathBN.add(spent.principal, spent.bonus), -1).toFixed()
  }

  // ---------------------------------------------------------------- engine

  /**
   * Runs one operation in one transaction: claim the idempotency key, lock the account, decide
   * the lines, append them with running balances, update the account. A replayed key returns the
   * first result; the same key with other parameters is refused.
   */
  protected async run_(
    request: OperationRequest,
    sharedContext: SharedContext
  ): Promise<OperationResult> {
    const knex = sharedContext.manager!.getKnex()
    const key = request.idempotency_key?.trim()
    if (!key) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "An idempotency key is required for every stored value operation"
      )
    }
    const { key: liveKey, operation: existing } = (await this.lookupKeys_(knex, [key])).get(key)!
    if (existing) {
      return await this.replay_(knex, existing, request)
    }
    try {
      const operationId = await this.write_(request, liveKey, sharedContext)
      return await this.result_(knex, operationId, false)
    } catch (error) {
      if (error instanceof KeyAlreadyUsed) {
        return await this.replay_(knex, (await this.findOperation_(knex, key))!, request)
      }
      throw error
    }
  }

  @InjectTransactionManager()
  protected async write_(
    request: OperationRequest,
    key: string,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<string> {
    const trx = sharedContext.transactionManager!.getTransactionContext()! as unknown as Knex
    const accountId = await request.account(trx)
    const operationId = generateEntityId(undefined, OPERATION_ID_PREFIX)
    // A concurrent first attempt with the same key makes this wait, then insert nothing.
    const claimed = await trx.raw(
      `INSERT INTO stored_value_operation (id, idempotency_key, kind, account_id, fingerprint, target_operation_id)
       VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (idempotency_key) WHERE deleted_at IS NULL DO NOTHING RETURNING id`,
      [
        operationId,
        key,
        request.kind,
        accountId,
        JSON.stringify(request.fingerprint),
        request.target_operation_id ?? null,
      ]
    )
    if (!claimed.rows.length) {
      throw new KeyAlreadyUsed()
    }
    const account = (await trx("stored_value_account")
      .select("id", "customer_id", "currency_code", "principal_balance", "bonus_balance", "status")
      .where({ id: accountId })
      .whereNull("deleted_at")
      .forUpdate()
      .first()) as AccountRow | undefined
    if (!account) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Stored value account with id: ${accountId} was not found`
      )
    }
    const lines = await request.plan(account, trx)
    const last = await trx("stored_value_entry")
      .max({ sequence: "sequence" })
      .where({ account_id: account.id })
      // Every index here is partial on deleted_at IS NULL: say so, or the planner scans the table.
      .whereNull("deleted_at")
      .first()
    let sequence = Number(last?.sequence ?? 0)
    let principal = MathBN.convert(account.principal_balance)
    let bonus = MathBN.convert(account.bonus_balance)
    const context = request.context
    for (const line of lines) {
      principal = MathBN.add(principal, line.principal)
      bonus = MathBN.add(bonus, line.bonus)
      const entryId = generateEntityId(undefined, ENTRY_ID_PREFIX)
      await trx("stored_value_entry").insert({
        id: entryId,
        sequence: ++sequence,
        operation_id: operationId,
        account_id: account.id,
        type: line.type,
        principal_amount: MathBN.convert(line.principal).toFixed(),
        raw_principal_amount: rawAmount(line.principal),
        bonus_amount: MathBN.convert(line.bonus).toFixed(),
        raw_bonus_amount: rawAmount(line.bonus),
        principal_balance_after: principal.toFixed(),
        raw_principal_balance_after: rawAmount(principal.toFixed()),
        bonus_balance_after: bonus.toFixed(),
        raw_bonus_balance_after: rawAmount(bonus.toFixed()),
        currency_code: account.currency_code,
        customer_id: account.customer_id,
        branch_id: context.branch_id ?? null,
        staff_member_id: context.staff_member_id ?? null,
        reference_type: context.reference_type ?? null,
        reference_id: context.reference_id ?? null,
        payment_method: context.payment_method ?? null,
        reason: context.reason ?? null,
        created_by: context.created_by ?? null,
        reverses_entry_id: line.reverses_entry_id ?? null,
      })
      if (line.reverses_entry_id && MathBN.lt(line.bonus, 0)) {
        await this.withdrawFromLots_(trx, line.reverses_entry_id, MathBN.mult(line.bonus, -1))
      }
      if (line.bonus_expires_at !== undefined && MathBN.gt(line.bonus, 0)) {
        await trx("stored_value_bonus_lot").insert({
          id: generateEntityId(undefined, BONUS_LOT_ID_PREFIX),
          account_id: account.id,
          entry_id: entryId,
          amount: MathBN.convert(line.bonus).toFixed(),
          raw_amount: rawAmount(line.bonus),
          expires_at: line.bonus_expires_at,
        })
      }
    }
    // The CHECK constraints refuse a negative balance even if a rule above were wrong.
    await trx("stored_value_account")
      .update({
        principal_balance: principal.toFixed(),
        raw_principal_balance: rawAmount(principal.toFixed()),
        bonus_balance: bonus.toFixed(),
        raw_bonus_balance: rawAmount(bonus.toFixed()),
        updated_at: trx.fn.now(),
      })
      .where({ id: account.id })
    if (request.after) {
      await request.after(operationId, trx)
    }
    // The operation's event commits with it; the workflow (or the relay) publishes it.
    const event = storedValueOutboxEvent(
      await this.result_(trx, operationId, false),
      request.context,
      request.target_operation_id
    )
    if (event) {
      await stageOutboxEvents(trx, STORED_VALUE_OUTBOX_TABLE, OUTBOX_ID_PREFIX, [event])
    }
    return operationId
  }

  /**
   * A reversal or refund taking bonus back from the credit that granted it closes that much of
   * the credit's lots, so the bonus left is not mistaken for that lot's (and expires on time).
   */
  protected async withdrawFromLots_(trx: Knex, reversedEntryId: string, amount: Amount) {
    const lots = await trx("stored_value_bonus_lot as lot")
      .select("lot.id", "lot.amount", "lot.withdrawn_amount")
      .join("stored_value_entry as credit", "credit.id", "lot.entry_id")
      .whereRaw(
        "credit.operation_id = (select operation_id from stored_value_entry where id = ? and deleted_at is null)",
        [reversedEntryId]
      )
      .whereNull("lot.expired_at")
      .whereNull("lot.deleted_at")
      .whereNull("credit.deleted_at")
      .orderBy("lot.id")
    let left = MathBN.convert(amount)
    for (const lot of lots) {
      if (!MathBN.gt(left, 0)) break
      const open = MathBN.sub(lot.amount, lot.withdrawn_amount ?? 0)
      const take = MathBN.min(open, left)
      if (!MathBN.gt(take, 0)) continue
      const withdrawn = MathBN.add(lot.withdrawn_amount ?? 0, take).toFixed()
      await trx("stored_value_bonus_lot")
        .update({
          withdrawn_amount: withdrawn,
          raw_withdrawn_amount: rawAmount(withdrawn),
          updated_at: trx.fn.now(),
        })
        .where({ id: lot.id })
      left = MathBN.sub(left, take)
    }
  }

  protected async replay_(
    knex: Knex,
    existing: { id: string; kind: string; fingerprint: unknown },
    request: OperationRequest
  ): Promise<OperationResult> {
    const same =
      existing.kind === request.kind &&
      stableJson(existing.fingerprint) === stableJson(request.fingerprint)
    if (!same) {
      throw new MedusaError(
        MedusaError.Types.DUPLICATE_ERROR,
        `Idempotency key ${request.idempotency_key} was already used for a different ${existing.kind.replace("_", "-")} (${stableJson(existing.fingerprint)}); use a new key for a new operation`
      )
    }
    return await this.result_(knex, existing.id, true)
  }

  /** The live operation written under an idempotency key, if any. */
  protected async findOperation_(knex: Knex, key: string): Promise<KeyedOperation | null> {
    return (await this.lookupKeys_(knex, [key])).get(key)!.operation
  }

  /**
   * For each idempotency key: the operation written under it, and the key a new operation of that
   * request is written under. An operation undone by compensation (its request failed as a whole)
   * does not hold its key: the request's retry goes under `<key>:after:<undone id>`, so it moves
   * the value again, once, and the ledger keeps the undone operation with its reversal.
   */
  protected async lookupKeys_(
    knex: Knex,
    keys: string[]
  ): Promise<Map<string, { key: string; operation: KeyedOperation | null }>> {
    const found = new Map(
      keys.map((key) => [key, { key, operation: null as KeyedOperation | null }])
    )
    let pending = [...found.keys()]
    while (pending.length) {
      const next: string[] = []
      for (let start = 0; start < pending.length; start += 1000) {
        const batch = pending.slice(start, start + 1000)
        const rows = await knex("stored_value_operation as o")
          .select(
            "o.id",
            "o.idempotency_key",
            "o.kind",
            "o.fingerprint",
            knex.raw(
              `EXISTS (SELECT 1 FROM stored_value_operation c WHERE c.idempotency_key = 'compensate:' || o.id AND c.deleted_at IS NULL) AS undone`
            )
          )
          .whereIn(
            "o.idempotency_key",
            batch.map((key) => found.get(key)!.key)
          )
          .whereNull("o.deleted_at")
        const byKey = new Map(
          rows.map((row: { idempotency_key: string }) => [row.idempotency_key, row])
        )
        for (const original of batch) {
          const entry = found.get(original)!
          const row = byKey.get(entry.key) as (KeyedOperation & { undone: boolean }) | undefined
          if (!row) continue
          if (row.undone) {
            entry.key = `${original}:after:${row.id}`
            next.push(original)
            continue
          }
          entry.operation = {
            id: row.id,
            kind: row.kind,
            fingerprint:
              typeof row.fingerprint === "string" ? JSON.parse(row.fingerprint) : row.fingerprint,
          }
        }
      }
      pending = next
    }
    return found
  }

  protected async result_(
    knex: Knex,
    operationId: string,
    replayed: boolean
  ): Promise<OperationResult> {
    const operation = await knex("stored_value_operation as o")
      .join("stored_value_account as a", "a.id", "o.account_id")
      .select(
        "o.id",
        "o.kind",
        "o.account_id",
        "a.customer_id",
        "a.currency_code",
        "a.principal_balance",
        "a.bonus_balance"
      )
      .where("o.id", operationId)
      .first()
    const entries = await knex("stored_value_entry")
      .select(...ENTRY_FIELDS)
      .where({ operation_id: operationId })
      .whereNull("deleted_at")
      .orderBy("sequence")
    const toText = (value: unknown) => MathBN.convert(value as string).toFixed()
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
      principal_delta: entries
        .reduce((sum, entry) => MathBN.add(sum, entry.principal_amount), MathBN.convert(0))
        .toFixed(),
      bonus_delta: entries
        .reduce((sum, entry) => MathBN.add(sum, entry.bonus_amount), MathBN.convert(0))
        .toFixed(),
    }
  }

  /** The customer's account in a currency, created empty on the first top-up. */
  protected async ensureAccount_(trx: Knex, customerId: string, currency: string): Promise<string> {
    await trx.raw(
      `INSERT INTO stored_value_account (id, customer_id, currency_code, principal_balance, raw_principal_balance, bonus_balance, raw_bonus_balance)
       VALUES (?, ?, ?, 0, ?, 0, ?)
       ON CONFLICT (customer_id, currency_code) WHERE deleted_at IS NULL DO NOTHING`,
      [
        generateEntityId(undefined, ACCOUNT_ID_PREFIX),
        customerId,
        currency,
        rawAmount(0),
        rawAmount(0),
      ]
    )
    return await this.findAccountId_(trx, customerId, currency)
  }

  protected async findAccountId_(
    knex: Knex,
    customerId: string,
    currency: string
  ): Promise<string> {
    const row = await knex("stored_value_account")
      .select("id")
      .where({ customer_id: customerId, currency_code: currency })
      .whereNull("deleted_at")
      .first()
    if (!row) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Customer ${customerId} has no stored value in ${currency.toUpperCase()}; top up first`
      )
    }
    return row.id
  }

  protected async loadAccount_(knex: Knex, accountId: string): Promise<AccountRow> {
    const row = await knex("stored_value_account")
      .select("id", "customer_id", "currency_code", "principal_balance", "bonus_balance", "status")
      .where({ id: accountId })
      .whereNull("deleted_at")
      .first()
    if (!row) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Stored value account with id: ${accountId} was not found`
      )
    }
    return row
  }

  protected async loadOperation_(knex: Knex, operationId: string) {
    const operation = await knex("stored_value_operation as o")
      .join("stored_value_account as a", "a.id", "o.account_id")
      .select("o.id", "o.kind", "o.account_id", "a.currency_code")
      .where("o.id", operationId)
      .whereNull("o.deleted_at")
      .first()
    if (!operation) {
      throw new MedusaError(
        MedusaError.Types.NOT_FOUND,
        `Stored value operation with id: ${operationId} was not found`
      )
    }
    const entries = await knex("stored_value_entry")
      .select("id")
      .where({ operation_id: operationId })
      .whereNull("deleted_at")
      .orderBy("id")
    return {
      ...(operation as {
        id: string
        kind: StoredValueOperationKind
        account_id: string
        currency_code: string
      }),
      entry_ids: entries.map((entry) => entry.id as string),
    }
  }

  protected async sumEntries_(knex: Knex, where: Record<string, unknown>) {
    const row = await knex("stored_value_entry")
      .select(
        knex.raw("coalesce(sum(principal_amount), 0)::text as principal"),
        knex.raw("coalesce(sum(bonus_amount), 0)::text as bonus")
      )
      .where(where)
      .whereNull("deleted_at")
      .first()
    return { principal: row.principal as string, bonus: row.bonus as string }
  }

  /** What refunds and reversals of an operation have already given back (positive numbers for a spend). */
  protected async sumUndone_(knex: Knex, operationId: string) {
    const row = await knex("stored_value_entry as e")
      .join("stored_value_operation as o", "o.id", "e.operation_id")
      .select(
        knex.raw("coalesce(sum(e.principal_amount), 0)::text as principal"),
        knex.raw("coalesce(sum(e.bonus_amount), 0)::text as bonus")
      )
      .where("o.target_operation_id", operationId)
      .whereIn("o.kind", ["refund", "reversal"])
      .whereNull("o.deleted_at")
      .whereNull("e.deleted_at")
      .first()
    return { principal: row.principal as string, bonus: row.bonus as string }
  }

  protected assertActive_(account: AccountRow) {
    if (account.status !== "active") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `Stored value account ${account.id} is closed`
      )
    }
  }

  protected positiveAmount_(
    value: Amount,
    currency: string,
    name: string,
    allowZero = false
  ): string {
    const amount = MathBN.convert(value)
    if (amount.isNaN() || (allowZero ? amount.lt(0) : amount.lte(0))) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `${name} must be ${allowZero ? "zero or more" : "more than zero"}; got ${value}`
      )
    }
    if (hasTooManyDecimals(value, currency)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `${name} ${value} has more decimals than ${currency.toUpperCase()} allows (${roundAmount(value, currency)}?)`
      )
    }
    return amount.toFixed()
  }

  protected signedAmount_(value: Amount, currency: string, name: string): string {
    const amount = MathBN.convert(value)
    if (amount.isNaN()) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `${name} must be a number; got ${value}`
      )
    }
    if (hasTooManyDecimals(value, currency)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `${name} ${value} has more decimals than ${currency.toUpperCase()} allows`
      )
    }
    return amount.toFixed()
  }
}

export default StoredValueModuleService
