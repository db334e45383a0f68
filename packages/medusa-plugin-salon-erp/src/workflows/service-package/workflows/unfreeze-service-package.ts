import { emitEventStep } from "@medusajs/medusa/core-flows"
import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { ServicePackageWorkflowEvents } from "../events"
import { loadPackageEventsStep } from "../steps/load-package-events"
import { unfreezeServicePackageStep } from "../steps/unfreeze-service-package"
import { type WorkflowActor, authorOf } from "../utils/actor"

export type UnfreezeServicePackageWorkflowInput = WorkflowActor & {
  package_id: string
  reason: string
  idempotency_key: string
}

export const unfreezeServicePackageWorkflowId = "unfreeze-service-package"
/**
 * This workflow unfreezes a package (its validity extended by the time it was frozen, unless disabled), records the reason and author, and emits `service_package.unfrozen`.
 */
export const unfreezeServicePackageWorkflow = createWorkflow(
  unfreezeServicePackageWorkflowId,
  (input: UnfreezeServicePackageWorkflowInput) => {
    const stepInput = transform({ input }, ({ input }) => ({
      package_id: input.package_id,
      reason: input.reason,
      idempotency_key: input.idempotency_key,
      key_scope: "request" as const,
      ...authorOf(input),
    }))
    const result = unfreezeServicePackageStep(stepInput)
    const eventInput = transform({ result, input }, ({ result, input }) => ({
      operations: [result],
      actor: { actor_type: input.actor_type, actor_id: input.actor_id },
      extra: { reason: input.reason },
    }))
    const events = loadPackageEventsStep(eventInput)
    emitEventStep({ eventName: ServicePackageWorkflowEvents.UNFROZEN, data: events })
    return new WorkflowResponse(result)
  }
)
