import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { freezeServicePackageStep } from "../steps/freeze-service-package"
import { type WorkflowActor, authorOf } from "../../../lib/service-package/actor"
import { publishOutboxEventsStep } from "../../outbox/steps/publish-outbox-events"

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
    publishOutboxEventsStep({
      module: "service_package",
      aggregate_ids: transform({ result }, ({ result }) => [result?.package_id]),
    })
    return new WorkflowResponse(result)
  }
)
