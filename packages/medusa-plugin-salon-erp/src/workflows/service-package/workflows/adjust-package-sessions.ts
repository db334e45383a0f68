import { WorkflowResponse, createWorkflow, transform } from "@medusajs/framework/workflows-sdk"
import { adjustPackageSessionsStep } from "../steps/adjust-package-sessions"
import { validateBranchAndStaffStep } from "../steps/validate-branch-and-staff"
import { type WorkflowActor, authorOf } from "../../../lib/service-package/actor"
import { publishOutboxEventsStep } from "../../outbox/steps/publish-outbox-events"

export type AdjustPackageSessionsWorkflowInput = WorkflowActor & {
  package_id: string
  package_item_id: string
  quantity: number
  reason: string
  branch_id?: string | null
  idempotency_key: string
}

export const adjustPackageSessionsWorkflowId = "adjust-package-sessions"
/**
 * This workflow adds sessions to a package (goodwill, no value) or takes unreserved ones away
 * (at their value), with the reason and author recorded, and emits `service_package.adjusted`.
 */
export const adjustPackageSessionsWorkflow = createWorkflow(
  adjustPackageSessionsWorkflowId,
  (input: AdjustPackageSessionsWorkflowInput) => {
    validateBranchAndStaffStep({ branch_id: input.branch_id, allow_inactive_branch: true })
    const adjustInput = transform({ input }, ({ input }) => ({
      package_id: input.package_id,
      package_item_id: input.package_item_id,
      quantity: input.quantity,
      reason: input.reason,
      branch_id: input.branch_id ?? null,
      idempotency_key: input.idempotency_key,
      key_scope: "request" as const,
      ...authorOf(input),
    }))
    const result = adjustPackageSessionsStep(adjustInput)
    publishOutboxEventsStep({
      module: "service_package",
      aggregate_ids: transform({ result }, ({ result }) => [result.package_id]),
    })
    return new WorkflowResponse(result)
  }
)
