import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { reversePackageEntryStep } from "../steps/reverse-package-entry"
import { type WorkflowActor, authorOf } from "../../../lib/service-package/actor"
import { publishOutboxEventsStep } from "../../outbox/steps/publish-outbox-events"

export type ReversePackageEntryWorkflowInput = WorkflowActor & {
  package_id: string
  entry_id: string
  reason: string
  idempotency_key: string
}

export const reversePackageEntryWorkflowId = "reverse-package-entry"
/**
 * This workflow corrects a mistaken redemption, forfeit or adjustment with a reversing entry
 * (the original stays in the history) and emits `service_package.entry_reversed`, on which
 * commissions reverse too.
 */
export const reversePackageEntryWorkflow = createWorkflow(
  reversePackageEntryWorkflowId,
  (input: ReversePackageEntryWorkflowInput) => {
    const reverseInput = transform({ input }, ({ input }) => ({
      package_id: input.package_id,
      entry_id: input.entry_id,
      reason: input.reason,
      idempotency_key: input.idempotency_key,
      key_scope: "request" as const,
      ...authorOf(input),
    }))
    const result = reversePackageEntryStep(reverseInput)
    publishOutboxEventsStep({
      module: "service_package",
      aggregate_ids: transform({ result }, ({ result }) => [result.package_id]),
    })
    return new WorkflowResponse(result)
  }
)
