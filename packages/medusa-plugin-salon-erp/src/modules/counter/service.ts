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
  CounterRegister,
  CounterShift,
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
import { checkAmount, checkManualKind, checkReason, countedTenders } from "./lib/validation"
import { cashEntryRecordedEvent, shiftClosedEvent, shiftOpenedEvent, stageEvent } from "./events"
import * as registers from "./repositories/register-repository"
import * as shifts from "./repositories/shift-repository"
import * as entries from "./repositories/cash-entry-repository"
import type {
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
  MedusaService({ CounterRegister, CounterShift, CounterCashEntry, CounterOutboxEvent }),
  COUNTER_OUTBOX_TABLE
) {
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
