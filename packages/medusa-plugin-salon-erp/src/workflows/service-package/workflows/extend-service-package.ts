import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { extendServicePackageStep } from "../steps/extend-service-package"
import { type WorkflowActor, authorOf } from "../../../lib/service-package/actor"
import { publishOutboxEventsStep } from "../../outbox/steps/publish-outbox-events"

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
    publishOutboxEventsStep({
      module: "service_package",
      aggregate_ids: transform({ result }, ({ result }) => [result?.package_id]),
    })
    return new WorkflowResponse(result)
  }
)
