import type { CounterCashEntryResult, CounterCashEntryRow, CounterShiftResult } from "../types"
import * as entries from "../repositories/cash-entry-repository"
import type { KeyedEntry, NewCashEntry } from "../repositories/cash-entry-repository"
import { lockRegister } from "../repositories/register-repository"
import { lockShift } from "../repositories/shift-repository"
import type { Knex } from "./db"
import { keyUsedForAnotherRequest } from "./errors"

export const replayedShift = (entry: KeyedEntry): CounterShiftResult => ({
  shift_id: entry.shift_id,
  replayed: true,
})

export const replayedEntry = (entry: KeyedEntry): CounterCashEntryResult => ({
  shift_id: entry.shift_id,
  entry_id: entry.id,
  replayed: true,
})

type KeyedInput = { idempotency_key: string }

/** Signals that a concurrent request claimed the idempotency key first: the caller replays it. */
export class KeyAlreadyUsed extends Error {}

/** The entry written under an idempotency key, if any; refused when it was for another request. */
export async function keyedEntry(
  knex: Knex,
  key: string,
  fingerprint: string
): Promise<KeyedEntry | null> {
  const entry = await entries.findEntryByKey(knex, key)
  if (entry && entry.fingerprint !== fingerprint) throw keyUsedForAnotherRequest(key, entry)
  return entry
}

/** Appends a keyed entry; throws {@link KeyAlreadyUsed} so that the caller's transaction is undone. */
export async function insertKeyedEntry(
  trx: Knex,
  entry: NewCashEntry
): Promise<CounterCashEntryRow> {
  const row = await entries.insertCashEntry(trx, entry)
  if (!row) throw new KeyAlreadyUsed()
  return row
}

/**
 * Runs a keyed write in its own transaction; when a concurrent request claimed the key first,
 * answers with that request's entry, read outside the aborted transaction.
 */
export async function replayingKeyRace<T>(
  write: () => Promise<T>,
  manager: { getKnex(): Knex },
  input: KeyedInput,
  fingerprint: string,
  replay: (entry: KeyedEntry) => T
): Promise<T> {
  try {
    return await write()
  } catch (error) {
    if (!(error instanceof KeyAlreadyUsed)) throw error
    return replay((await keyedEntry(manager.getKnex(), input.idempotency_key, fingerprint))!)
  }
}

/**
 * Locks the aggregate a keyed write changes, unless the key was already used for this request.
 * The key is looked up again once locked: a concurrent request with it may have committed while
 * this one waited for the lock.
 */
export async function lockUnlessReplayed<R>(
  trx: Knex,
  input: KeyedInput,
  fingerprint: string,
  lock: () => Promise<R>
): Promise<{ locked: R; replay?: undefined } | { replay: KeyedEntry }> {
  const replay = await keyedEntry(trx, input.idempotency_key, fingerprint)
  if (replay) return { replay }
  const locked = await lock()
  const raced = await keyedEntry(trx, input.idempotency_key, fingerprint)
  return raced ? { replay: raced } : { locked }
}

/** {@link lockUnlessReplayed} for a write on a shift's drawer. */
export async function lockShiftUnlessReplayed(
  trx: Knex,
  input: KeyedInput & { shift_id: string },
  fingerprint: string
) {
  return await lockUnlessReplayed(trx, input, fingerprint, () => lockShift(trx, input.shift_id))
}

/** {@link lockUnlessReplayed} for opening a shift on a register. */
export async function lockRegisterUnlessReplayed(
  trx: Knex,
  input: KeyedInput & { register_id: string },
  fingerprint: string
) {
  return await lockUnlessReplayed(trx, input, fingerprint, () =>
    lockRegister(trx, input.register_id)
  )
}
