import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import { loadMovements } from "../utils/event-data"

export type LoadPackageMovementsStepInput = {
  /** Operations whose entries to report; those not `created` (replays) report nothing. */
  operations: { entry_ids: string[]; created: boolean }[]
  /** Only entries of these types. */
  types?: string[]
  /** appointment_item_id → whether the customer asked for that staff member. */
  designated?: Record<string, boolean>
}

export const loadPackageMovementsStepId = "load-package-movements"
/**
 * This step builds the payloads of session events (redeemed, forfeited, reversed, adjusted) for
 * operations that happened now; a replayed request gets none, so nothing is emitted twice.
 */
export const loadPackageMovementsStep = createStep(
  loadPackageMovementsStepId,
  async (input: LoadPackageMovementsStepInput, { container }) => {
    const ids = input.operations
      .filter((operation) => operation.created)
      .flatMap((operation) => operation.entry_ids)
    const movements = await loadMovements(container, ids, input.designated ?? {})
    return new StepResponse(
      input.types ? movements.filter((movement) => input.types!.includes(movement.type)) : movements
    )
  }
)
