import { emitEventStep } from "@medusajs/medusa/core-flows"
import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { ServicePackageWorkflowEvents } from "../events"
import { loadPackageEventsStep } from "../steps/load-package-events"
import { extendServicePackageStep } from "../steps/extend-service-package"
import { type WorkflowActor, authorOf } from "../utils/actor"

export type ExtendServicePackageWorkflowInput = WorkflowActor & {
  package_id: string
  reason: string
  idempotency_key: string
  expires_at: string
}

export const extendServicePackageWorkflowId = "extend-service-package"
/**
 * This workflow moves a package's expiry later (an expired package comes back with its expired sessions), records the reason and author, and emits `service_package.extended`.
 */
export const extendServicePackageWorkflow = createWorkflow(
  extendServicePackageWorkflowId,
  (input: ExtendServicePackageWorkflowInput) => {
    const stepInput = transform({ input }, ({ input }) => ({
      package_id: input.package_id,
      reason: input.reason,
      expires_at: input.expires_at,
      idempotency_key: input.idempotency_key,
      key_scope: "request" as const,
      ...authorOf(input),
    }))
    const result = extendServicePackageStep(stepInput)
    const eventInput = transform({ result, input }, ({ result, input }) => ({
      operations: [result],
      actor: { actor_type: input.actor_type, actor_id: input.actor_id },
      extra: { reason: input.reason },
    }))
    const events = loadPackageEventsStep(eventInput)
    emitEventStep({ eventName: ServicePackageWorkflowEvents.EXTENDED, data: events })
    return new WorkflowResponse(result)
  }
)
