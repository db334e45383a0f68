import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { unfreezeServicePackageStep } from "../steps/unfreeze-service-package"
import { type WorkflowActor, authorOf } from "../../../lib/service-package/actor"
import { publishOutboxEventsStep } from "../../outbox/steps/publish-outbox-events"

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
    publishOutboxEventsStep({
      module: "service_package",
      aggregate_ids: transform({ result }, ({ result }) => [result?.package_id]),
    })
    return new WorkflowResponse(result)
  }
)
