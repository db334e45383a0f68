import type { Context } from "@medusajs/framework/types"
import {
  InjectManager,
  InjectTransactionManager,
  MathBN,
  MedusaContext,
  MedusaError,
  MedusaService,
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
import { withOutbox } from "../../lib/outbox"
import { type Knex, transactionOf } from "./lib/db"
import { captureAmount, reactivateIfCovered } from "./lib/holds"
import {
  KeyAlreadyUsed,
  assertSameRequest,
  compensationKey,
  isSameRequest,
} from "./lib/idempotency"
import { operationsWithUndone, readResult, writeOperation } from "./lib/ledger"
import { assertAvailable } from "./lib/lines"
import { formatAmount } from "./lib/money"
import { type StoredValueOptions, parseStoredValueOptions } from "./lib/options"
import * as requests from "./lib/requests"
import { accountSummary, balanceMismatches, toHoldDTO } from "./lib/results"
import { assertActive, positiveAmount, requireKey } from "./lib/validation"
import * as accounts from "./repositories/account-repository"
import * as lots from "./repositories/bonus-lot-repository"
import * as ledger from "./repositories/entry-repository"
import * as ledgerExport from "./repositories/export-repository"
import * as holds from "./repositories/hold-repository"
import * as operations from "./repositories/operation-repository"
import type {
  AdjustInput,
  CaptureHoldInput,
  CloseInput,
  HoldForCartInput,
  HoldForCartResult,
  KeyedOperation,
  MigrationInput,
  OperationByReference,
  OperationRequest,
  OperationResult,
  ReconcileResult,
  RefundInput,
  ReverseInput,
  SpendInput,
  StoredValueEntryExportFilters,
  StoredValueExportCursor,
  StoredValueHoldDTO,
  StoredValueOperationKind,
  TopUpInput,
} from "./types"

type SharedContext = Context<EntityManager>

/**
 * Members' stored value: accounts, keyed operations and their append-only ledger, bonus lots and
 * checkout holds. Every operation runs in one transaction that claims its idempotency key, locks
 * the account FOR UPDATE, decides its lines (./lib/lines.ts), appends them with running balances
 * and stages its event in the module's outbox. The SQL lives in ./repositories.
 */
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
    return await this.run_(requests.topUpRequest(input, this.options_), sharedContext)
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
    return await this.run_(requests.spendRequest(input, this.options_.spend_split), sharedContext)
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
    return await this.run_(await requests.refundRequest(knex, input), sharedContext)
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
    const knex = sharedContext.manager!.getKnex()
    return await this.run_(await requests.reverseRequest(knex, input), sharedContext)
  }

  /**
   * Undoes an operation after a later step of its workflow failed: its entries are reversed by a
   * reversal keyed `compensate:<operation id>` (nothing is deleted). The request as a whole
   * failed, so that reversal also frees the request's key: a retry moves the value again, once
   * (see `findLiveOperations`).
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
    const knex = sharedContext.manager!.getKnex()
    return await this.run_(await requests.adjustRequest(knex, input), sharedContext)
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
    return await this.run_(requests.migrationRequest(input), sharedContext)
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
    const all = inputs.map((input) => requests.migrationRequest(input))
    const keys = all.map((request) => request.idempotency_key.trim())
    const used = await operations.findLiveOperations(sharedContext.manager!.getKnex(), keys)
    const results = all.map((request, index) => {
      const existing = used.get(keys[index])!.operation
      if (!existing) return { status: "created" as const, operation_id: null as string | null }
      const status = isSameRequest(existing, request) ? "replayed" : "conflict"
      return { status: status as "replayed" | "conflict", operation_id: existing.id }
    })
    const fresh = all
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
      ids.push((await this.write_(request, key, sharedContext)).operation_id)
    }
    return ids
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
    return await this.run_(requests.closeRequest(input), sharedContext)
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
    const dueIds = await lots.dueLotIds(sharedContext.manager!.getKnex(), accountId, now)
    if (!dueIds.length) return null
    try {
      return await this.run_(requests.expiryRequest(accountId, dueIds, now), sharedContext)
    } catch (error) {
      // Refused (bonus held for a cart in checkout): a later run of the job expires it.
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
    return await lots.accountsWithDueLots(sharedContext.manager!.getKnex(), now, limit)
  }

  /**
   * Proves the books: for every account, the stored balances equal the sum of its entries, and
   * each entry's balances-after follow from the one before. Returns the accounts that disagree.
   */
  @InjectManager()
  async reconcile(
    filter: { account_id?: string } = {},
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<ReconcileResult> {
    const knex = sharedContext.manager!.getKnex()
    const rows = await accounts.accountsAgainstLedger(knex, filter.account_id)
    const mismatches = rows.flatMap(balanceMismatches)
    for (const entry of await ledger.brokenChainEntries(knex, filter.account_id)) {
      const field = `entry ${entry.id} balances after`
      mismatches.push({ account_id: entry.account_id, field, stored: "", ledger: "" })
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
  ): Promise<OperationByReference[]> {
    return await operationsWithUndone(sharedContext.manager!.getKnex(), filter)
  }

  /**
   * One page of ledger entries for export, oldest first, after a keyset cursor: constant cost per
   * page however large the ledger.
   */
  @InjectManager()
  async exportEntriesPage(
    filters: StoredValueEntryExportFilters,
    after: StoredValueExportCursor | null = null,
    limit = 2000,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<Record<string, unknown>[]> {
    return await ledgerExport.entriesPage(sharedContext.manager!.getKnex(), filters, after, limit)
  }

  /** All matching ledger entries, page by page (see exportEntriesPage). */
  async *exportEntries(filters: StoredValueEntryExportFilters) {
    let after: StoredValueExportCursor | null = null
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
    const list = await accounts.listCustomerAccounts(knex, customerId)
    const ids = list.map((account) => account.id)
    const lotRows = ids.length ? await lots.lotsOfAccounts(knex, ids) : []
    const heldRows = ids.length ? await holds.heldByAccount(knex, ids) : []
    return list.map((account) =>
      accountSummary(
        account,
        lotRows.filter((lot) => lot.account_id === account.id),
        heldRows.find((row) => row.account_id === account.id)?.held ?? "0"
      )
    )
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
    const amount = positiveAmount(input.amount, currency, "amount", true)
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
    const trx = transactionOf(sharedContext)
    const currency = input.currency_code
    if (MathBN.eq(input.amount, 0)) {
      const released = await holds.releaseActiveHoldsOfCart(trx, input.cart_id, "removed")
      return { hold: null, released: released.map(toHoldDTO) }
    }
    const accountId = await accounts.findAccountId(trx, input.customer_id, currency)
    // The account lock first: holds, spends and captures of one account take it in that order.
    const account = await accounts.lockAccount(trx, accountId)
    assertActive(account)
    const released = await holds.releaseActiveHoldsOfCart(trx, input.cart_id, "replaced")
    const held = await holds.heldAmount(trx, account.id)
    const tail = `${formatAmount(input.amount, currency)} was asked`
    assertAvailable(account, input.amount, held, currency, tail)
    const hold = await holds.insertHold(trx, {
      account_id: account.id,
      cart_id: input.cart_id,
      customer_id: account.customer_id,
      currency_code: account.currency_code,
      amount: input.amount,
      expires_at: input.expires_at,
    })
    return { hold: toHoldDTO(hold), released: released.map(toHoldDTO) }
  }

  /**
   * Undoes {@link holdForCart} after its workflow failed: releases the hold it placed and puts
   * back the hold it replaced, if the account still covers it (otherwise that one stays released).
   */
  @InjectTransactionManager()
  async revertHoldForCart(
    result: { hold_id: string | null; released_ids: string[] },
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<void> {
    const trx = transactionOf(sharedContext)
    if (result.hold_id) await holds.releaseHold(trx, result.hold_id, "undone")
    for (const id of result.released_ids) await reactivateIfCovered(trx, id)
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
    const [hold] = await holds.releaseActiveHoldsOfCart(knex, input.cart_id, input.reason)
    return hold ? toHoldDTO(hold) : null
  }

  /** Puts a released hold back (compensation of a release), if the account still covers it. */
  @InjectTransactionManager()
  async reactivateHold(
    holdId: string,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<boolean> {
    return await reactivateIfCovered(transactionOf(sharedContext), holdId)
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
    const [hold] = await holds.capturableHolds(knex, input.cart_id)
    if (!hold) return null
    const amount = await captureAmount(knex, hold, input.amount)
    const split = this.options_.spend_split
    const result = await this.run_(
      requests.captureRequest(hold, input, amount, split),
      sharedContext
    )
    const captured = await holds.findHold(knex, hold.id)
    return { hold: toHoldDTO(captured!), result }
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
    const request = await requests.reverseRequest(sharedContext.manager!.getKnex(), {
      idempotency_key: compensationKey(input.operation_id),
      operation_id: input.operation_id,
      reference_type: "cart",
      reason: "Capturing the checkout hold failed; reversed",
    })
    request.after = (_operationId, trx) => holds.undoCapture(trx, input.hold_id, input.operation_id)
    await this.run_(request, sharedContext)
  }

  /** Active holds past their expiry, oldest first: the expiry job captures or releases them. */
  @InjectManager()
  async listDueHolds(
    now: Date = new Date(),
    limit = 500,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<StoredValueHoldDTO[]> {
    return (await holds.dueHolds(sharedContext.manager!.getKnex(), now, limit)).map(toHoldDTO)
  }

  /** The cart's holds, newest first. */
  @InjectManager()
  async listCartHolds(
    cartId: string,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<StoredValueHoldDTO[]> {
    return (await holds.holdsOfCart(sharedContext.manager!.getKnex(), cartId)).map(toHoldDTO)
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
    const currency = input.currency_code.toLowerCase()
    const account = await accounts.findCustomerAccount(knex, input.customer_id, currency)
    if (!account || account.status !== "active") return null
    const balance = MathBN.add(account.principal_balance, account.bonus_balance)
    const held = await holds.heldAmount(knex, account.id, input.except_cart_id)
    const available = MathBN.sub(balance, held).toFixed()
    return { account_id: account.id, balance: balance.toFixed(), held, available }
  }

  // ---------------------------------------------------------------- engine

  /**
   * Runs one operation in one transaction (see lib/ledger.ts). A replayed key returns the first
   * result; the same key with other parameters is refused.
   */
  protected async run_(
    request: OperationRequest,
    sharedContext: SharedContext
  ): Promise<OperationResult> {
    const knex = sharedContext.manager!.getKnex()
    const key = requireKey(request.idempotency_key)
    try {
      // Most requests are new: claim the key in the write itself, no lookup before.
      return await this.write_(request, key, sharedContext)
    } catch (error) {
      if (!(error instanceof KeyAlreadyUsed)) throw error
    }
    const live = (await operations.findLiveOperations(knex, [key])).get(key)!
    if (live.operation) return await this.replay_(knex, live.operation, request)
    // The key's operation was undone by compensation: the request runs again, once, under the
    // key after it.
    try {
      return await this.write_(request, live.key, sharedContext)
    } catch (error) {
      if (!(error instanceof KeyAlreadyUsed)) throw error
      // A concurrent retry claimed that key first: answer with its operation.
      return await this.replay_(knex, (await this.findOperation_(knex, key))!, request)
    }
  }

  @InjectTransactionManager()
  protected async write_(
    request: OperationRequest,
    key: string,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<OperationResult> {
    return await writeOperation(transactionOf(sharedContext), request, key)
  }

  protected async replay_(
    knex: Knex,
    existing: KeyedOperation,
    request: OperationRequest
  ): Promise<OperationResult> {
    assertSameRequest(existing, request)
    return await readResult(knex, existing.id, true)
  }

  /** The live operation written under an idempotency key, if any. */
  protected async findOperation_(knex: Knex, key: string): Promise<KeyedOperation | null> {
    return (await operations.findLiveOperations(knex, [key])).get(key)!.operation
  }
}

export default StoredValueModuleService
