import type { Context } from "@medusajs/framework/types"
import {
  InjectManager,
  InjectTransactionManager,
  MathBN,
  MedusaContext,
  MedusaService,
} from "@medusajs/framework/utils"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { withOutbox } from "../../lib/outbox"
import {
  COUNTER_OUTBOX_TABLE,
  CounterCashEntry,
  CounterOutboxEvent,
  CounterRefund,
  CounterRegister,
  CounterSale,
  CounterSaleLine,
  CounterShift,
  CounterTender,
} from "./models"
import { type Knex, transactionOf } from "./lib/db"
import * as errors from "./lib/errors"
import * as fingerprints from "./lib/fingerprint"
import {
  insertKeyedEntry,
  lockRegisterUnlessReplayed,
  lockShiftUnlessReplayed,
  replayedEntry,
  replayedShift,
  replayingKeyRace,
} from "./lib/idempotency"
import { canonical } from "./lib/money"
import { claimKey } from "./lib/claims"
import { type CounterOptions, parseCounterOptions } from "./lib/options"
import {
  checkAmount,
  checkManualKind,
  checkReason,
  checkRefundLeft,
  countedTenders,
} from "./lib/validation"
import {
  cashEntryRecordedEvent,
  saleCompletedEvent,
  saleRefundedEvent,
  shiftClosedEvent,
  shiftOpenedEvent,
  stageEvent,
} from "./events"
import * as registers from "./repositories/register-repository"
import * as shifts from "./repositories/shift-repository"
import * as entries from "./repositories/cash-entry-repository"
import * as settlement from "./repositories/settlement-repository"
import * as sales from "./repositories/sale-repository"
import * as refunds from "./repositories/refund-repository"
import type {
  ClaimCounterRefundInput,
  ClaimCounterSaleInput,
  CompleteCounterRefundInput,
  CompleteCounterSaleInput,
  CounterSaleClaim,
  CloseCounterShiftInput,
  CounterCashEntryResult,
  CounterRegisterRow,
  CounterShiftResult,
  CounterShiftRow,
  CounterShiftTotals,
  CreateCounterRegisterInput,
  OpenCounterShiftInput,
  RecordCounterCashEntryInput,
  RecordCounterShiftCorrectionInput,
  UpdateCounterRegisterInput,
} from "./types"

type SharedContext = Context<EntityManager>

/**
 * Registers, shifts and the drawer's cash ledger. Every write runs in one transaction: the
 * register (for opening) or the shift (for entries and closing) is locked FOR UPDATE first, so
 * concurrent requests on one drawer are serialized and never overdraw it. The SQL lives in
 * ./repositories; events are staged in the module's outbox in the same transaction.
 */
class CounterModuleService extends withOutbox(
  MedusaService({
    CounterRegister,
    CounterShift,
    CounterCashEntry,
    CounterSale,
    CounterSaleLine,
    CounterTender,
    CounterRefund,
    CounterOutboxEvent,
  }),
  COUNTER_OUTBOX_TABLE
) {
  protected readonly options_: CounterOptions

  constructor(container: Record<string, unknown>, options?: unknown) {
    // eslint-disable-next-line prefer-rest-params
    super(...arguments)
    this.options_ = parseCounterOptions(options)
  }

  /** The counter settings (manual discount limit, tips). */
  async getCounterSettings(): Promise<CounterOptions> {
    return { ...this.options_ }
  }

  /** Creates a register; its code must be unused among the branch's registers not deleted. */
  @InjectTransactionManager()
  async createRegister(
    input: CreateCounterRegisterInput,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<CounterRegisterRow> {
    const trx = transactionOf(sharedContext)
    const register = await registers.insertRegister(trx, input)
    if (register) return register
    const other = await registers.registerIdUsingCode(trx, input.branch_id, input.code)
    throw errors.codeTaken(input.branch_id, input.code, `counter register ${other ?? "(another)"}`)
  }

  /** Changes a register's name, code, active flag or metadata; returns it before and after. */
  @InjectTransactionManager()
  async updateRegister(
    input: UpdateCounterRegisterInput,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<{ previous: CounterRegisterRow; register: CounterRegisterRow }> {
    const trx = transactionOf(sharedContext)
    const previous = await registers.lockRegister(trx, input.id)
    const { id } = input
    const patch = registers.patchOf(input)
    const branch = previous.branch_id
    if (patch.code !== undefined && patch.code !== previous.code) {
      const other = await registers.registerIdUsingCode(trx, branch, patch.code, id)
      if (other) throw errors.codeTaken(branch, patch.code, `counter register ${other}`)
    }
    if (!Object.keys(patch).length) return { previous, register: previous }
    const register = await registers.updateRegister(trx, id, patch)
    // Lost a race for the code after the check: the aborted transaction cannot name the winner.
    if (!register) throw errors.codeTaken(branch, String(patch.code), "another counter register")
    return { previous, register }
  }

  /** Puts back what {@link updateRegister} changed (a workflow's compensation). */
  @InjectTransactionManager()
  async revertRegisterUpdate(
    previous: Pick<CounterRegisterRow, "id" | "name" | "code" | "is_active" | "metadata">,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<void> {
    await registers.revertRegister(transactionOf(sharedContext), previous)
  }

  /** Soft-deletes a register; refused while it has an open shift. */
  @InjectTransactionManager()
  async deleteRegister(id: string, @MedusaContext() sharedContext: SharedContext = {}) {
    const trx = transactionOf(sharedContext)
    const register = await registers.lockRegister(trx, id)
    const open = await shifts.findOpenShift(trx, id)
    if (open) throw errors.registerHasOpenShift(register, open.id)
    await registers.softDeleteRegister(trx, id)
  }

  /** Undoes {@link deleteRegister} (a workflow's compensation), unless its code was taken since. */
  @InjectTransactionManager()
  async restoreRegister(id: string, @MedusaContext() sharedContext: SharedContext = {}) {
    await registers.restoreRegister(transactionOf(sharedContext), id)
  }

  /** Removes a register created by a workflow that failed later (nothing refers to it yet). */
  @InjectTransactionManager()
  async removeNewRegister(id: string, @MedusaContext() sharedContext: SharedContext = {}) {
    await registers.deleteUnusedRegister(transactionOf(sharedContext), id)
  }

  /**
   * Opens a shift with its opening float as its first cash entry. One open shift per register
   * (locked register, and a partial unique index behind it). Keyed: a replay returns the shift.
   */
  @InjectManager()
  async openShift(
    input: OpenCounterShiftInput,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<CounterShiftResult> {
    const fingerprint = fingerprints.openShift(input)
    const write = () => this.openShift_(input, fingerprint, sharedContext)
    return await replayingKeyRace(write, sharedContext.manager!, input, fingerprint, replayedShift)
  }

  @InjectTransactionManager()
  protected async openShift_(
    input: OpenCounterShiftInput,
    fingerprint: string,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<CounterShiftResult> {
    const trx = transactionOf(sharedContext)
    const keyed = await lockRegisterUnlessReplayed(trx, input, fingerprint)
    if (keyed.replay) return replayedShift(keyed.replay)
    const register = keyed.locked
    if (!register.is_active) throw errors.registerInactive(register)
    const open = await shifts.findOpenShift(trx, register.id)
    if (open) throw errors.alreadyOpen(register, open.id)
    checkAmount("opening_float", input.opening_float, register.currency_code, { min: "zero" })
    const openingFloat = canonical(input.opening_float)
    const shift = await shifts.insertShift(trx, register, input.opened_by, openingFloat)
    if (!shift) throw errors.alreadyOpen(register, null)
    await insertKeyedEntry(trx, {
      shift_id: shift.id,
      kind: "opening_float",
      amount: openingFloat,
      reason: null,
      created_by: input.opened_by,
      idempotency_key: input.idempotency_key,
      fingerprint,
    })
    await stageEvent(trx, shiftOpenedEvent(shift, openingFloat))
    return { shift_id: shift.id, replayed: false }
  }

  /**
   * Records a paid_in or paid_out on an open shift, with a reason; a paid_out may not take the
   * drawer below zero. Keyed: the same key and request record one entry.
   */
  @InjectManager()
  async recordCashEntry(
    input: RecordCounterCashEntryInput,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<CounterCashEntryResult> {
    const fingerprint = fingerprints.cashEntry(input)
    const write = () => this.recordCashEntry_(input, fingerprint, sharedContext)
    return await replayingKeyRace(write, sharedContext.manager!, input, fingerprint, replayedEntry)
  }

  @InjectTransactionManager()
  protected async recordCashEntry_(
    input: RecordCounterCashEntryInput,
    fingerprint: string,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<CounterCashEntryResult> {
    const trx = transactionOf(sharedContext)
    checkManualKind(input.kind)
    checkReason(input.reason)
    const keyed = await lockShiftUnlessReplayed(trx, input, fingerprint)
    if (keyed.replay) return replayedEntry(keyed.replay)
    const shift = keyed.locked
    if (shift.status !== "open") throw errors.shiftClosed(shift, input.kind)
    checkAmount("amount", input.amount, shift.currency_code, { min: "positive" })
    const magnitude = canonical(input.amount)
    if (input.kind === "paid_out") {
      const available = await entries.drawerCash(trx, shift.id)
      if (MathBN.lt(available, magnitude))
        throw errors.paidOutAboveCash(shift, magnitude, available)
    }
    const amount = input.kind === "paid_out" ? canonical(MathBN.mult(magnitude, -1)) : magnitude
    return await this.appendEntry_(trx, shift, { ...input, amount, fingerprint })
  }

  /**
   * Closes an open shift, freezing the expected cash (the sum of its entries), the counted cash,
   * the difference (counted − expected) and the other tenders' counts; they never change after.
   */
  @InjectTransactionManager()
  async closeShift(
    input: CloseCounterShiftInput,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<CounterShiftRow> {
    const trx = transactionOf(sharedContext)
    const shift = await shifts.lockShift(trx, input.shift_id)
    if (shift.status !== "open") throw errors.shiftAlreadyClosed(shift)
    const currency = shift.currency_code
    checkAmount("counted_cash", input.counted_cash, currency, { min: "zero" })
    const tenders = countedTenders(input.counted_tenders, currency)
    const counted = canonical(input.counted_cash)
    const expected = await entries.drawerCash(trx, shift.id)
    const figures = {
      expected_cash: expected,
      counted_cash: counted,
      cash_difference: canonical(MathBN.sub(counted, expected)),
      counted_tenders: tenders,
    }
    const closed = await shifts.closeShift(trx, shift.id, {
      ...figures,
      closed_by: input.closed_by,
      closing_note: input.closing_note ?? null,
    })
    await stageEvent(trx, shiftClosedEvent(closed, figures))
    return closed
  }

  /**
   * Records a signed correction on a closed shift (e.g. a paid_out found after the cash-up); the
   * close figures stay frozen and the totals show the corrected difference. Keyed.
   */
  @InjectManager()
  async recordCorrection(
    input: RecordCounterShiftCorrectionInput,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<CounterCashEntryResult> {
    const fingerprint = fingerprints.correction(input)
    const write = () => this.recordCorrection_(input, fingerprint, sharedContext)
    return await replayingKeyRace(write, sharedContext.manager!, input, fingerprint, replayedEntry)
  }

  @InjectTransactionManager()
  protected async recordCorrection_(
    input: RecordCounterShiftCorrectionInput,
    fingerprint: string,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<CounterCashEntryResult> {
    const trx = transactionOf(sharedContext)
    checkReason(input.reason)
    const keyed = await lockShiftUnlessReplayed(trx, input, fingerprint)
    if (keyed.replay) return replayedEntry(keyed.replay)
    const shift = keyed.locked
    if (shift.status !== "closed") throw errors.shiftStillOpen(shift)
    checkAmount("amount", input.amount, shift.currency_code, { min: "non-zero" })
    const amount = canonical(input.amount)
    return await this.appendEntry_(trx, shift, {
      ...input,
      kind: "correction",
      amount,
      fingerprint,
    })
  }

  /** Cash figures of shifts, from one aggregate over their entries (see shiftTotals). */
  @InjectManager()
  async getShiftTotals(
    shiftIds: string[],
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<Map<string, CounterShiftTotals>> {
    return await shifts.shiftTotals(sharedContext.manager!.getKnex(), shiftIds)
  }

  /**
   * Claims a sale's idempotency key. A new key gives a new `submitting` sale. A key already used:
   * for another request, 422; for this request and completed, the sale (replayed); failed, the
   * sale again for a retry; still submitting (a double click, a second screen), this waits for
   * the first submission to finish, then answers as for its outcome.
   */
  @InjectManager()
  async claimSale(
    input: ClaimCounterSaleInput,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<CounterSaleClaim> {
    const knex = sharedContext.manager!.getKnex()
    const { id, replayed } = await claimKey(input.idempotency_key, input.fingerprint, {
      insert: () => sales.insertClaim(knex, input),
      find: () => sales.findClaim(knex, input.idempotency_key),
      reclaimFailed: (saleId) => sales.reclaimFailed(knex, saleId),
    })
    return { sale_id: id, replayed }
  }

  /** Marks a claimed sale failed (its workflow was rolled back); a retry may claim it again. */
  @InjectManager()
  async failSale(
    saleId: string,
    failure: string,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<void> {
    await sales.markFailed(sharedContext.manager!.getKnex(), saleId, failure)
  }

  /**
   * Completes a sale in one transaction under the shift's row lock: the sale's order and totals,
   * its lines and tenders, the cash kept into the drawer (a `sale` entry), and its event. Refused
   * when the shift was closed meanwhile (the workflow then undoes the order and the payments).
   */
  @InjectTransactionManager()
  async completeSale(
    input: CompleteCounterSaleInput,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<{ sale_id: string }> {
    const trx = transactionOf(sharedContext)
    const [sale] = await this.listCounterSales({ id: input.sale_id }, {}, sharedContext)
    if (!sale || !(await sales.lockSubmitting(trx, sale.id)))
      throw errors.conflict(`Counter sale ${input.sale_id} is not being submitted`)
    const shift = await shifts.lockShift(trx, sale.shift_id!)
    if (shift.status !== "open") throw errors.shiftClosed(shift, "sale")
    const copied = {
      sale_id: sale.id,
      branch_id: sale.branch_id,
      shift_id: sale.shift_id,
      business_date: sale.business_date,
      currency_code: sale.currency_code,
    }
    await this.updateCounterSales(
      {
        id: sale.id,
        status: "completed",
        order_id: input.order_id,
        order_display_id: input.order_display_id,
        total: input.total,
        discount_total: input.discount_total,
        manual_discount_total: input.manual_discount_total,
        manual_discount_reason: input.manual_discount_reason,
        change_given: canonical(
          input.tenders.reduce(
            (sum, tender) => MathBN.add(sum, tender.change ?? 0),
            MathBN.convert(0)
          )
        ),
        completed_at: input.completed_at ? new Date(input.completed_at) : new Date(),
      } as unknown as Parameters<this["updateCounterSales"]>[0],
      sharedContext
    )
    if (input.lines.length)
      await this.createCounterSaleLines(
        // bigNumber columns take decimal strings; the generated DTOs type them as numbers.
        input.lines.map((line, position) => ({
          ...line,
          ...copied,
          position,
        })) as unknown as Extract<Parameters<this["createCounterSaleLines"]>[0], unknown[]>,
        sharedContext
      )
    if (input.tenders.length)
      await this.createCounterTenders(
        input.tenders.map((tender, position) => ({
          ...tender,
          ...copied,
          position,
          register_id: sale.register_id,
        })) as unknown as Extract<Parameters<this["createCounterTenders"]>[0], unknown[]>,
        sharedContext
      )
    const cash = input.tenders
      .filter((tender) => tender.kind === "cash")
      .reduce((sum, tender) => MathBN.add(sum, tender.amount), MathBN.convert(0))
    if (MathBN.gt(cash, 0)) {
      const entry = await insertKeyedEntry(trx, {
        shift_id: shift.id,
        kind: "sale",
        amount: canonical(cash),
        reason: `Order #${input.order_display_id}`,
        created_by: sale.created_by,
        idempotency_key: `counter-sale:${sale.id}:cash`,
        fingerprint: fingerprints.fingerprintOf({ sale: sale.id }),
      })
      await stageEvent(trx, cashEntryRecordedEvent(shift, entry))
    }
    await stageEvent(trx, saleCompletedEvent(sale, input))
    return { sale_id: sale.id }
  }

  /** Claims a refund's idempotency key, as {@link claimSale} does for a sale. */
  @InjectManager()
  async claimRefund(
    input: ClaimCounterRefundInput,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<{ refund_id: string; replayed: boolean }> {
    const knex = sharedContext.manager!.getKnex()
    const { id, replayed } = await claimKey(input.idempotency_key, input.fingerprint, {
      insert: () => refunds.insertRefundClaim(knex, input),
      find: () => refunds.findRefundClaim(knex, input.idempotency_key),
      reclaimFailed: (refundId) => refunds.reclaimFailedRefund(knex, refundId),
    })
    return { refund_id: id, replayed }
  }

  /** Marks a claimed refund failed (its workflow was rolled back). */
  @InjectManager()
  async failRefund(
    refundId: string,
    failure: string,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<void> {
    await refunds.markRefundFailed(sharedContext.manager!.getKnex(), refundId, failure)
  }

  /**
   * Records a refund in one transaction: its negative lines and tenders, the cash paid back out of
   * the drawer of the open shift it names (never below zero), the refund as completed, and
   * `counter.sale_refunded`. The sale is locked, and each line's units and each tender's amount
   * are checked against what earlier refunds left, so two refunds never give back more than
   * the sale took.
   */
  @InjectTransactionManager()
  async completeRefund(
    input: CompleteCounterRefundInput,
    @MedusaContext() sharedContext: SharedContext = {}
  ): Promise<{ refund_id: string; sale_id: string }> {
    const trx = transactionOf(sharedContext)
    const [refund] = await this.listCounterRefunds({ id: input.refund_id }, {}, sharedContext)
    if (!refund || refund.status !== "submitting")
      throw errors.conflict(`Counter refund ${input.refund_id} is not being submitted`)
    await refunds.lockSale(trx, refund.sale_id)
    const [sale] = await this.listCounterSales({ id: refund.sale_id }, {}, sharedContext)
    const saleLines = await this.listCounterSaleLines({ sale_id: sale.id }, {}, sharedContext)
    const saleTenders = await this.listCounterTenders({ sale_id: sale.id }, {}, sharedContext)
    checkRefundLeft(sale.id, saleLines, saleTenders, input)
    const copied = {
      sale_id: sale.id,
      refund_id: refund.id,
      branch_id: sale.branch_id,
      business_date: refund.business_date,
      currency_code: sale.currency_code,
    }
    const cashBack = input.tenders
      .filter((tender) => tender.kind === "cash")
      .reduce((sum, tender) => MathBN.sub(sum, tender.amount), MathBN.convert(0))
    let shift: CounterShiftRow | null = null
    if (MathBN.gt(cashBack, 0)) {
      if (!refund.shift_id)
        throw errors.conflict("Cash goes back: give the open shift (shift_id) whose drawer pays it")
      shift = await shifts.lockShift(trx, refund.shift_id)
      if (shift.status !== "open") throw errors.shiftClosed(shift, "cash refund")
      const available = await entries.drawerCash(trx, shift.id)
      if (MathBN.lt(available, cashBack))
        throw errors.paidOutAboveCash(shift, canonical(cashBack), available)
    }
    if (input.lines.length)
      await this.createCounterSaleLines(
        input.lines.map((line) => ({
          ...line,
          ...copied,
          shift_id: refund.shift_id,
        })) as unknown as Extract<Parameters<this["createCounterSaleLines"]>[0], unknown[]>,
        sharedContext
      )
    if (input.tenders.length)
      await this.createCounterTenders(
        input.tenders.map((tender, position) => ({
          ...tender,
          ...copied,
          position,
          shift_id: refund.shift_id,
          register_id: shift?.register_id ?? null,
        })) as unknown as Extract<Parameters<this["createCounterTenders"]>[0], unknown[]>,
        sharedContext
      )
    const amount = canonical(
      input.tenders.reduce((sum, tender) => MathBN.sub(sum, tender.amount), MathBN.convert(0))
    )
    await this.updateCounterRefunds(
      {
        id: refund.id,
        status: "completed",
        amount,
        completed_at: new Date(),
      } as unknown as Parameters<this["updateCounterRefunds"]>[0],
      sharedContext
    )
    if (shift) {
      const entry = await insertKeyedEntry(trx, {
        shift_id: shift.id,
        kind: "refund",
        amount: canonical(MathBN.mult(cashBack, -1)),
        reason: `Refund of order #${sale.order_display_id}: ${refund.reason}`.slice(0, 500),
        created_by: refund.created_by,
        idempotency_key: `counter-refund:${refund.id}:cash`,
        fingerprint: fingerprints.fingerprintOf({ refund: refund.id }),
      })
      await stageEvent(trx, cashEntryRecordedEvent(shift, entry))
    }
    await stageEvent(
      trx,
      saleRefundedEvent({
        refund_id: refund.id,
        kind: refund.kind,
        sale_id: sale.id,
        order_id: input.order_id,
        branch_id: sale.branch_id,
        currency_code: sale.currency_code,
        amount,
        reason: refund.reason,
        appointment_ids: input.appointment_ids,
      })
    )
    return { refund_id: refund.id, sale_id: sale.id }
  }

  /** Settlement figures (takings by tender, kind, staff; refunds; stored value; sessions) as SQL sums. */
  @InjectManager()
  async getSettlementReport(
    filter: settlement.SettlementFilter,
    @MedusaContext() sharedContext: SharedContext = {}
  ) {
    return await settlement.settlementReport(sharedContext.manager!.getKnex(), filter)
  }

  /** Appends a paid_in, paid_out or correction and stages its event. */
  private async appendEntry_(
    trx: Knex,
    shift: CounterShiftRow,
    input: Omit<entries.NewCashEntry, "shift_id">
  ): Promise<CounterCashEntryResult> {
    const entry = await insertKeyedEntry(trx, { ...input, shift_id: shift.id })
    await stageEvent(trx, cashEntryRecordedEvent(shift, entry))
    return { shift_id: shift.id, entry_id: entry.id, replayed: false }
  }
}

export default CounterModuleService
