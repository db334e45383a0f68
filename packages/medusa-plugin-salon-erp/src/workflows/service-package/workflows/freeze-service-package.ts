import { emitEventStep } from "@medusajs/medusa/core-flows"
import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { ServicePackageWorkflowEvents } from "../events"
import { loadPackageEventsStep } from "../steps/load-package-events"
import { freezeServicePackageStep } from "../steps/freeze-service-package"
import { type WorkflowActor, authorOf } from "../utils/actor"

export type FreezeServicePackageWorkflowInput = WorkflowActor & {
  package_id: string
  reason: string
  idempotency_key: string
}

export const freezeServicePackageWorkflowId = "freeze-service-package"
/**
 * This workflow freezes a package (it cannot be used and does not expire while frozen), records the reason and author, and emits `service_package.frozen`.
 */
export const freezeServicePackageWorkflow = createWorkflow(
  freezeServicePackageWorkflowId,
  (input: FreezeServicePackageWorkflowInput) => {
    const stepInput = transform({ input }, ({ input }) => ({
      package_id: input.package_id,
      reason: input.reason,
      idempotency_key: input.idempotency_key,
      key_scope: "request" as const,
      ...authorOf(input),
    }))
    const result = freezeServicePackageStep(stepInput)
    const eventInput = transform({ result, input }, ({ result, input }) => ({
      operations: [result],
      actor: { actor_type: input.actor_type, actor_id: input.actor_id },
      extra: { reason: input.reason },
    }))
    const events = loadPackageEventsStep(eventInput)
    emitEventStep({ eventName: ServicePackageWorkflowEvents.FROZEN, data: events })
    return new WorkflowResponse(result)
  }
)
