import { StepResponse, createStep } from "@medusajs/framework/workflows-sdk"
import type { PackageEventData } from "../events"
import type { WorkflowActor } from "../utils/actor"
import { loadPackageEvents } from "../utils/event-data"

export type LoadPackageEventsStepInput = {
  /** Operations whose packages to report; those not `created` (replays) report nothing. */
  operations: {
    package_id: string
    operation_id: string
    entry_ids: string[]
    created: boolean
  }[]
  actor: WorkflowActor
  extra?: Partial<PackageEventData>
}

export const loadPackageEventsStepId = "load-package-events"
/**
 * This step builds the payloads of package-level events (sold, expired, refunded, frozen, …)
 * for operations that happened now; a replayed request gets none, so nothing is emitted twice.
 */
export const loadPackageEventsStep = createStep(
  loadPackageEventsStepId,
  async (input: LoadPackageEventsStepInput, { container }) => {
    const fresh = input.operations.filter(
      (operation) => operation.created && operation.operation_id
    )
    return new StepResponse(await loadPackageEvents(container, fresh, input.actor, input.extra))
  }
)
