import * as holds from "../repositories/hold-repository"
import * as occupancy from "../repositories/occupancy-repository"
import type { PlannedBooking } from "../types"
import type { Knex } from "./db"
import { plannedResources, resourceKeys } from "./plan"

/**
 * Takes a transaction-long lock on each staff member and room the plan occupies, in one global
 * order. Writes of clashing occupancies then run one after the other: the later one meets the
 * committed occupancy (a plain exclusion violation, a 409) instead of waiting on an uncommitted
 * one, which under a burst made PostgreSQL abort writers as deadlocks.
 */
export async function lockPlannedResources(trx: Knex, planned: PlannedBooking): Promise<void> {
  await occupancy.lockResources(trx, resourceKeys(planned))
}

/** Lapsed holds still marked active would trip the exclusion constraint: release them first. */
export async function releaseLapsedHolds(trx: Knex, planned: PlannedBooking): Promise<void> {
  const { staffIds, roomIds } = plannedResources(planned)
  await holds.releaseLapsedHoldsOf(trx, staffIds, roomIds)
}
